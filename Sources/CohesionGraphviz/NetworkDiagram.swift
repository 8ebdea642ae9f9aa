import Cohesion
import Foundation

/// A styled Graphviz diagram of one network, or of several side by side.
///
/// The diagram turns a `Network` into a `DOTDocument` following a
/// ``DiagramStyle``: each stakeholder is a node (shape by kind, fill by ``colorBy``, size by a
/// measure the caller computed, otherwise one size for all: a long name never makes a node
/// look central), each tie an edge (colour and pattern by tie kind, width by amount for
/// funding, no arrow for undirected kinds), optionally grouped into clusters and explained by
/// a ``DiagramLegend``. Ties of one kind between the same two stakeholders are drawn as one
/// edge marked `×n` and widened (``DiagramStyle/mergesParallelTies``). Undirected ties do not
/// constrain `dot`'s ranks, so the hierarchy follows funding, contracting and authorisation.
///
/// With a ``page``, the drawing is scaled to fit inside the page less its margins (Graphviz
/// `size`, with `ratio=fill`; measured with Graphviz 2.43, the drawing fits the page but is not
/// stretched to its proportions, so a portrait page may keep white space below a wide
/// network). The graph asks `neato` for stress majorization (`mode=major`), the layout
/// ``suggestedEngine(for:)`` gives small networks without boxes.
///
/// Text from the network goes through ``DiagramText/visible(_:limit:)``: names are cut at
/// ``DiagramStyle/maximumLabelLength`` characters and control characters shown as pictures;
/// ids and values are escaped by `DOTWriter`, so nothing in a network adds DOT statements.
///
/// Several networks are drawn side by side as one panel each (a titled cluster), with one
/// shared legend and shared colour and size scales, so cities can be compared at a glance.
/// Node ids are the stakeholder ids; side by side they are prefixed with the panel number
/// (`2/caf59`). Ties whose ends are not stakeholders of their network are left out.
///
/// Output is deterministic: the same input gives the same DOT, byte for byte.
///
/// ```swift
/// var diagram = NetworkDiagram()
/// diagram.clusters = .attribute("level")
/// diagram.sizeMeasure = "degree"
/// let document = diagram.document(for: nantes, sizes: degreeByID)
/// let pdf = try await GraphvizRenderer().render(document, format: .pdf)
///
/// let comparison = diagram.document(comparing: [.init(network: lille), .init(network: nantes)])
/// ```
///
/// - Complexity: O(*n* log *n* + *m*) for *n* stakeholders and *m* ties.
public struct NetworkDiagram: Hashable, Sendable {
    /// One network in a diagram, with what was computed for it.
    public struct Panel: Hashable, Sendable {
        /// The network.
        public var network: Network
        /// The size measure by stakeholder id (degree, betweenness…); empty draws every node
        /// at the smallest size.
        public var sizes: [String: Double]
        /// Group by stakeholder id, for ``DiagramClusters/groups(name:)`` (coalitions).
        public var groups: [String: String]

        /// Creates a panel.
        public init(network: Network, sizes: [String: Double] = [:], groups: [String: String] = [:]) {
            self.network = network
            self.sizes = sizes
            self.groups = groups
        }
    }

    /// The look.
    public var style: DiagramStyle
    /// The stakeholder attribute that chooses the fill (`Stakeholder/value(of:)`).
    public var colorBy: String
    /// The name of the size measure, for the legend; nil when nodes are not sized.
    public var sizeMeasure: String?
    /// How stakeholders are grouped into boxes; nil for no clusters.
    public var clusters: DiagramClusters?
    /// A title above the whole diagram; nil uses the network's title (one network) or none.
    public var title: String?
    /// The page the drawing is fitted to; nil leaves it at its natural size.
    public var page: DiagramPage?

    /// Creates a diagram description.
    public init(style: DiagramStyle = DiagramStyle(), colorBy: String = "sector", sizeMeasure: String? = nil,
                clusters: DiagramClusters? = nil, title: String? = nil, page: DiagramPage? = nil) {
        self.style = style
        self.colorBy = colorBy
        self.sizeMeasure = sizeMeasure
        self.clusters = clusters
        self.title = title
        self.page = page
    }

    /// The engine that suits a diagram of these panels: `neato` (stress majorization) for one
    /// network without boxes up to ``Engine/neatoNodeLimit`` stakeholders, `sfdp` beyond; `dot`
    /// when boxes are drawn (clusters, or several panels side by side), `fdp` when that is
    /// too large for `dot`.
    ///
    /// - Complexity: O(*n*) over the panels' stakeholders.
    public func suggestedEngine(for panels: [Panel]) -> Engine {
        let nodes = panels.map(\.network.stakeholders.count).reduce(0, +)
        let ties = panels.map(\.network.ties.count).reduce(0, +)
        let boxes = panels.count > 1 || panels.contains { panel in
            panel.network.stakeholders.contains { clusterValue(of: $0, in: panel) != nil }
        }
        if boxes { return nodes <= Engine.dotNodeLimit && ties <= Engine.dotEdgeLimit ? .dot : .fdp }
        return nodes <= Engine.neatoNodeLimit ? .neato : .sfdp
    }

    /// Checks that the panels can be drawn: at most ``DiagramStyle/maximumNodeCount``
    /// stakeholders in all.
    ///
    /// - Throws: ``DiagramError/tooManyNodes(count:limit:)``.
    public func check(_ panels: [Panel]) throws {
        let count = panels.map(\.network.stakeholders.count).reduce(0, +)
        if count > style.maximumNodeCount { throw DiagramError.tooManyNodes(count: count, limit: style.maximumNodeCount) }
    }

    /// The diagram of one network.
    ///
    /// - Parameters:
    ///   - network: the network to draw.
    ///   - sizes: the size measure by stakeholder id.
    ///   - groups: group by stakeholder id, for ``DiagramClusters/groups(name:)``.
    public func document(for network: Network, sizes: [String: Double] = [:],
                         groups: [String: String] = [:]) -> DOTDocument {
        build([Panel(network: network, sizes: sizes, groups: groups)], sideBySide: false)
    }

    /// The diagram of several networks side by side, one titled panel each.
    public func document(comparing panels: [Panel]) -> DOTDocument {
        build(panels, sideBySide: true)
    }

    /// The node id of a stakeholder in a diagram: its id, prefixed with the 1-based panel
    /// number side by side.
    /// An id longer than ``maximumNodeIDLength`` bytes is shortened to its first 200
    /// characters, "…" and a hash of the whole id, so a huge id cannot make Graphviz's parser
    /// take minutes.
    public static func nodeID(_ stakeholderID: String, panel: Int, sideBySide: Bool) -> String {
        var id = stakeholderID
        if id.utf8.count > maximumNodeIDLength {
            var hash: UInt64 = 0xcbf29ce484222325
            for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
            id = String(id.prefix(200)) + "…" + String(hash, radix: 16)
        }
        return sideBySide ? "\(panel + 1)/\(id)" : id
    }

    /// The longest stakeholder id, in UTF-8 bytes, used as a node id as it is.
    public static let maximumNodeIDLength = 512

    /// The longest full name written in a node's `fullname` attribute (characters).
    public static let maximumFullNameLength = 10_000

    /// The id of the legend node.
    public static let legendID = "legend"

    // MARK: - Building

    func build(_ panels: [Panel], sideBySide: Bool) -> DOTDocument {
        let scales = DiagramScales(panels: panels, diagram: self)
        var document = DOTDocument(isDirected: true, id: "cohesion")
        document.graphAttributes = graphAttributes(panels, sideBySide: sideBySide)
        document.nodeDefaults = [
            "fontname": .string(style.fontName), "fontsize": .number(style.fontSize),
            "style": "filled", "color": .string(style.borderColor), "penwidth": 0.8, "margin": "0.04,0.02",
        ]
        document.edgeDefaults = [
            "fontname": .string(style.fontName), "fontsize": .number(style.fontSize * 0.8),
            "arrowsize": scales.showsLabels ? 0.7 : 0.4,
        ]
        for (index, panel) in panels.enumerated() {
            let statements = panelStatements(panel, index: index, sideBySide: sideBySide, scales: scales)
            if sideBySide {
                let network = panel.network
                let label = network.title ?? network.place ?? "Network \(index + 1)"
                document.append(subgraph: DOTSubgraph(
                    id: "cluster_panel_\(index + 1)",
                    graphAttributes: [
                        "label": .text(DiagramText.visible(label, limit: style.maximumLabelLength) + Self.period(network)),
                        "fontsize": .number(style.fontSize * 1.3), "labelloc": "t", "style": "rounded",
                        "color": .string(style.panelBorder), "penwidth": 1.2, "margin": 12,
                    ],
                    statements: statements))
            } else {
                document.statements += statements
            }
        }
        var merged = false
        for (index, panel) in panels.enumerated() {
            for edge in edges(panel, index: index, sideBySide: sideBySide, scales: scales) {
                if edge.attributes["label"] != nil { merged = true }
                document.statements.append(.edge(edge))
            }
        }
        let legend = DiagramLegend(panels: panels, diagram: self, scales: scales, mergedTies: merged)
        if style.showsLegend, !legend.isEmpty {
            var sink = DOTSubgraph(graphAttributes: ["rank": "sink"])
            sink.append(node: Self.legendID, [
                "shape": "box", "style": "rounded", "color": .string(style.legendBorder), "margin": "0.1,0.05",
                "label": .html(legend.label(style: style)), "tooltip": .text("legend"), "legend": true,
            ])
            document.append(subgraph: sink)
        }
        return document
    }

    /// The legend of one network's diagram, as a value.
    public func legend(for network: Network, sizes: [String: Double] = [:], groups: [String: String] = [:]) -> DiagramLegend {
        let panels = [Panel(network: network, sizes: sizes, groups: groups)]
        let scales = DiagramScales(panels: panels, diagram: self)
        let merged = style.mergesParallelTies && !DiagramEdges.groups(of: network, merging: true).allSatisfy { $0.ties.count == 1 }
        return DiagramLegend(panels: panels, diagram: self, scales: scales, mergedTies: merged)
    }

    private func graphAttributes(_ panels: [Panel], sideBySide: Bool) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "fontname": .string(style.fontName), "bgcolor": .string(style.backgroundColor), "pad": 0.25,
            "rankdir": .string(style.rankDirection), "nodesep": 0.3, "ranksep": 0.55,
            "outputorder": "edgesfirst", "overlap": false, "mode": "major",
        ]
        if let page {
            let (width, height) = page.drawable
            attributes["size"] = .string("\(DiagramText.rounded(width)),\(DiagramText.rounded(height))")
            // Graphviz documents `fill` as stretching positions to the page's proportions; 2.43
            // fits the drawing inside the page without stretching neato's layouts.
            attributes["ratio"] = "fill"
        }
        // Curved edges around nodes read well, but with overlap removal the spring engines
        // route them in minutes on large networks (1,000 nodes: over 100 s instead of 4 s).
        if (panels.map(\.network.stakeholders.count).max() ?? 0) <= style.labelNodeLimit {
            attributes["splines"] = true
            attributes["sep"] = "+6"
        }
        let heading: String? = title ?? (sideBySide ? nil : panels.first.map {
            ($0.network.title ?? $0.network.place ?? "") + Self.period($0.network)
        })
        if let heading, !heading.trimmingCharacters(in: .whitespaces).isEmpty {
            attributes["label"] = .text(DiagramText.visible(heading, limit: style.maximumTooltipLength))
            attributes["labelloc"] = "t"
            attributes["fontsize"] = .number(style.fontSize * 1.4)
        }
        return attributes
    }

    /// The years a network covers, for its title: " (2015–2024)", " (2024)"…
    static func period(_ network: Network) -> String {
        switch (network.firstYear, network.lastYear) {
        case let (first?, last?) where first == last: " (\(first))"
        case let (first?, last?): " (\(first)–\(last))"
        case let (first?, nil): " (from \(first))"
        case let (nil, last?): " (to \(last))"
        case (nil, nil): ""
        }
    }

    // MARK: Nodes and clusters

    private func panelStatements(_ panel: Panel, index: Int, sideBySide: Bool, scales: DiagramScales) -> [DOTStatement] {
        let network = panel.network
        var nodes: [DOTStatement] = []
        var grouped: [String: [DOTStatement]] = [:]
        for stakeholder in network.stakeholders {
            let node = DOTStatement.node(DOTNode(
                id: Self.nodeID(stakeholder.id, panel: index, sideBySide: sideBySide),
                attributes: nodeAttributes(stakeholder, panel: panel, scales: scales)))
            if let group = clusterValue(of: stakeholder, in: panel) {
                grouped[group, default: []].append(node)
            } else {
                nodes.append(node)
            }
        }
        var statements: [DOTStatement] = []
        for (k, group) in orderedClusterValues(Array(grouped.keys)).enumerated() {
            statements.append(.subgraph(DOTSubgraph(
                id: "cluster_\(index + 1)_\(k + 1)",
                graphAttributes: [
                    "label": .text(DiagramText.visible(group, limit: style.maximumLabelLength)), "labeljust": "l", "style": "rounded,filled",
                    "fillcolor": .string(style.clusterFill), "color": .string(style.clusterBorder),
                    "fontsize": .number(style.fontSize * 1.1), "margin": 10,
                ],
                statements: grouped[group] ?? [])))
        }
        return statements + nodes
    }

    func clusterValue(of stakeholder: Stakeholder, in panel: Panel) -> String? {
        switch clusters {
        case .none: nil
        case .attribute(let name): stakeholder.value(of: name)?.description
        case .groups: panel.groups[stakeholder.id]
        }
    }

    private func orderedClusterValues(_ values: [String]) -> [String] {
        if case .attribute("level") = clusters { return Self.levelOrder(values) }
        return values.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    /// Levels from national to neighbourhood, then other values by name.
    static func levelOrder(_ values: [String]) -> [String] {
        values.sorted { a, b in
            let ra = Level(a).rank ?? Int.max, rb = Level(b).rank ?? Int.max
            return ra != rb ? ra < rb : a < b
        }
    }

    private func nodeAttributes(_ stakeholder: Stakeholder, panel: Panel, scales: DiagramScales) -> DOTAttributes {
        let network = panel.network
        var attributes: DOTAttributes = ["shape": .string(style.shape(for: stakeholder.kind, in: network))]
        if let extra = style.kindNodeStyles[stakeholder.kind.id] { attributes["style"] = .string("filled," + extra) }
        let colorValue = stakeholder.value(of: colorBy)?.description
        let fill = colorValue.flatMap { scales.colors[$0] } ?? style.missingFill
        attributes["fillcolor"] = .string(fill)
        if DiagramStyle.isDark(fill) { attributes["fontcolor"] = .string(style.lightTextColor) }
        let full = DiagramText.visible(stakeholder.name, limit: style.maximumLabelLength)
        let name = style.shortLabels ? DiagramText.shortName(full, limit: style.shortLabelLength) : full
        let t = scales.position(of: panel.sizes[stakeholder.id])
        if scales.showsLabels {
            attributes["label"] = .text(DiagramText.wrap(name, width: style.labelLineLength))
            // The node's size comes from the measure, or is the same for all: never from the
            // label's length. The shape is fixed; a long label may spill past it.
            let width = scales.hasSizes
                ? style.nodeWidths.lowerBound + (style.nodeWidths.upperBound - style.nodeWidths.lowerBound) * t.squareRoot()
                : style.uniformNodeWidth
            attributes["width"] = .number(DiagramText.rounded(width))
            attributes["height"] = .number(DiagramText.rounded(width * 0.55))
            attributes["fixedsize"] = "shape"
            if scales.hasSizes { attributes["fontsize"] = .number(DiagramText.rounded(style.fontSize * (1 + 0.3 * t))) }
        } else {
            let width = 0.12 + 0.4 * (scales.hasSizes ? t.squareRoot() : 0.25)
            attributes["label"] = .text("")
            attributes["width"] = .number(DiagramText.rounded(width))
            attributes["height"] = .number(DiagramText.rounded(width))
            attributes["fixedsize"] = true
        }
        if style.showsTooltips {
            let limit = style.maximumTooltipLength
            var lines = ["\(DiagramText.visible(stakeholder.name, limit: limit)) (\(DiagramText.visible(stakeholder.kind.name, limit: limit)))"]
            let facts = [("sector", stakeholder.sector?.rawValue), ("level", stakeholder.level?.rawValue),
                         ("place", stakeholder.place)].compactMap { name, value in
                value.map { "\(name): \(DiagramText.visible($0, limit: limit))" }
            }
            if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
            if let measure = sizeMeasure, let value = panel.sizes[stakeholder.id] {
                lines.append("\(measure): \(DiagramText.number(value))")
            }
            attributes["tooltip"] = .text(lines.joined(separator: "\n"))
        }
        if style.includesModelAttributes {
            // The model's values as they are (DOTWriter escapes them), so the DOT reads back.
            attributes["kind"] = .string(stakeholder.kind.id)
            if let sector = stakeholder.sector { attributes["sector"] = .string(sector.rawValue) }
            if let level = stakeholder.level { attributes["level"] = .string(level.rawValue) }
            if let place = stakeholder.place { attributes["place"] = .text(place) }
            // The full name when the label shows less or otherwise (cut, wrapped, no label).
            let shown = scales.showsLabels ? DiagramText.wrap(name, width: style.labelLineLength) : ""
            // `fullname`, not `name`: Graphviz's JSON output would take a `name` attribute for
            // the node's id.
            if stakeholder.name != stakeholder.id && shown != stakeholder.name {
                attributes["fullname"] = .text(String(stakeholder.name.prefix(Self.maximumFullNameLength)))
            }
        }
        return attributes
    }
}
