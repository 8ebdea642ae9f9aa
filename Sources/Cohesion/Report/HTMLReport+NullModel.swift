extension HTMLReport {
    /// Draws a ``NullDistributionChart``: one row per statistic, one small histogram per
    /// network (inline SVG, no script), the observed value as a red line, and its percentile
    /// and z beside. Each figure carries the exact values in `data-` attributes.
    func renderNullDistributions(_ chart: NullDistributionChart, into out: inout String) {
        let columns = max(chart.networks.count, 1)
        out += "<div class=\"nulls\"><p class=\"nulls-caption\">\(e(chart.caption))</p>"
        out += "<div class=\"null-grid\" style=\"grid-template-columns:minmax(7rem,auto) repeat(\(columns),minmax(0,1fr))\">"
        out += "<div class=\"null-head\"></div>"
        for name in chart.networks { out += "<div class=\"null-head\">\(e(name))</div>" }
        for row in chart.rows {
            out += "<div class=\"null-stat\">\(e(row.statistic))</div>"
            for name in chart.networks {
                guard let cell = row.cells.first(where: { $0.network == name }) else {
                    out += "<div class=\"null-cell\"></div>"
                    continue
                }
                renderNullHistogram(cell, statistic: row.statistic, into: &out)
            }
        }
        out += "</div></div>\n"
    }

    /// The bins of a null distribution: integer-valued statistics over a short range get one
    /// bin per integer, others 20 bins over nice ticks that cover the values and the observed one.
    static func nullBins(_ values: [Double], observed: Double) -> (ticks: [Double], edges: [Double], counts: [Int]) {
        var finite = values.filter(\.isFinite)
        let all = observed.isFinite ? finite + [observed] : finite
        guard let lo = all.min(), let hi = all.max() else { return ([], [], []) }
        let integers = all.allSatisfy { $0 == $0.rounded() && abs($0) < 1e9 }
        var edges: [Double]
        var ticks: [Double]
        if integers, hi - lo <= 40 {
            edges = stride(from: lo - 0.5, through: hi + 0.5, by: 1).map { $0 }
            ticks = niceTicks(low: lo, high: hi, count: 4).filter { $0 >= lo - 0.5 && $0 <= hi + 0.5 && $0 == $0.rounded() }
            if ticks.isEmpty { ticks = [lo] }
        } else {
            ticks = niceTicks(low: lo, high: hi, count: 4)
            guard let first = ticks.first, let last = ticks.last, last > first else { return ([], [], []) }
            edges = (0...20).map { first + (last - first) * Double($0) / 20 }
        }
        var counts = [Int](repeating: 0, count: max(edges.count - 1, 0))
        finite.sort()
        var b = 0
        for v in finite where !counts.isEmpty {
            while b < counts.count - 1, v >= edges[b + 1] { b += 1 }
            counts[b] += 1
        }
        return (ticks, edges, counts)
    }

    private func renderNullHistogram(_ cell: NullDistributionChart.Cell, statistic: String, into out: inout String) {
        let width = 240.0, height = 92.0, left = 18.0, right = 18.0, top = 14.0, bottom = 22.0
        let test = cell.test, nullValues = cell.definedNullValues
        let (ticks, edges, counts) = Self.nullBins(nullValues, observed: test.observed)
        let short = { (x: Double) in x.isNaN ? "–" : MeasureCell.number(x).shortText }
        let summary = "observed \(short(test.observed)), percentile \(short(test.percentile)), z \(short(test.z))"
        let label = "\(cell.network), \(statistic): the null distribution of \(nullValues.count) random graphs; \(summary)"
        out += "<figure class=\"null-cell\" data-network=\"\(e(cell.network))\" data-statistic=\"\(e(statistic))\""
        out += " data-observed=\"\(Self.exact(test.observed))\" data-percentile=\"\(Self.exact(test.percentile))\" data-z=\"\(Self.exact(test.z))\">"
        out += "<svg class=\"null-hist\" role=\"img\" aria-label=\"\(e(label))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\"><title>\(e(label))</title>"
        if let lo = edges.first, let hi = edges.last, hi > lo, let most = counts.max(), most > 0 {
            let plot = width - left - right, base = height - bottom
            func x(_ v: Double) -> Double { left + plot * (v - lo) / (hi - lo) }
            for (k, count) in counts.enumerated() where count > 0 {
                let h = (base - top) * Double(count) / Double(most)
                let x0 = x(edges[k]), x1 = x(edges[k + 1])
                out += "<rect class=\"null-bar\" x=\"\(Self.coordinate(x0 + 0.5))\" y=\"\(Self.coordinate(base - h))\" width=\"\(Self.coordinate(max(x1 - x0 - 1, 0.8)))\" height=\"\(Self.coordinate(h))\">"
                out += "<title>\(count) of \(nullValues.count) between \(e(short(edges[k]))) and \(e(short(edges[k + 1])))</title></rect>"
            }
            out += "<line x1=\"\(Self.coordinate(left))\" y1=\"\(Self.coordinate(base))\" x2=\"\(Self.coordinate(width - right))\" y2=\"\(Self.coordinate(base))\" stroke=\"#555\"/>"
            let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
            for tick in ticks where tick >= lo && tick <= hi {
                let tx = Self.coordinate(x(tick))
                out += "<line x1=\"\(tx)\" y1=\"\(Self.coordinate(base))\" x2=\"\(tx)\" y2=\"\(Self.coordinate(base + 3))\" stroke=\"#555\"/>"
                out += "<text x=\"\(tx)\" y=\"\(Self.coordinate(height - 8))\" text-anchor=\"middle\">\(e(Self.tickLabel(tick, step: step)))</text>"
            }
            if test.observed.isFinite {
                let ox = Self.coordinate(x(test.observed))
                out += "<line class=\"null-observed\" x1=\"\(ox)\" y1=\"\(Self.coordinate(top - 4))\" x2=\"\(ox)\" y2=\"\(Self.coordinate(base))\" stroke=\"#c62828\" stroke-width=\"2.5\"/>"
                let anchor = x(test.observed) > width * 0.7 ? "end" : x(test.observed) < width * 0.3 ? "start" : "middle"
                out += "<text x=\"\(ox)\" y=\"\(Self.coordinate(top - 5))\" text-anchor=\"\(anchor)\" fill=\"#a31515\">observed</text>"
            }
        } else {
            out += "<text x=\"\(Self.coordinate(width / 2))\" y=\"\(Self.coordinate(height / 2))\" text-anchor=\"middle\">no defined values</text>"
        }
        out += "</svg><figcaption class=\"null-values\">observed <b>\(e(short(test.observed)))</b> · percentile <b>\(e(short(test.percentile)))</b> · z <b>\(e(short(test.z)))</b></figcaption></figure>"
    }

    /// A number as Swift prints it (the shortest text that reads back to the same value), empty for NaN.
    static func exact(_ value: Double) -> String { value.isNaN ? "" : String(value) }
}
