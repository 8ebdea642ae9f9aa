import Yams

extension NativeDecoder {
    /// Reads the top-level `series:` list: per stakeholder attribute, dated points with their
    /// citations (see ``StakeholderSeries``).
    mutating func readSeries(_ node: Node, into network: inout Network) {
        guard let list = items(node, "'series'") else { return }
        for item in list {
            guard let pairs = members(item, "a series", allowed: ["stakeholder", "attribute", "unit", "note", "points"]) else { continue }
            var locations: [String: TextLocation] = ["": location(item)].compactMapValues { $0 }
            var result = StakeholderSeries(stakeholder: "", attribute: "")
            var hasStakeholder = false, hasAttribute = false
            for (key, keyNode, value) in pairs {
                locations[key] = location(value) ?? location(keyNode)
                switch key {
                case "stakeholder": if let s = string(value, key) { result.stakeholder = s; hasStakeholder = true }
                case "attribute": if let s = string(value, key) { result.attribute = s; hasAttribute = true }
                case "unit": result.unit = string(value, key)
                case "note": result.note = string(value, key)
                default:
                    guard let points = items(value, "'points'") else { continue }
                    for (k, p) in points.enumerated() {
                        locations["points.\(k)"] = location(p)
                        if let point = seriesPoint(p) { result.points.append(point) }
                    }
                }
            }
            guard hasStakeholder, hasAttribute else { error("a series needs a 'stakeholder' and an 'attribute'", item); continue }
            network.series.append(result)
            map.series.append(locations)
        }
    }

    mutating func seriesPoint(_ node: Node) -> StakeholderSeries.Point? {
        guard let pairs = members(node, "a series point", allowed: ["year", "value", "citations", "note"]) else { return nil }
        var year: Int?, value: Double?, citations: [String] = [], note: String?
        for (key, _, v) in pairs {
            switch key {
            case "year": year = integer(v, key)
            case "value": value = number(v, key)
            case "citations": citations = stringList(v, key)
            default: note = string(v, key)
            }
        }
        guard let year, let value else { error("a series point needs a 'year' and a 'value'", node); return nil }
        return StakeholderSeries.Point(year: year, value: value, citations: citations, note: note)
    }
}

extension Network {
    /// The `series:` list as the native document tree.
    var seriesDocument: JSONValue {
        .array(series.map { s in
            var o: [(String, JSONValue)] = [("stakeholder", .string(s.stakeholder)), ("attribute", .string(s.attribute))]
            o.appendIfPresent("unit", s.unit.map(JSONValue.string))
            o.appendIfPresent("note", s.note.map(JSONValue.string))
            o.append(("points", .array(s.points.map { p in
                var q: [(String, JSONValue)] = [("year", .integer(p.year)), ("value", .number(p.value))]
                if !p.citations.isEmpty { q.append(("citations", .array(p.citations.map(JSONValue.string)))) }
                q.appendIfPresent("note", p.note.map(JSONValue.string))
                return .object(q)
            })))
            return .object(o)
        })
    }

    /// Checks the series: a known stakeholder, one series per stakeholder attribute, at least
    /// one point, years ascending without repeats, finite values, declared citations.
    func validateSeries(map: SourceMap, stakeholderIDs: Set<String>, sourceIDs: Set<String>, cited: inout Set<String>) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func report(_ message: String, _ index: Int, _ field: String = "") {
            found.append(Diagnostic(.error, message, file: map.file, location: map.location(map.series, index, field)))
        }
        var seen = Set<String>()
        for (i, s) in series.enumerated() {
            if !stakeholderIDs.contains(s.stakeholder) {
                report("series names unknown stakeholder '\(s.stakeholder)'", i, "stakeholder")
            }
            if s.attribute.isEmpty { report("series attribute is empty", i, "attribute") }
            if !seen.insert(s.stakeholder + "\u{0}" + s.attribute).inserted {
                report("duplicate series '\(s.attribute)' for stakeholder '\(s.stakeholder)'", i, "attribute")
            }
            if s.points.isEmpty { report("series '\(s.attribute)' of '\(s.stakeholder)' has no points", i, "points") }
            var previous: Int?
            for (k, p) in s.points.enumerated() {
                if let previous, p.year <= previous {
                    report("series '\(s.attribute)' of '\(s.stakeholder)': year \(p.year) does not come after \(previous) (one point per year, ascending)", i, "points.\(k)")
                }
                previous = p.year
                if !p.value.isFinite { report("series '\(s.attribute)' of '\(s.stakeholder)': value for \(p.year) is not finite", i, "points.\(k)") }
                for id in p.citations {
                    cited.insert(id)
                    if !sourceIDs.contains(id) { report("citation of undeclared source '\(id)'", i, "points.\(k)") }
                }
            }
        }
        return found
    }
}
