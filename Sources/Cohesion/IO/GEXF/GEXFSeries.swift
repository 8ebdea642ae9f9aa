extension GEXFWriter {
    /// Declares one dynamic `double` node attribute per series attribute (ids `s0`, `s1`…)
    /// and returns the id of each attribute name; writes nothing when there are no series.
    static func appendSeriesDeclarations(_ network: Network, to out: inout [UInt8]) -> [String: String] {
        let names = network.seriesAttributes
        guard !names.isEmpty else { return [:] }
        var ids: [String: String] = [:]
        out.append(contentsOf: "    <attributes class=\"node\" mode=\"dynamic\">\n".utf8)
        for (k, name) in names.enumerated() {
            ids[name] = "s\(k)"
            out.append(contentsOf: "      <attribute id=\"s\(k)\" title=\"".utf8)
            XMLEscaping.append(name, to: &out)
            out.append(contentsOf: "\" type=\"double\"/>\n".utf8)
        }
        out.append(contentsOf: "    </attributes>\n".utf8)
        return ids
    }

    /// The dynamic `attvalue` lines of one stakeholder: one per series point, spanning its year.
    static func seriesValues(_ network: Network, stakeholder: String, keys: [String: String]) -> [UInt8] {
        var out: [UInt8] = []
        for series in network.series where series.stakeholder == stakeholder {
            guard let id = keys[series.attribute] else { continue }
            for point in series.points where point.value.isFinite {
                out.append(contentsOf: "          <attvalue for=\"\(id)\" value=\"\(GraphMLWriter.numberText(point.value))\"".utf8)
                out.append(contentsOf: " start=\"\(yearText(point.year))-01-01\" end=\"\(yearText(point.year))-12-31\"/>\n".utf8)
            }
        }
        return out
    }
}
