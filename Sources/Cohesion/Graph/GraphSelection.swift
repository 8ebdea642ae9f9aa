/// How direction is read when a network becomes an analysis graph.
public enum DirectionHandling: String, Hashable, Sendable, CaseIterable {
    /// Directed kinds give arcs from source to target; undirected kinds give arcs both ways.
    /// The graph is undirected only when every selected kind is.
    case asStored = "as-stored"
    /// Every tie joins both ends alike; the graph is undirected.
    case undirected
    /// Only pairs tied both ways are kept, as undirected edges (an undirected kind counts as
    /// both ways). A mutual edge weighs what both directions share: the smaller strength, the
    /// longer distance.
    case mutual
}

/// Which field of a tie gives its weight.
public enum WeightField: String, Hashable, Sendable, CaseIterable {
    /// ``Tie/weight``; a tie without one weighs 1.
    case weight
    /// ``Tie/amount``'s value; a tie without an amount is an error, never a silent default.
    case amount
}

/// How a raw weight is converted before analysis.
public enum WeightConversion: String, Hashable, Sendable, CaseIterable {
    /// Keep the value as it is.
    case identity
    /// Use 1 / value: turns a strength (an amount of funding) into a distance, or back.
    case reciprocal
}

/// What weights mean in an analysis graph. The choice is always explicit.
///
/// Path measures (betweenness, closeness) read weights as **distances**: a shorter tie is a
/// closer one. Flow measures (strength, PageRank, eigenvector) read them as **strengths**.
/// Funding amounts are strengths, so a path measure over them needs `.distance(.amount,
/// .reciprocal)`.
public enum WeightMeaning: Hashable, Sendable {
    /// Every tie counts 1.
    case none
    /// Weights are lengths: parallel ties keep the shortest.
    case distance(WeightField, WeightConversion)
    /// Weights are intensities: parallel ties add up.
    case strength(WeightField, WeightConversion)

    /// Distances taken from ``Tie/weight`` as they are.
    public static let distance: WeightMeaning = .distance(.weight, .identity)
    /// Strengths taken from ``Tie/weight`` as they are.
    public static let strength: WeightMeaning = .strength(.weight, .identity)
}

/// What the weights stored in an ``AnalysisGraph`` are.
public enum WeightKind: String, Hashable, Sendable {
    /// No weights: every edge counts 1.
    case none
    /// Lengths, for path measures.
    case distance
    /// Intensities, for flow and degree measures.
    case strength
}

/// Which ties of a network enter an analysis graph, and how they are read.
///
/// One default holds for every command, the report and the library: every positive tie, as
/// stored, unweighted. **Negative (conflict) ties are left out** unless
/// ``includesNegativeTies`` asks for them, so they never carry paths, flows or coalition
/// membership; signed methods (``SignedGraph``) ask for them.
///
/// Ties can also be chosen by layer (``layers``, ``excludedLayers``), by year, by what
/// documents them (``evidence``) and by any field or attribute (``conditions``).
/// ``summary`` states the selection in one sentence, for every output to carry.
///
/// ```swift
/// var selection = GraphSelection(layers: [.funding, .contracting], year: 2022,
///                                direction: .asStored, weights: .none)
/// selection.evidence = [.local]
/// selection.conditions = ["instrument": ["CTG"]]
/// let graph = try AnalysisGraph(network, selection: selection)
/// print(selection.summary)
/// ```
///
/// - Complexity: ``includes(_:)`` is O(*c*) for *c* conditions.
public struct GraphSelection: Hashable, Sendable {
    /// The tie kinds to keep; nil keeps every kind.
    public var layers: Set<TieKind>?
    /// Tie kinds left out, whatever ``layers`` says.
    public var excludedLayers: Set<TieKind>
    /// Keep only ties valid in this year; nil keeps every tie.
    public var year: Int?
    /// Keep only ties whose ``Tie/evidence`` is one of these; nil keeps every tie, a tie
    /// without evidence included. With a set, a tie without evidence is left out.
    public var evidence: Set<TieEvidence>?
    /// Keep only ties whose field or attribute named by each key has one of its values (values
    /// of one key are alternatives; different keys must all hold). Keys are the tie's fields
    /// `kind`, `instrument`, `evidence`, `citation` (any of its citations), `source`, `target`,
    /// or the name of a free attribute, compared as written in a file (`places=120`).
    public var conditions: [String: Set<String>]
    /// How direction is read.
    public var direction: DirectionHandling
    /// What weights mean.
    public var weights: WeightMeaning
    /// Whether negative (conflict) ties are kept. Off by default: only signed analyses and an
    /// explicit request should read a conflict as a tie.
    public var includesNegativeTies: Bool

    /// Creates a selection; by default every positive tie, as stored, unweighted.
    public init(layers: Set<TieKind>? = nil, year: Int? = nil, direction: DirectionHandling = .asStored,
                weights: WeightMeaning = .none, includesNegativeTies: Bool = false,
                evidence: Set<TieEvidence>? = nil, conditions: [String: Set<String>] = [:],
                excludedLayers: Set<TieKind> = []) {
        self.layers = layers
        self.year = year
        self.direction = direction
        self.weights = weights
        self.includesNegativeTies = includesNegativeTies
        self.evidence = evidence
        self.conditions = conditions
        self.excludedLayers = excludedLayers
    }

    /// Whether a tie enters the graph.
    public func includes(_ tie: Tie) -> Bool {
        if let layers, !layers.contains(tie.kind) { return false }
        if excludedLayers.contains(tie.kind) { return false }
        if let year, !tie.isValid(in: year) { return false }
        if !includesNegativeTies && tie.kind.sign == .negative { return false }
        if let evidence {
            guard let e = tie.evidence, evidence.contains(e) else { return false }
        }
        for (key, values) in conditions where !Self.values(of: key, in: tie).contains(where: values.contains) {
            return false
        }
        return true
    }

    /// The selection coalitions are found on: the same ties without negative ones (a conflict
    /// never makes its ends members of one coalition; ``SignedGraph`` counts it against), and
    /// without distance weights (modularity reads weights as strengths).
    public var forCoalitions: GraphSelection {
        var s = self
        s.includesNegativeTies = false
        if case .distance = s.weights { s.weights = .none }
        return s
    }

    /// The values a tie has for a condition's key, as text.
    static func values(of key: String, in tie: Tie) -> [String] {
        switch key {
        case "kind", "layer": return [tie.kind.id]
        case "instrument": return tie.instrument.map { [$0] } ?? []
        case "evidence": return tie.evidence.map { [$0.rawValue] } ?? []
        case "citation", "citations": return tie.citations
        case "source": return [tie.source]
        case "target": return [tie.target]
        case "illustrative": return [tie.isIllustrative ? "true" : "false"]
        default: return tie.attributes[key].map { [$0.description] } ?? []
        }
    }

    /// The selection in one sentence: `all positive layers (conflict ties left out); evidence
    /// local; instrument = CTG; year 2022; direction as stored; unweighted`.
    public var summary: String {
        var parts: [String] = []
        var layerText = layers.map { "layers " + $0.map(\.id).sorted().joined(separator: ", ") } ?? "all layers"
        if !excludedLayers.isEmpty { layerText += " except " + excludedLayers.map(\.id).sorted().joined(separator: ", ") }
        parts.append(layerText + (includesNegativeTies ? " (negative ties kept)" : " (negative ties left out)"))
        if let evidence { parts.append("evidence " + evidence.sorted().map(\.rawValue).joined(separator: " or ")) }
        for key in conditions.keys.sorted() {
            parts.append("\(key) = " + (conditions[key] ?? []).sorted().joined(separator: " or "))
        }
        if let year { parts.append("year \(year)") }
        parts.append("direction " + direction.rawValue.replacingOccurrences(of: "-", with: " "))
        parts.append(weightText)
        return parts.joined(separator: "; ")
    }

    /// What the weights are, in words.
    var weightText: String {
        switch weights {
        case .none: "unweighted"
        case .distance(let field, let conversion): "weights: \(field.rawValue) as distances" + (conversion == .reciprocal ? " (reciprocal)" : "")
        case .strength(let field, let conversion): "weights: \(field.rawValue) as strengths" + (conversion == .reciprocal ? " (reciprocal)" : "")
        }
    }

    /// The selection as JSON, for outputs to state what they were computed on.
    public var jsonValue: JSONValue {
        var o: [(String, JSONValue)] = []
        o.append(("layers", layers.map { .array($0.map(\.id).sorted().map(JSONValue.string)) } ?? .null))
        o.append(("excludedLayers", .array(excludedLayers.map(\.id).sorted().map(JSONValue.string))))
        o.append(("negativeTies", .bool(includesNegativeTies)))
        o.append(("evidence", evidence.map { .array($0.sorted().map { .string($0.rawValue) }) } ?? .null))
        o.append(("tieWhere", .object(conditions.keys.sorted().map { ($0, .array((conditions[$0] ?? []).sorted().map(JSONValue.string))) })))
        o.append(("year", year.map(JSONValue.integer) ?? .null))
        o.append(("direction", .string(direction.rawValue)))
        o.append(("weights", .string(weightText)))
        o.append(("summary", .string(summary)))
        return .object(o)
    }
}
