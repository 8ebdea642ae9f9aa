/// A self-contained HTML page that shows one or more networks: diagrams, sortable and
/// filterable tables, heat maps and small charts, with inline CSS and script only.
///
/// The page needs no network access to view. It reads without script (tables are plain HTML;
/// script only adds sorting and filters), keeps text contrast at WCAG AA, and prints cleanly.
/// Every string from input is escaped; diagrams are inlined with script removed.
///
/// ```swift
/// var report = HTMLReport(title: "Childcare governance: Lille and Nantes")
/// report.sections.append(ReportSection(title: "Lille", blocks: [.paragraph("…"), .sources(lille)]))
/// try NetworkFile.writeAtomically(Array(report.html().utf8), to: "report.html")
/// ```
///
/// - Complexity: O(size of the content).
public struct HTMLReport: Hashable, Sendable {
    /// The page title.
    public var title: String
    /// A line under the title.
    public var subtitle: String?
    /// The sections, in order.
    public var sections: [ReportSection]
    /// Whether the page ends with a glossary of the measures (``ReportGlossary``).
    public var includesGlossary: Bool
    /// Whether the diagrams to explore label stakeholders with their short names
    /// (``NameText/short(_:limit:)``: the name without its explanation), the full name shown on
    /// hover and in the card; false labels them with their full names. True by default.
    public var shortLabels: Bool = true

    /// Creates a report; `includesGlossary` ends it with the glossary of the measures.
    public init(title: String, subtitle: String? = nil, sections: [ReportSection] = [], includesGlossary: Bool = true) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
        self.includesGlossary = includesGlossary
    }

    /// A file name for a table's CSV download, from its caption.
    static func fileName(_ caption: String) -> String {
        var name = ""
        for c in caption.lowercased().unicodeScalars.prefix(60) {
            if HTMLEscaping.isASCIIAlphanumeric(c) { name.unicodeScalars.append(c) } else if !name.hasSuffix("-") { name += "-" }
        }
        while name.hasSuffix("-") { name.removeLast() }
        return (name.isEmpty ? "table" : name) + ".csv"
    }

    private func renderGlossary(into out: inout String) {
        out += "<section id=\"glossary\" class=\"glossary\" aria-labelledby=\"glossary-h\"><h2 id=\"glossary-h\">Glossary of the measures</h2><dl>"
        for entry in ReportGlossary.entries {
            out += "<div><dt>\(e(entry.term))</dt><dd>\(e(entry.definition)) <span class=\"reference\">Matches: \(e(entry.reference)).</span></dd></div>"
        }
        out += "</dl></section>\n"
    }

    /// The whole page.
    public func html() -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en" class="no-js">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header><h1>\(e(title))</h1>
            """
        if let subtitle { out += "<p class=\"subtitle\">\(e(subtitle))</p>" }
        out += "</header>\n<nav aria-label=\"Contents\"><ol>"
        for (i, section) in sections.enumerated() {
            out += "<li><a href=\"#s\(i + 1)\">\(e(section.title))</a></li>"
        }
        if includesGlossary { out += "<li><a href=\"#glossary\">Glossary of the measures</a></li>" }
        out += "</ol></nav>\n<main>\n"
        var counter = 0
        for (i, section) in sections.enumerated() {
            out += "<section id=\"s\(i + 1)\" aria-labelledby=\"h\(i + 1)\"><h2 id=\"h\(i + 1)\">\(e(section.title))</h2>\n"
            renderBlocks(section.blocks, level: 3, counter: &counter, into: &out)
            out += "</section>\n"
        }
        if includesGlossary { renderGlossary(into: &out) }
        out += "</main>\n<footer><p>Made with Cohesion. Illustrative ties are marked as such in the data; partisan sources are flagged ⚑.</p></footer>\n"
        out += "<script>\(Self.script)</script>\n</body>\n</html>\n"
        return out
    }

    func e(_ text: String) -> String { HTMLEscaping.escaped(text) }

    /// Renders blocks in order; runs of charts share one grid, as small multiples.
    private func renderBlocks(_ blocks: [ReportBlock], level: Int, counter: inout Int, into out: inout String) {
        var inCharts = false
        for block in blocks {
            let isChart = if case .lineChart = block { true } else { false }
            if isChart != inCharts {
                out += isChart ? "<div class=\"charts\">\n" : "</div>\n"
                inCharts = isChart
            }
            render(block, level: level, counter: &counter, into: &out)
        }
        if inCharts { out += "</div>\n" }
    }

    private func render(_ block: ReportBlock, level: Int, counter: inout Int, into out: inout String) {
        switch block {
        case .paragraph(let text):
            out += "<p>\(e(text))</p>\n"
        case .facts(let facts):
            out += "<dl class=\"facts\">"
            for fact in facts { out += "<div><dt>\(e(fact.label))</dt><dd>\(e(fact.value))</dd></div>" }
            out += "</dl>\n"
        case .diagram(let svg, let caption):
            out += "<figure class=\"diagram static-diagram\">\(HTMLEscaping.inlineSVG(svg))<figcaption>\(e(caption))</figcaption></figure>\n"
        case .interactiveDiagram(let view):
            counter += 1
            renderInteractive(view, id: "ix\(counter)", into: &out)
        case .table(let table):
            counter += 1
            renderTable(table, id: "t\(counter)", into: &out)
        case .heatMap(let map):
            renderHeatMap(map, into: &out)
        case .lineChart(let chart):
            renderChart(chart, into: &out)
        case .nullDistributions(let chart):
            renderNullDistributions(chart, into: &out)
        case .sources(let network):
            renderSources(network, into: &out)
        case .group(let title, let blocks):
            let h = min(level, 6)
            out += "<div class=\"group\"><h\(h)>\(e(title))</h\(h)>\n"
            renderBlocks(blocks, level: level + 1, counter: &counter, into: &out)
            out += "</div>\n"
        }
    }

    private func renderTable(_ block: ReportTable, id: String, into out: inout String) {
        let table = block.table
        let filters = block.filterColumns.compactMap { name in table.columns.firstIndex(of: name).map { (name, $0) } }
        out += "<div class=\"table-block\">"
        if !filters.isEmpty {
            out += "<div class=\"filters\" data-for=\"\(id)\" hidden>"
            for (name, c) in filters {
                let values = Array(Set(table.rows.map { $0.cells[c].exactText })).sorted()
                out += "<label>\(e(name)) <select data-column=\"\(c + 1)\"><option value=\"\">all</option>"
                for v in values { out += "<option value=\"\(e(v))\">\(e(v.isEmpty ? "(none)" : v))</option>" }
                out += "</select></label>"
            }
            out += "</div>"
        }
        out += "<div class=\"scroll\"><table id=\"\(id)\" class=\"sortable\" data-csv-name=\"\(e(Self.fileName(block.caption)))\"><caption>\(e(block.caption))</caption><thead><tr>"
        out += "<th scope=\"col\">\(e(table.idColumn))</th>"
        for (c, name) in table.columns.enumerated() {
            let numeric = table.rows.contains { $0.cells[c].numeric != nil }
            out += "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(e(name))</th>"
        }
        out += "</tr></thead><tbody>"
        for row in table.rows {
            out += "<tr><th scope=\"row\">\(e(row.id))</th>"
            for cell in row.cells {
                if let n = cell.numeric {
                    let exact = n.isNaN ? "" : cell.exactText
                    out += "<td class=\"num\" data-value=\"\(exact)\"\(exact.isEmpty || exact == cell.shortText ? "" : " title=\"\(exact)\"")>\(e(cell.shortText))</td>"
                } else {
                    out += "<td>\(e(cell.exactText))</td>"
                }
            }
            out += "</tr>"
        }
        out += "</tbody></table></div></div>\n"
    }

    private func renderHeatMap(_ map: HeatMap, into out: inout String) {
        let finite = map.values.flatMap { $0 }.filter { $0.isFinite }
        let lo = finite.min() ?? 0, hi = finite.max() ?? 1
        out += "<div class=\"scroll\"><table class=\"heatmap\" data-csv-name=\"\(e(Self.fileName(map.caption)))\"><caption>\(e(map.caption))</caption><thead><tr><td></td>"
        for label in map.columnLabels { out += "<th scope=\"col\">\(e(label))</th>" }
        out += "</tr></thead><tbody>"
        for (r, label) in map.rowLabels.enumerated() {
            out += "<tr><th scope=\"row\">\(e(label))</th>"
            for c in map.columnLabels.indices {
                let v = r < map.values.count && c < map.values[r].count ? map.values[r][c] : .nan
                guard v.isFinite else { out += "<td class=\"num\"></td>"; continue }
                let t = hi > lo ? (v - lo) / (hi - lo) : 0
                // A sequential blue scale; text turns white where the fill is dark enough.
                let lightness = 96 - t * 62
                let ink = lightness < 55 ? "#fff" : "#111"
                out += "<td class=\"num\" title=\"\(String(v))\" style=\"background:hsl(212,70%,\(Int(lightness))%);color:\(ink)\">\(e(MeasureCell.number(v).shortText))</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div>\n"
    }

    private func renderSources(_ network: Network, into out: inout String) {
        let illustrative = network.ties.filter(\.isIllustrative)
        out += "<div class=\"sources\"><h3>Sources</h3>"
        if network.sources.isEmpty {
            out += "<p>This network declares no sources.</p>"
        } else {
            out += "<ol>"
            for source in network.sources {
                out += "<li id=\"src-\(e(source.id))\"><span class=\"src-id\">[\(e(source.id))]</span> "
                if source.isPartisan { out += "<span class=\"partisan\" title=\"partisan source\">⚑</span> " }
                let title = e(source.title ?? source.id)
                if let url = source.url, let safe = HTMLEscaping.safeURL(url) {
                    out += "<a href=\"\(safe)\" rel=\"noreferrer noopener\">\(title)</a>"
                } else {
                    out += title
                }
                let details = [source.publisher, source.date].compactMap { $0 }.map(e).joined(separator: ", ")
                if !details.isEmpty { out += " — \(details)" }
                if let note = source.note { out += " <span class=\"note\">(\(e(note)))</span>" }
                out += "</li>"
            }
            out += "</ol>"
        }
        let cited = network.ties.filter { !$0.citations.isEmpty }.count
        out += "<p>\(cited) of \(network.ties.count) ties cite a source; \(illustrative.count) are illustrative"
        out += illustrative.isEmpty ? ".</p>" : " (plausible relations no source documents):</p><ul class=\"illustrative\">"
        let names = Dictionary(network.stakeholders.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for tie in illustrative {
            let from = names[tie.source] ?? tie.source, to = names[tie.target] ?? tie.target
            var text = "\(from) → \(to): \(tie.kind.id)"
            if let instrument = tie.instrument { text += " (\(instrument))" }
            out += "<li>\(e(text))\(tie.note.map { " — " + e($0) } ?? "")</li>"
        }
        if !illustrative.isEmpty { out += "</ul>" }
        out += "</div>\n"
    }
}
