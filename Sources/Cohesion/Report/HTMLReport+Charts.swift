#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension HTMLReport {
    /// Tick values for an axis from `low` to `high`: about `count` steps of 1, 2 or 5 times a
    /// power of ten (Heckbert's "nice numbers"), covering both ends.
    ///
    /// - Complexity: O(number of ticks).
    static func niceTicks(low: Double, high: Double, count: Int = 5) -> [Double] {
        guard low.isFinite, high.isFinite else { return [] }
        var lo = low, hi = high
        if lo == hi { lo -= lo == 0 ? 1 : abs(lo) * 0.1; hi += hi == 0 ? 1 : abs(hi) * 0.1 }
        let rough = (hi - lo) / Double(max(count, 1))
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let residual = rough / magnitude
        let step = (residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10) * magnitude
        let first = (lo / step).rounded(.down) * step
        let last = (hi / step).rounded(.up) * step
        var ticks: [Double] = []
        var k = 0.0
        while first + k * step <= last + step * 1e-9, ticks.count < 50 {
            let v = first + k * step
            ticks.append(abs(v) < step * 1e-9 ? 0 : v)
            k += 1
        }
        return ticks
    }

    /// A tick label: as many decimals as the step needs, no exponent.
    static func tickLabel(_ value: Double, step: Double) -> String {
        let decimals = step >= 1 ? 0 : min(6, Int((-log10(step)).rounded(.up)))
        return NumberText.fixed(value, decimals: decimals)
    }

    func renderChart(_ chart: LineChart, into out: inout String) {
        let finite = chart.series.flatMap(\.values).filter { $0.isFinite }
        var lo = finite.min() ?? 0, hi = finite.max() ?? 1
        if chart.zeroBased { lo = min(0, lo); hi = max(0, hi) }
        let ticks = Self.niceTicks(low: lo, high: hi)
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        lo = ticks.first ?? lo
        hi = ticks.last ?? hi
        if hi <= lo { hi = lo + 1 }
        let tickLabels = ticks.map { Self.tickLabel($0, step: step) }
        // Margins sized to what they hold, so no label is clipped.
        let charWidth = 6.6
        let left = 12 + charWidth * Double(tickLabels.map(\.count).max() ?? 1)
        let legendWidth = 16 + charWidth * Double(chart.series.map(\.name.count).max() ?? 0)
        let width = 560.0, height = 230.0, top = 12.0, bottom = 30.0
        let right = min(220, max(16, legendWidth))
        let plotWidth = width - left - right
        let n = max(chart.xLabels.count, 2)
        func x(_ i: Int) -> Double { left + plotWidth * Double(i) / Double(n - 1) }
        func y(_ v: Double) -> Double { top + (height - top - bottom) * (1 - (v - lo) / (hi - lo)) }
        let palette = ["#1f5fa8", "#b3461b", "#2e7d32", "#6a3d9a", "#8a6d00", "#00707a"]
        let dashes = ["", "6 3", "2 2", "8 3 2 3", "1 3", "4 2"]
        out += "<figure class=\"chart\"><svg role=\"img\" aria-label=\"\(e(chart.caption))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">"
        for (k, tick) in ticks.enumerated() {
            let ty = Self.coordinate(y(tick))
            out += "<line x1=\"\(Self.coordinate(left))\" y1=\"\(ty)\" x2=\"\(Self.coordinate(width - right))\" y2=\"\(ty)\" stroke=\"\(k == 0 ? "#555" : "#e2e2e2")\"/>"
            out += "<text x=\"\(Self.coordinate(left - 5))\" y=\"\(Self.coordinate(y(tick) + 4))\" text-anchor=\"end\">\(e(tickLabels[k]))</text>"
        }
        out += "<line x1=\"\(Self.coordinate(left))\" y1=\"\(top)\" x2=\"\(Self.coordinate(left))\" y2=\"\(height - bottom)\" stroke=\"#555\"/>"
        // Thin the year labels so that neighbours never overlap (about 34 points per label).
        let widest = Double(chart.xLabels.map(\.count).max() ?? 4) * charWidth + 8
        let fit = max(1, Int(plotWidth / widest))
        let every = max(1, Int((Double(chart.xLabels.count) / Double(fit)).rounded(.up)))
        for (i, label) in chart.xLabels.enumerated() where i % every == 0 {
            out += "<line x1=\"\(Self.coordinate(x(i)))\" y1=\"\(height - bottom)\" x2=\"\(Self.coordinate(x(i)))\" y2=\"\(height - bottom + 4)\" stroke=\"#555\"/>"
            out += "<text x=\"\(Self.coordinate(x(i)))\" y=\"\(height - 10)\" text-anchor=\"middle\">\(e(label))</text>"
        }
        for (s, series) in chart.series.enumerated() {
            let colour = palette[s % palette.count]
            var path = ""
            var pen = false
            for (i, v) in series.values.enumerated() {
                guard v.isFinite else { pen = false; continue }
                path += (pen ? " L" : " M") + "\(Self.coordinate(x(i))),\(Self.coordinate(y(v)))"
                pen = true
            }
            let dash = dashes[s % dashes.count]
            out += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")>"
            out += "<title>\(e(series.name))</title></path>"
            for (i, v) in series.values.enumerated() where v.isFinite {
                out += "<circle cx=\"\(Self.coordinate(x(i)))\" cy=\"\(Self.coordinate(y(v)))\" r=\"2.5\" fill=\"\(colour)\"><title>\(e(series.name)), \(e(chart.xLabels.indices.contains(i) ? chart.xLabels[i] : "")): \(e(String(v)))</title></circle>"
            }
            out += "<text x=\"\(Self.coordinate(width - right + 8))\" y=\"\(Self.coordinate(top + 12 + Double(s) * 16))\" fill=\"\(colour)\">\(e(series.name))</text>"
        }
        out += "</svg><figcaption>\(e(chart.caption))\(chart.zeroBased ? "" : " (axis not from zero)")</figcaption>"
        out += "<details><summary>Data</summary><div class=\"scroll\"><table><thead><tr><th scope=\"col\">series</th>"
        for label in chart.xLabels { out += "<th scope=\"col\" class=\"num\">\(e(label))</th>" }
        out += "</tr></thead><tbody>"
        for series in chart.series {
            out += "<tr><th scope=\"row\">\(e(series.name))</th>"
            for v in series.values {
                out += v.isFinite ? "<td class=\"num\" title=\"\(e(String(v)))\">\(e(MeasureCell.number(v).shortText))</td>" : "<td class=\"num\"></td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div></details></figure>\n"
    }
}
