/// The values of a ``NetworkProfile`` as `cohesion profile` writes them.
extension NetworkProfile {
    /// The profile's values in a fixed order, by lowerCamelCase name (the JSON keys); values
    /// that do not apply (weighted paths of an unweighted graph) are missing.
    ///
    /// - Complexity: O(1).
    public var entries: [(name: String, value: MeasureCell)] {
        func optional(_ x: Double?) -> MeasureCell { x.map { .number($0) } ?? .missing }
        return [
            ("nodeCount", .integer(nodeCount)), ("edgeCount", .integer(edgeCount)),
            ("directed", .text(isDirected ? "yes" : "no")), ("isolateCount", .integer(isolateCount)),
            ("density", .number(density)), ("reciprocity", .number(reciprocity)),
            ("transitivity", .number(transitivity)), ("averageClustering", .number(averageClustering)),
            ("weakComponentCount", .integer(weakComponentCount)), ("strongComponentCount", .integer(strongComponentCount)),
            ("diameter", .number(diameter)), ("averagePathLength", .number(averagePathLength)),
            ("reachablePairs", .integer(reachablePairs)),
            ("largestComponentSize", .integer(largestComponentSize)),
            ("componentDiameter", .number(componentDiameter)),
            ("componentAveragePathLength", .number(componentAveragePathLength)),
            ("weightedDiameter", optional(weightedDiameter)), ("weightedAveragePathLength", optional(weightedAveragePathLength)),
            ("componentWeightedDiameter", optional(componentWeightedDiameter)),
            ("componentWeightedAveragePathLength", optional(componentWeightedAveragePathLength)),
            ("degreeCentralization", .number(degreeCentralization)),
            ("inDegreeCentralization", optional(inDegreeCentralization)),
            ("outDegreeCentralization", optional(outDegreeCentralization)),
            ("betweennessCentralization", .number(betweennessCentralization)),
            ("closenessCentralization", .number(closenessCentralization)),
            ("weakComponentClosenessCentralization", .number(weakComponentClosenessCentralization)),
        ]
    }

    /// One row per named profile (keyed `network` under `networks`): every entry, then
    /// `closenessCentralizationNote`, the reason closeness centralization is NaN when it is.
    ///
    /// - Complexity: O(profiles).
    public static func table(_ profiles: [(name: String, profile: NetworkProfile)]) -> MeasureTable {
        let names = (profiles.first?.profile.entries.map(\.name) ?? []) + ["closenessCentralizationNote"]
        var table = MeasureTable(columns: names, idColumn: "network", rowsKey: "networks")
        for (name, profile) in profiles {
            let note = profile.closenessCentralizationUndefinedReason.map { MeasureCell.text($0) } ?? .missing
            table.append(id: name, profile.entries.map(\.value) + [note])
        }
        return table
    }

    /// The profile as one JSON object: every entry, and `closenessCentralizationNote` when
    /// closeness centralization is NaN.
    ///
    /// - Complexity: O(1).
    public var jsonValue: JSONValue {
        var fields: [(String, JSONValue)] = entries.map { ($0.name, $0.value.jsonValue) }
        if let reason = closenessCentralizationUndefinedReason { fields.append(("closenessCentralizationNote", .string(reason))) }
        return .object(fields)
    }
}
