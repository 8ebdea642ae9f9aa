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

    /// Creates a report.
    public init(title: String, subtitle: String? = nil, sections: [ReportSection] = []) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
    }

    /// The whole page.
    public func html() -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
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
        out += "</ol></nav>\n<main>\n"
        var counter = 0
        for (i, section) in sections.enumerated() {
            out += "<section id=\"s\(i + 1)\" aria-labelledby=\"h\(i + 1)\"><h2 id=\"h\(i + 1)\">\(e(section.title))</h2>\n"
            for block in section.blocks { render(block, level: 3, counter: &counter, into: &out) }
            out += "</section>\n"
        }
        out += "</main>\n<footer><p>Made with Cohesion. Illustrative ties are marked as such in the data; partisan sources are flagged ⚑.</p></footer>\n"
        out += "<script>\(Self.script)</script>\n</body>\n</html>\n"
        return out
    }

    private func e(_ text: String) -> String { HTMLEscaping.escaped(text) }

    private func render(_ block: ReportBlock, level: Int, counter: inout Int, into out: inout String) {
        switch block {
        case .paragraph(let text):
            out += "<p>\(e(text))</p>\n"
        case .facts(let facts):
            out += "<dl class=\"facts\">"
            for fact in facts { out += "<div><dt>\(e(fact.label))</dt><dd>\(e(fact.value))</dd></div>" }
            out += "</dl>\n"
        case .diagram(let svg, let caption):
            out += "<figure class=\"diagram\">\(HTMLEscaping.inlineSVG(svg))<figcaption>\(e(caption))</figcaption></figure>\n"
        case .table(let table):
            counter += 1
            renderTable(table, id: "t\(counter)", into: &out)
        case .heatMap(let map):
            renderHeatMap(map, into: &out)
        case .lineChart(let chart):
            renderChart(chart, into: &out)
        case .sources(let network):
            renderSources(network, into: &out)
        case .group(let title, let blocks):
            let h = min(level, 6)
            out += "<div class=\"group\"><h\(h)>\(e(title))</h\(h)>\n"
            for inner in blocks { render(inner, level: level + 1, counter: &counter, into: &out) }
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
        out += "<div class=\"scroll\"><table id=\"\(id)\" class=\"sortable\"><caption>\(e(block.caption))</caption><thead><tr>"
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
                    out += "<td class=\"num\" data-value=\"\(n.isNaN ? "" : String(n))\">\(e(cell.shortText))</td>"
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
        out += "<div class=\"scroll\"><table class=\"heatmap\"><caption>\(e(map.caption))</caption><thead><tr><td></td>"
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
                out += "<td class=\"num\" style=\"background:hsl(212,70%,\(Int(lightness))%);color:\(ink)\">\(e(MeasureCell.number(v).shortText))</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div>\n"
    }

    private func renderChart(_ chart: LineChart, into out: inout String) {
        let width = 560.0, height = 220.0, left = 48.0, right = 130.0, top = 14.0, bottom = 28.0
        let finite = chart.series.flatMap(\.values).filter { $0.isFinite }
        var lo = finite.min() ?? 0, hi = finite.max() ?? 1
        if lo == hi { lo -= 1; hi += 1 }
        let n = max(chart.xLabels.count, 2)
        func x(_ i: Int) -> Double { left + (width - left - right) * Double(i) / Double(n - 1) }
        func y(_ v: Double) -> Double { top + (height - top - bottom) * (1 - (v - lo) / (hi - lo)) }
        let palette = ["#1f5fa8", "#b3461b", "#2e7d32", "#6a3d9a", "#8a6d00", "#00707a"]
        out += "<figure class=\"chart\"><svg role=\"img\" aria-label=\"\(e(chart.caption))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">"
        out += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - right)\" y2=\"\(height - bottom)\" stroke=\"#555\"/>"
        out += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(height - bottom)\" stroke=\"#555\"/>"
        out += "<text x=\"\(left - 4)\" y=\"\(top + 4)\" text-anchor=\"end\">\(e(MeasureCell.number(hi).shortText))</text>"
        out += "<text x=\"\(left - 4)\" y=\"\(height - bottom)\" text-anchor=\"end\">\(e(MeasureCell.number(lo).shortText))</text>"
        let step = max(1, chart.xLabels.count / 8)
        for (i, label) in chart.xLabels.enumerated() where i % step == 0 || i == chart.xLabels.count - 1 {
            out += "<text x=\"\(x(i))\" y=\"\(height - 8)\" text-anchor=\"middle\">\(e(label))</text>"
        }
        for (s, series) in chart.series.enumerated() {
            let colour = palette[s % palette.count]
            var path = ""
            var pen = false
            for (i, v) in series.values.enumerated() {
                guard v.isFinite else { pen = false; continue }
                path += (pen ? " L" : " M") + "\(x(i)),\(y(v))"
                pen = true
            }
            out += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            out += "<text x=\"\(width - right + 8)\" y=\"\(top + 14 + Double(s) * 16)\" fill=\"\(colour)\">\(e(series.name))</text>"
        }
        out += "</svg><figcaption>\(e(chart.caption))</figcaption>"
        out += "<details><summary>Data</summary><table><thead><tr><th scope=\"col\">series</th>"
        for label in chart.xLabels { out += "<th scope=\"col\">\(e(label))</th>" }
        out += "</tr></thead><tbody>"
        for series in chart.series {
            out += "<tr><th scope=\"row\">\(e(series.name))</th>"
            for v in series.values { out += "<td class=\"num\">\(e(v.isFinite ? MeasureCell.number(v).shortText : ""))</td>" }
            out += "</tr>"
        }
        out += "</tbody></table></details></figure>\n"
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
