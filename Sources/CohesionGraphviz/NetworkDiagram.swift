import Cohesion
import Foundation

/// A styled Graphviz diagram of one network, or of several side by side.
///
/// The diagram turns a `Network` into a `DOTDocument` following a
/// ``DiagramStyle``: each stakeholder is a node (shape by kind, fill by ``colorBy``, size by a
/// measure the caller computed), each tie an edge (colour and pattern by tie kind, width by
/// amount for funding, no arrow for undirected kinds), optionally grouped into clusters and
/// explained by a legend. Undirected ties do not constrain `dot`'s ranks, so the hierarchy
/// follows funding, contracting and authorisation.
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

    /// Creates a diagram description.
    public init(style: DiagramStyle = DiagramStyle(), colorBy: String = "sector", sizeMeasure: String? = nil,
                clusters: DiagramClusters? = nil, title: String? = nil) {
        self.style = style
        self.colorBy = colorBy
        self.sizeMeasure = sizeMeasure
        self.clusters = clusters
        self.title = title
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
    public static func nodeID(_ stakeholderID: String, panel: Int, sideBySide: Bool) -> String {
        sideBySide ? "\(panel + 1)/\(stakeholderID)" : stakeholderID
    }

    /// The id of the legend node.
    public static let legendID = "legend"

    // MARK: - Building

    private func build(_ panels: [Panel], sideBySide: Bool) -> DOTDocument {
        let scales = Scales(panels: panels, diagram: self)
        var document = DOTDocument(isDirected: true, id: "cohesion")
        document.graphAttributes = graphAttributes(panels, sideBySide: sideBySide)
        document.nodeDefaults = [
            "fontname": .string(style.fontName), "fontsize": .number(style.fontSize),
            "style": "filled", "color": .string(style.borderColor), "penwidth": 0.8, "margin": "0.08,0.04",
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
                        "label": .text(label + Self.period(network)), "fontsize": .number(style.fontSize * 1.3),
                        "labelloc": "t", "style": "rounded", "color": "#969696", "penwidth": 1.2, "margin": 12,
                    ],
                    statements: statements))
            } else {
                document.statements += statements
            }
        }
        for (index, panel) in panels.enumerated() {
            for edge in edges(panel, index: index, sideBySide: sideBySide, scales: scales) {
                document.statements.append(.edge(edge))
            }
        }
        if style.showsLegend, let legend = legend(panels, scales: scales) {
            var sink = DOTSubgraph(graphAttributes: ["rank": "sink"])
            sink.append(node: Self.legendID, [
                "shape": "box", "style": "rounded", "color": "#bdbdbd", "margin": "0.1,0.05",
                "label": .html(legend), "tooltip": .text("legend"), "legend": true,
            ])
            document.append(subgraph: sink)
        }
        return document
    }

    private func graphAttributes(_ panels: [Panel], sideBySide: Bool) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "fontname": .string(style.fontName), "bgcolor": "white", "pad": 0.25,
            "rankdir": .string(style.rankDirection), "nodesep": 0.3, "ranksep": 0.55,
            "outputorder": "edgesfirst", "overlap": false,
        ]
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
            attributes["label"] = .text(heading)
            attributes["labelloc"] = "t"
            attributes["fontsize"] = .number(style.fontSize * 1.4)
        }
        return attributes
    }

    private static func period(_ network: Network) -> String {
        switch (network.firstYear, network.lastYear) {
        case let (first?, last?) where first == last: " (\(first))"
        case let (first?, last?): " (\(first)–\(last))"
        case let (first?, nil): " (from \(first))"
        case let (nil, last?): " (to \(last))"
        case (nil, nil): ""
        }
    }

    // MARK: Nodes and clusters

    private func panelStatements(_ panel: Panel, index: Int, sideBySide: Bool, scales: Scales) -> [DOTStatement] {
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
                    "label": .text(group), "labeljust": "l", "style": "rounded,filled",
                    "fillcolor": .string(style.clusterFill), "color": .string(style.clusterBorder),
                    "fontsize": .number(style.fontSize * 1.1), "margin": 10,
                ],
                statements: grouped[group] ?? [])))
        }
        return statements + nodes
    }

    private func clusterValue(of stakeholder: Stakeholder, in panel: Panel) -> String? {
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

    private func nodeAttributes(_ stakeholder: Stakeholder, panel: Panel, scales: Scales) -> DOTAttributes {
        let network = panel.network
        var attributes: DOTAttributes = ["shape": .string(style.shape(for: stakeholder.kind, in: network))]
        if let extra = style.kindNodeStyles[stakeholder.kind.id] { attributes["style"] = .string("filled," + extra) }
        let colorValue = stakeholder.value(of: colorBy)?.description
        let fill = colorValue.flatMap { scales.colors[$0] } ?? style.missingFill
        attributes["fillcolor"] = .string(fill)
        if Self.isDark(fill) { attributes["fontcolor"] = "white" }
        let t = scales.position(of: panel.sizes[stakeholder.id])
        if scales.showsLabels {
            attributes["label"] = .text(Self.wrapLabel(stakeholder.name, width: style.labelLineLength))
            if scales.hasSizes {
                let width = style.nodeWidths.lowerBound
                    + (style.nodeWidths.upperBound - style.nodeWidths.lowerBound) * t.squareRoot()
                attributes["width"] = .number(Self.rounded(width))
                attributes["height"] = .number(Self.rounded(width * 0.55))
                attributes["fontsize"] = .number(Self.rounded(style.fontSize * (0.9 + 0.5 * t)))
            }
        } else {
            let width = 0.12 + 0.4 * (scales.hasSizes ? t.squareRoot() : 0.25)
            attributes["label"] = .text("")
            attributes["width"] = .number(Self.rounded(width))
            attributes["height"] = .number(Self.rounded(width))
            attributes["fixedsize"] = true
        }
        if style.showsTooltips {
            var lines = ["\(stakeholder.name) (\(stakeholder.kind.name))"]
            let facts = [("sector", stakeholder.sector?.rawValue), ("level", stakeholder.level?.rawValue),
                         ("place", stakeholder.place)].compactMap { name, value in value.map { "\(name): \($0)" } }
            if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
            if let measure = sizeMeasure, let value = panel.sizes[stakeholder.id] {
                lines.append("\(measure): \(Self.format(value))")
            }
            attributes["tooltip"] = .text(lines.joined(separator: "\n"))
        }
        if style.includesModelAttributes {
            attributes["kind"] = .string(stakeholder.kind.id)
            if let sector = stakeholder.sector { attributes["sector"] = .string(sector.rawValue) }
            if let level = stakeholder.level { attributes["level"] = .string(level.rawValue) }
            if let place = stakeholder.place { attributes["place"] = .text(place) }
            if stakeholder.name != stakeholder.id, !scales.showsLabels { attributes["name"] = .text(stakeholder.name) }
        }
        return attributes
    }

    // MARK: Edges

    private func edges(_ panel: Panel, index: Int, sideBySide: Bool, scales: Scales) -> [DOTEdge] {
        let network = panel.network
        let index_ = network.stakeholderIndex()
        var edges: [DOTEdge] = []
        for tie in network.ties {
            guard let s = index_[tie.source], let t = index_[tie.target] else { continue }
            let kind = network.tieKind(id: tie.kind.id) ?? tie.kind
            let tieStyle = style.tieStyle(for: kind)
            let directed = tieStyle.isDirected ?? kind.isDirected
            var attributes: DOTAttributes = [:]
            var color = tieStyle.color
            if tie.isIllustrative, color.hasPrefix("#"), color.count == 7 {
                color += String(format: "%02x", Int((style.illustrativeOpacity * 255).rounded()))
            }
            attributes["color"] = .string(color)
            if tieStyle.lineStyle != "solid" { attributes["style"] = .string(tieStyle.lineStyle) }
            var width = tieStyle.penWidth
            if tieStyle.widthByAmount, let amount = tie.amount?.value, scales.maximumAmount > 0 {
                width += (style.maximumTieWidth - tieStyle.penWidth) * (amount / scales.maximumAmount).squareRoot()
            }
            // Unlabelled large networks are drawn finer so the structure shows through.
            if !scales.showsLabels { width *= 0.5 }
            if width != 1 { attributes["penwidth"] = .number(Self.rounded(width)) }
            if !directed { attributes["dir"] = "none" }
            if style.showsTooltips {
                let source = network.stakeholders[s].name, target = network.stakeholders[t].name
                var line = kind.id
                if let instrument = tie.instrument { line += " · " + instrument }
                if let amount = tie.amount {
                    line += " · " + Self.format(amount.value) + " " + amount.currency
                    if let year = amount.year { line += " (\(year))" }
                }
                if tie.firstYear != nil || tie.lastYear != nil {
                    line += " · " + (tie.firstYear.map(String.init) ?? "…") + "–" + (tie.lastYear.map(String.init) ?? "…")
                }
                if tie.isIllustrative { line += "\nillustrative: no source documents it" }
                attributes["tooltip"] = .text("\(source) \(directed ? "→" : "—") \(target)\n\(line)")
            }
            if style.includesModelAttributes {
                attributes["kind"] = .string(kind.id)
                if let amount = tie.amount?.value { attributes["amount"] = .number(amount) }
                if let instrument = tie.instrument { attributes["instrument"] = .text(instrument) }
            }
            edges.append(DOTEdge(source: Self.nodeID(tie.source, panel: index, sideBySide: sideBySide),
                                 target: Self.nodeID(tie.target, panel: index, sideBySide: sideBySide),
                                 attributes: attributes))
        }
        return edges
    }

    // MARK: Legend

    /// The legend: one column per section (stakeholder kinds, fill, ties, size, boxes), so it
    /// sits as a short band under the diagram. Kinds that share a shape share a row.
    private func legend(_ panels: [Panel], scales: Scales) -> HTMLLabel? {
        var columns: [[String]] = []
        func header(_ text: String) -> String {
            "<tr><td colspan=\"2\" align=\"left\"><b>\(HTMLLabel.escaping(text))</b></td></tr>"
        }
        func row(_ key: String, _ text: String) -> String {
            "<tr><td align=\"center\" valign=\"top\">\(key)</td><td align=\"left\" balign=\"left\">"
                + text.split(separator: "\n", omittingEmptySubsequences: false).map { HTMLLabel.escaping(String($0)) }
                    .joined(separator: "<br/>") + "</td></tr>"
        }
        var kinds: [StakeholderKind] = []
        var seenKinds = Set<String>()
        for panel in panels {
            for s in panel.network.stakeholders where seenKinds.insert(s.kind.id).inserted {
                kinds.append(panel.network.stakeholderKind(id: s.kind.id) ?? s.kind)
            }
        }
        let order = Dictionary(uniqueKeysWithValues: StakeholderKind.wellKnown.enumerated().map { ($1.id, $0) })
        kinds.sort { (order[$0.id] ?? Int.max, $0.id) < (order[$1.id] ?? Int.max, $1.id) }
        if !kinds.isEmpty {
            var byShape: [(shape: String, names: [String])] = []
            for kind in kinds {
                var shape = style.shape(for: kind, in: panels.first?.network)
                if let extra = style.kindNodeStyles[kind.id], extra.contains("rounded") { shape = "rounded " + shape }
                if let k = byShape.firstIndex(where: { $0.shape == shape }) {
                    byShape[k].names.append(kind.name)
                } else {
                    byShape.append((shape, [kind.name]))
                }
            }
            columns.append([header("Stakeholder")] + byShape.map {
                row("<font color=\"#4d4d4d\">\(Self.glyph(for: $0.shape))</font>", Self.wrapped($0.names))
            })
        }
        if !scales.colorOrder.isEmpty {
            var column = [header(colorBy.prefix(1).uppercased() + colorBy.dropFirst())]
            for value in scales.colorOrder {
                let fill = scales.colors[value] ?? style.missingFill
                column.append("<tr><td bgcolor=\"\(fill)\" border=\"1\" color=\"\(style.borderColor)\" width=\"18\" height=\"10\" fixedsize=\"true\"></td>"
                    + "<td align=\"left\">\(HTMLLabel.escaping(value))</td></tr>")
            }
            columns.append(column)
        }
        var tieKinds: [TieKind] = []
        var seenTies = Set<String>()
        for panel in panels {
            for tie in panel.network.ties where seenTies.insert(tie.kind.id).inserted {
                tieKinds.append(panel.network.tieKind(id: tie.kind.id) ?? tie.kind)
            }
        }
        let tieOrder = Dictionary(uniqueKeysWithValues: TieKind.wellKnown.enumerated().map { ($1.id, $0) })
        tieKinds.sort { (tieOrder[$0.id] ?? Int.max, $0.id) < (tieOrder[$1.id] ?? Int.max, $1.id) }
        if !tieKinds.isEmpty {
            var column = [header("Tie")]
            for kind in tieKinds {
                let tieStyle = style.tieStyle(for: kind)
                let directed = tieStyle.isDirected ?? kind.isDirected
                let stroke: String = switch tieStyle.lineStyle {
                case "dashed": "╌╌╌"
                case "dotted": "┈┈┈"
                case "bold": "━━━"
                default: tieStyle.penWidth >= 2 ? "━━━" : "───"
                }
                var text = kind.id
                if tieStyle.widthByAmount && scales.maximumAmount > 0 { text += ", width by amount" }
                column.append(row("<font color=\"\(tieStyle.color)\">\(stroke)\(directed ? "▶" : "─")</font>", text))
            }
            if panels.contains(where: { $0.network.ties.contains(where: \.isIllustrative) }) {
                column.append(row("<font color=\"#b0b0b0\">───▶</font>", "faded: illustrative"))
            }
            columns.append(column)
        }
        var notes: [String] = []
        if let measure = sizeMeasure, scales.hasSizes {
            notes.append(header("Size"))
            notes.append("<tr><td colspan=\"2\" align=\"left\">\(HTMLLabel.escaping("\(measure), \(Self.format(scales.sizeRange.lowerBound)) – \(Self.format(scales.sizeRange.upperBound))"))</td></tr>")
        }
        switch clusters {
        case .attribute(let name), .groups(let name):
            notes.append(header("Boxes"))
            notes.append("<tr><td colspan=\"2\" align=\"left\">\(HTMLLabel.escaping(name))</td></tr>")
        case .none: break
        }
        if !notes.isEmpty { columns.append(notes) }
        guard !columns.isEmpty else { return nil }
        // One grid rather than nested tables: Graphviz stretches nested tables to the tallest
        // column, which spreads the shorter sections' rows apart.
        let height = columns.map(\.count).max() ?? 0
        var grid: [String] = []
        for r in 0..<height {
            var cells: [String] = []
            for (c, column) in columns.enumerated() {
                if c > 0 { cells.append("<td width=\"14\"></td>") }
                if r < column.count {
                    // Each entry is a whole <tr>; keep its cells.
                    cells.append(String(column[r].dropFirst(4).dropLast(5)))
                } else {
                    cells.append("<td></td><td></td>")
                }
            }
            grid.append("<tr>" + cells.joined() + "</tr>")
        }
        return HTMLLabel(markup: "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"2\">"
            + grid.joined() + "</table>")
    }

    /// A name broken into lines of at most `width` characters at spaces (a longer word keeps
    /// its own line); explicit line breaks are kept.
    static func wrapLabel(_ name: String, width: Int) -> String {
        guard width > 0, name.count > width else { return name }
        var lines: [String] = []
        for paragraph in name.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Names joined with commas, broken into lines of about 40 characters.
    static func wrapped(_ names: [String]) -> String {
        var lines: [String] = []
        var line = ""
        for name in names {
            let piece = line.isEmpty ? name : ", " + name
            if !line.isEmpty && line.count + piece.count > 40 {
                lines.append(line + ",")
                line = name
            } else {
                line += piece
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// A character that looks like a Graphviz shape, for the legend.
    static func glyph(for shape: String) -> String {
        switch shape.lowercased() {
        case "rounded box", "rounded rect", "rounded rectangle", "rounded square": "▢"
        case "box", "rect", "rectangle", "square", "box3d", "component": "■"
        case "doublecircle": "◎"
        case "diamond", "mdiamond": "◆"
        case "triangle": "▲"
        case "invtriangle": "▼"
        case "hexagon": "⬢"
        case "pentagon": "⬟"
        case "parallelogram": "▰"
        case "house": "⌂"
        case "invhouse": "▼"
        case "octagon", "doubleoctagon", "tripleoctagon": "⯃"
        case "star": "★"
        default: "●"
        }
    }

    // MARK: Formatting

    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// A number for people: integers with thin grouping, others to three significant decimals.
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "n/a" }
        if x == x.rounded() && abs(x) < 1e15 {
            let digits = String(Int(abs(x)))
            var grouped = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { grouped += " " }
                grouped.append(c)
            }
            return (x < 0 ? "-" : "") + grouped
        }
        return String(format: "%.3g", locale: Locale(identifier: "en_US_POSIX"), x)
    }

    /// Whether text on a fill should be white (relative luminance below 0.4).
    static func isDark(_ color: String) -> Bool {
        guard color.hasPrefix("#"), color.count >= 7,
              let value = UInt32(color.dropFirst().prefix(6), radix: 16) else { return false }
        func channel(_ shift: UInt32) -> Double {
            let c = Double((value >> shift) & 0xff) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0) < 0.2
    }
}

/// The scales a diagram shares across its panels: fill colours, node sizes, amounts.
private struct Scales {
    var colors: [String: String] = [:]
    var colorOrder: [String] = []
    var hasSizes = false
    var sizeRange: ClosedRange<Double> = 0...0
    var maximumAmount = 0.0
    var showsLabels = true

    init(panels: [NetworkDiagram.Panel], diagram: NetworkDiagram) {
        let style = diagram.style
        var values = Set<String>()
        for panel in panels {
            for s in panel.network.stakeholders {
                if let value = s.value(of: diagram.colorBy)?.description { values.insert(value) }
            }
        }
        if diagram.colorBy == "level" {
            colorOrder = NetworkDiagram.levelOrder(Array(values))
        } else {
            colorOrder = values.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        }
        var next = 0
        for value in colorOrder {
            if let fixed = style.fillColors[value] {
                colors[value] = fixed
            } else if diagram.colorBy == "level", let rank = Level(value).rank, rank < style.levelColors.count {
                colors[value] = style.levelColors[rank]
            } else if !style.palette.isEmpty {
                colors[value] = style.palette[next % style.palette.count]
                next += 1
            }
        }
        let sizes = panels.flatMap { panel in
            panel.network.stakeholders.compactMap { panel.sizes[$0.id] }.filter(\.isFinite)
        }
        if let lo = sizes.min(), let hi = sizes.max() {
            hasSizes = true
            sizeRange = lo...hi
        }
        for panel in panels {
            for tie in panel.network.ties {
                let kind = panel.network.tieKind(id: tie.kind.id) ?? tie.kind
                if style.tieStyle(for: kind).widthByAmount, let amount = tie.amount?.value, amount.isFinite {
                    maximumAmount = max(maximumAmount, amount)
                }
            }
        }
        showsLabels = style.showsLabels
            ?? ((panels.map(\.network.stakeholders.count).max() ?? 0) <= style.labelNodeLimit)
    }

    /// Where a value sits in the size range, 0–1; a missing value sits at 0, a flat range at ½.
    func position(of value: Double?) -> Double {
        guard hasSizes, let value, value.isFinite else { return 0 }
        let span = sizeRange.upperBound - sizeRange.lowerBound
        return span > 0 ? (value - sizeRange.lowerBound) / span : 0.5
    }
}
