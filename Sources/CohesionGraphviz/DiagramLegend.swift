import Cohesion

/// A diagram's legend, as a value: sections of entries, each a sample and a line of text.
///
/// ``NetworkDiagram`` builds it from what the panels use — every stakeholder shape, fill, tie
/// style, the size measure and the boxes, each listed once — and draws it as an HTML-like
/// Graphviz table with ``label(style:)``: one column of rows per section, side by side (a
/// section much longer than the others flows into a second column), every row one line high
/// so a sample and its text sit on the same row. Kinds drawn with the same
/// shape share an entry (their names continue on rows without a sample). Stakeholders without
/// a value for the colour attribute get a white entry "(no sector)".
///
/// ```swift
/// let legend = DiagramLegend(sections: [
///     .init(title: "Tie", entries: [.init(key: .line(color: "#e31a1c", pattern: "solid", width: 2, directed: false),
///                                         text: "conflict")]),
/// ])
/// node.attributes["label"] = .html(legend.label(style: DiagramStyle()))
/// ```
///
/// - Complexity: ``label(style:)`` is linear in the number of entries.
public struct DiagramLegend: Hashable, Sendable {
    /// The sample drawn beside an entry's text.
    public enum Key: Hashable, Sendable {
        /// A character that looks like the node shape.
        case shape(glyph: String)
        /// A swatch of a fill colour.
        case fill(String)
        /// A line sample: colour, Graphviz line style, width in points, arrow.
        case line(color: String, pattern: String, width: Double, directed: Bool)
        /// No sample: the text continues the entry above, or stands alone.
        case none
    }

    /// One row: a sample and one line of text.
    public struct Entry: Hashable, Sendable {
        /// The sample.
        public var key: Key
        /// The text, one line.
        public var text: String
        /// Creates an entry.
        public init(key: Key, text: String) {
            self.key = key
            self.text = text
        }
    }

    /// A titled column of entries.
    public struct Section: Hashable, Sendable {
        /// The section's heading (`Stakeholder`, `Sector`, `Tie`, `Size`, `Boxes`).
        public var title: String
        /// Its rows.
        public var entries: [Entry]
        /// Creates a section.
        public init(title: String, entries: [Entry]) {
            self.title = title
            self.entries = entries
        }
    }

    /// The sections, left to right.
    public var sections: [Section]

    /// Creates a legend.
    public init(sections: [Section]) { self.sections = sections }

    /// Whether the legend has nothing to show.
    public var isEmpty: Bool { sections.allSatisfy { $0.entries.isEmpty } }

    /// The legend as one HTML-like table: a heading row, then one row per entry, sections side
    /// by side; every cell of a row has the same fixed height and is centred vertically.
    ///
    /// A section at least one and a half times as long as every other (and as
    /// ``minimumColumnRows``), such as the stakeholder kinds of two cities, flows into further
    /// columns, as newspaper columns, so that the legend stays low under a figure: the columns
    /// are as high as the tallest other section (at least ``minimumColumnRows`` rows) and at
    /// least half the long one.
    public func label(style: DiagramStyle) -> HTMLLabel {
        let shown = Self.columns(of: sections.filter { !$0.entries.isEmpty })
        let rowHeight = Int((style.fontSize * 1.6).rounded())
        let height = (shown.map(\.entries.count).max() ?? 0) + 1
        var grid: [String] = []
        for r in 0..<height {
            var cells: [String] = []
            for (c, section) in shown.enumerated() {
                if c > 0 { cells.append("<td width=\"16\"></td>") }
                if r == 0 {
                    cells.append("<td colspan=\"2\" align=\"left\" height=\"\(rowHeight)\">"
                        + (section.title.isEmpty ? "" : "<b>" + HTMLLabel.escaping(section.title) + "</b>") + "</td>")
                } else if r - 1 < section.entries.count {
                    let entry = section.entries[r - 1]
                    cells.append(Self.keyCell(entry.key, style: style, height: rowHeight))
                    cells.append("<td align=\"left\" height=\"\(rowHeight)\">" + HTMLLabel.escaping(entry.text) + "</td>")
                } else {
                    cells.append("<td height=\"\(rowHeight)\"></td><td></td>")
                }
            }
            grid.append("<tr>" + cells.joined() + "</tr>")
        }
        return HTMLLabel(markup: "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"2\">"
            + grid.joined() + "</table>")
    }

    /// The fewest rows a column of the legend is cut to (see ``label(style:)``).
    public static let minimumColumnRows = 8

    /// The sections as drawn: any section longer than the column height continues in
    /// untitled columns to its right.
    static func columns(of sections: [Section]) -> [Section] {
        let counts = sections.map(\.entries.count)
        guard let tallest = counts.indices.max(by: { counts[$0] < counts[$1] }) else { return sections }
        let others = max(counts.indices.filter { $0 != tallest }.map { counts[$0] }.max() ?? 0, minimumColumnRows)
        guard 2 * counts[tallest] >= 3 * others else { return sections }
        let height = max(others, (counts[tallest] + 1) / 2)
        return sections.enumerated().flatMap { index, section -> [Section] in
            guard index == tallest else { return [section] }
            return stride(from: 0, to: section.entries.count, by: height).map { start in
                Section(title: start == 0 ? section.title : "",
                        entries: Array(section.entries[start..<min(start + height, section.entries.count)]))
            }
        }
    }

    private static func keyCell(_ key: Key, style: DiagramStyle, height: Int) -> String {
        switch key {
        case .shape(let glyph):
            return "<td align=\"center\" height=\"\(height)\"><font color=\"\(style.legendShapeColor)\">"
                + HTMLLabel.escaping(glyph) + "</font></td>"
        case .fill(let color):
            return "<td align=\"center\" height=\"\(height)\"><table border=\"0\" cellborder=\"1\" cellspacing=\"0\" "
                + "cellpadding=\"0\"><tr><td bgcolor=\"\(color)\" color=\"\(style.borderColor)\" width=\"18\" "
                + "height=\"10\" fixedsize=\"true\"></td></tr></table></td>"
        case .line(let color, let pattern, let width, let directed):
            let stroke: String = switch pattern {
            case "dashed": "╌╌╌"
            case "dotted": "┈┈┈"
            case "bold": "━━━"
            default: width >= 2 ? "━━━" : "───"
            }
            return "<td align=\"center\" height=\"\(height)\"><font color=\"\(color)\">" + stroke
                + (directed ? "▶" : "─") + "</font></td>"
        case .none:
            return "<td height=\"\(height)\"></td>"
        }
    }

    /// A character that looks like a Graphviz shape.
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
}

extension DiagramLegend {
    /// The legend of a diagram: every style its panels use, listed once.
    init(panels: [NetworkDiagram.Panel], diagram: NetworkDiagram, scales: DiagramScales, mergedTies: Bool) {
        let style = diagram.style
        var sections: [Section] = []
        // Stakeholder kinds, by shape.
        let kinds = Self.kindsUsed(in: panels, wellKnown: StakeholderKind.wellKnown, id: \.id,
                                   used: { $0.stakeholders.map(\.kind) }, declared: { $0.stakeholderKind(id: $1) })
        var byShape: [(shape: String, names: [String])] = []
        for kind in kinds {
            var shape = style.shape(for: kind, in: panels.first?.network)
            if let extra = style.kindNodeStyles[kind.id], extra.contains("rounded") { shape = "rounded " + shape }
            let name = DiagramText.visible(kind.name, limit: style.maximumLabelLength)
            if let k = byShape.firstIndex(where: { $0.shape == shape }) {
                byShape[k].names.append(name)
            } else {
                byShape.append((shape, [name]))
            }
        }
        var stakeholderEntries: [Entry] = []
        for (shape, names) in byShape {
            for (i, line) in DiagramText.lines(joining: names, width: 40).enumerated() {
                stakeholderEntries.append(Entry(key: i == 0 ? .shape(glyph: Self.glyph(for: shape)) : .none, text: line))
            }
        }
        sections.append(Section(title: "Stakeholder", entries: stakeholderEntries))
        // Fill.
        var fills = scales.colorOrder.map {
            Entry(key: .fill(scales.colors[$0] ?? style.missingFill), text: DiagramText.visible($0, limit: style.maximumLabelLength))
        }
        if scales.hasMissingColor && !fills.isEmpty { fills.append(Entry(key: .fill(style.missingFill), text: "(no \(diagram.colorBy))")) }
        let colorTitle = DiagramText.visible(diagram.colorBy, limit: style.maximumLabelLength)
        sections.append(Section(title: colorTitle.prefix(1).uppercased() + colorTitle.dropFirst(), entries: fills))
        // Ties.
        let tieKinds = Self.kindsUsed(in: panels, wellKnown: TieKind.wellKnown, id: \.id,
                                      used: { $0.ties.map(\.kind) }, declared: { $0.tieKind(id: $1) })
        var ties: [(key: Key, names: [String])] = []
        for kind in tieKinds {
            let tieStyle = style.tieStyle(for: kind)
            let key = Key.line(color: tieStyle.color, pattern: tieStyle.lineStyle, width: tieStyle.penWidth,
                               directed: tieStyle.isDirected ?? kind.isDirected)
            var text = DiagramText.visible(kind.id, limit: style.maximumLabelLength)
            if tieStyle.widthByAmount && scales.maximumAmount > 0 { text += ", width by amount" }
            if let k = ties.firstIndex(where: { $0.key == key }) { ties[k].names.append(text) } else { ties.append((key, [text])) }
        }
        var tieEntries = ties.map { Entry(key: $0.key, text: $0.names.joined(separator: ", ")) }
        if panels.contains(where: { $0.network.ties.contains(where: \.isIllustrative) }) {
            tieEntries.append(Entry(key: .line(color: DiagramStyle.faded(style.defaultTieStyle.color, opacity: style.illustrativeOpacity),
                                               pattern: "solid", width: 1, directed: true),
                                    text: "faded: illustrative"))
        }
        if mergedTies {
            tieEntries.append(Entry(key: .none, text: "×n: n ties of one kind, one pair"))
        }
        sections.append(Section(title: "Tie", entries: tieEntries))
        // Size and boxes.
        var notes: [Entry] = []
        if let measure = diagram.sizeMeasure, scales.hasSizes {
            notes.append(Entry(key: .shape(glyph: "●"), text: "size: " + DiagramText.visible(measure, limit: style.maximumLabelLength)))
            notes.append(Entry(key: .none, text: DiagramText.number(scales.sizeRange.lowerBound) + " – "
                + DiagramText.number(scales.sizeRange.upperBound)))
        }
        switch diagram.clusters {
        case .attribute(let name), .groups(let name):
            notes.append(Entry(key: .shape(glyph: "▢"), text: "boxes: " + DiagramText.visible(name, limit: style.maximumLabelLength)))
        case .none: break
        }
        sections.append(Section(title: "Notes", entries: notes))
        self.init(sections: sections.filter { !$0.entries.isEmpty })
    }

    /// The kinds the panels use, each once (as its network declares it, else as used), the
    /// well-known ones first in their order, then the others by identifier.
    static func kindsUsed<Kind>(in panels: [NetworkDiagram.Panel], wellKnown: [Kind], id: KeyPath<Kind, String>,
                                used: (Network) -> [Kind], declared: (Network, String) -> Kind?) -> [Kind] {
        var kinds: [Kind] = []
        var seen = Set<String>()
        for panel in panels {
            for kind in used(panel.network) where seen.insert(kind[keyPath: id]).inserted {
                kinds.append(declared(panel.network, kind[keyPath: id]) ?? kind)
            }
        }
        var order: [String: Int] = [:]
        for (k, kind) in wellKnown.enumerated() where order[kind[keyPath: id]] == nil { order[kind[keyPath: id]] = k }
        kinds.sort { (order[$0[keyPath: id]] ?? Int.max, $0[keyPath: id]) < (order[$1[keyPath: id]] ?? Int.max, $1[keyPath: id]) }
        return kinds
    }

}
