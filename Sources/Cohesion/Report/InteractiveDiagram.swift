/// A point of a diagram's layout, in layout units (Graphviz points, y growing upwards).
public struct DiagramPoint: Hashable, Sendable {
    /// The horizontal position.
    public var x: Double
    /// The vertical position; larger is higher on the page, as Graphviz gives it.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A network drawn for exploring in a report: stakeholders at fixed positions, every tie with
/// its kind, years, instrument, evidence and sources, so that the page can filter ties by year
/// and layer, pan, zoom and show a stakeholder's ties without a server.
///
/// Positions come from a layout the caller made (the `cohesion report` tool passes the ones
/// Graphviz gave its static diagram, so both drawings agree); stakeholders without a position
/// are placed by ``StressLayout``. The value holds only data: ``HTMLReport`` draws it as inline
/// SVG with every string escaped, and its script only shows and hides what is already there.
///
/// ```swift
/// let view = InteractiveDiagram(network: lille)                  // stress layout
/// let section = ReportSection(title: "Lille", blocks: [.interactiveDiagram(view)])
/// ```
///
/// - Complexity: O(*n* + *m*) given positions; the fallback layout is O(*n*² per iteration).
public struct InteractiveDiagram: Hashable, Sendable {
    /// A stakeholder as drawn.
    public struct Node: Hashable, Sendable {
        /// The stakeholder's id.
        public var id: String
        /// Its name.
        public var name: String
        /// Its kind's id.
        public var kind: String
        /// Its sector, or empty.
        public var sector: String
        /// Its position.
        public var position: DiagramPoint
        /// Its number of ties (all layers, all years), which sets its size.
        public var degree: Int
    }

    /// A tie as drawn.
    public struct Edge: Hashable, Sendable {
        /// Index of the source in ``nodes``.
        public var source: Int
        /// Index of the target in ``nodes``.
        public var target: Int
        /// The tie kind's id (its layer).
        public var kind: String
        /// Whether the kind is directed.
        public var isDirected: Bool
        /// Whether the kind is negative (conflict).
        public var isNegative: Bool
        /// The first year the tie holds, if known.
        public var firstYear: Int?
        /// The last year the tie holds, if known.
        public var lastYear: Int?
        /// The instrument (PSU, CTG…), if any.
        public var instrument: String?
        /// The tie's evidence level (local, national, general-rule, illustrative), if the file gives it.
        public var evidence: String?
        /// Whether the tie is illustrative rather than documented.
        public var isIllustrative: Bool
        /// The ids of the sources the tie cites.
        public var citations: [String]
        /// A note on the tie, if any.
        public var note: String?
    }

    /// A source the ties cite, for the stakeholder cards.
    public struct SourceEntry: Hashable, Sendable {
        /// The source's id.
        public var id: String
        /// Its title, or its id.
        public var title: String
        /// Its URL, if any (made safe when drawn).
        public var url: String?
        /// Whether it speaks for a party or campaign.
        public var isPartisan: Bool
    }

    /// A stakeholder's coded statement on a concept, for its card.
    public struct StatementEntry: Hashable, Sendable {
        /// Index of the stakeholder who made it in ``nodes``.
        public var actor: Int
        /// The concept's id.
        public var concept: String
        /// The concept's label, or its id.
        public var conceptLabel: String
        /// `agree`, `disagree`, or the level on the network's qualifier scale.
        public var stance: String
        /// Whether the statement agrees (or has a level above the scale's lowest).
        public var agrees: Bool
        /// The date as written (`2011`, `2011-10-04`…), if any.
        public var date: String?
        /// The id of the source the statement cites first, if any.
        public var source: String?
        /// The excerpt of that source, if any.
        public var excerpt: String?
        /// Whether the statement is illustrative rather than documented.
        public var isIllustrative: Bool
        /// A note on the statement, if any.
        public var note: String?
    }

    /// The network's title.
    public var title: String
    /// The stakeholders, in file order.
    public var nodes: [Node]
    /// The ties, in file order (ties naming an unknown stakeholder and self-ties are left out).
    public var edges: [Edge]
    /// The sources, in file order.
    public var sources: [SourceEntry]
    /// The statements of the stakeholders drawn, in file order (statements by an unknown
    /// actor are left out).
    public var statements: [StatementEntry]
    /// The tie kinds present, in order of first appearance.
    public var layers: [String]
    /// The years the year slider runs over (from the network's span, else its ties' years).
    public var years: ClosedRange<Int>?

    /// Builds the view of a network.
    ///
    /// - Parameters:
    ///   - network: The network to draw.
    ///   - positions: Positions by stakeholder id; stakeholders missing from it are laid out
    ///     by ``StressLayout`` (all of them when the dictionary is empty).
    public init(network: Network, positions: [String: DiagramPoint] = [:]) {
        title = network.title ?? network.place ?? "Network"
        var index: [String: Int] = [:]
        for (i, s) in network.stakeholders.enumerated() where index[s.id] == nil { index[s.id] = i }
        var degree = [Int](repeating: 0, count: network.stakeholders.count)
        var edges: [Edge] = []
        var layers: [String] = []
        for tie in network.ties {
            guard let s = index[tie.source], let t = index[tie.target], s != t else { continue }
            degree[s] += 1
            degree[t] += 1
            if !layers.contains(tie.kind.id) { layers.append(tie.kind.id) }
            edges.append(Edge(source: s, target: t, kind: tie.kind.id, isDirected: tie.kind.isDirected,
                              isNegative: tie.kind.sign == .negative, firstYear: tie.firstYear, lastYear: tie.lastYear,
                              instrument: tie.instrument, evidence: tie.evidence?.description,
                              isIllustrative: tie.isIllustrative, citations: tie.citations, note: tie.note))
        }
        var placed = [DiagramPoint?](repeating: nil, count: network.stakeholders.count)
        for (i, s) in network.stakeholders.enumerated() { placed[i] = positions[s.id] }
        if placed.contains(where: { $0 == nil }) {
            let pairs = edges.map { ($0.source, $0.target) }
            let layout = StressLayout(nodeCount: placed.count, edges: pairs, fixed: placed)
            for i in placed.indices where placed[i] == nil { placed[i] = layout.positions[i] }
        }
        nodes = network.stakeholders.enumerated().map { i, s in
            Node(id: s.id, name: s.name, kind: s.kind.id, sector: s.sector?.rawValue ?? "",
                 position: placed[i] ?? DiagramPoint(x: 0, y: 0), degree: degree[i])
        }
        self.edges = edges
        self.layers = layers
        sources = network.sources.map {
            SourceEntry(id: $0.id, title: $0.title ?? $0.id, url: $0.url, isPartisan: $0.isPartisan)
        }
        let concepts = Dictionary(network.concepts.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        statements = network.statements.compactMap { statement in
            guard let actor = index[statement.actor] else { return nil }
            let agrees: Bool = switch statement.qualifier {
            case .agreement(let agree): agree
            case .level(let level): level > (network.qualifierScale?.minimum ?? 0)
            }
            let date: String? = statement.date.map { date in
                date.precision == .year ? String(date.year) : date.description
            }
            return StatementEntry(actor: actor, concept: statement.concept, conceptLabel: concepts[statement.concept] ?? statement.concept,
                                  stance: statement.qualifier.description, agrees: agrees, date: date,
                                  source: statement.citations.first?.source, excerpt: statement.citations.first?.excerpt,
                                  isIllustrative: statement.isIllustrative, note: statement.note)
        }
        let tieYears = network.ties.flatMap { [$0.firstYear, $0.lastYear].compactMap { $0 } }
        let first = network.firstYear ?? tieYears.min()
        let last = network.lastYear ?? tieYears.max()
        if let first, let last, first <= last, last - first <= 500 { years = first...last } else { years = nil }
    }
}
