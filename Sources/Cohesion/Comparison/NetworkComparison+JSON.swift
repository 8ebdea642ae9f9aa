/// The JSON value of a comparison (`cohesion compare --format json`) and of an evolution
/// (`cohesion evolution --format json`).
extension NetworkComparison {
    /// The comparison as JSON: `by`, `sectorAttribute` and one object per network with its
    /// counts, profile, coalitions, E-I indices, brokerage by group, mixing matrix and top
    /// brokers.
    ///
    /// - Parameters:
    ///   - alignment: the attribute the brokerage and mixing groups were formed by (``ComparisonOptions/alignment``).
    ///   - sectorAttribute: the attribute of the E-I index (``ComparisonOptions/sectorAttribute``).
    ///   - stability: per network, how alike its coalitions are to the previous network's (evolution).
    ///   - series: rows with one number per network, written under `series` (evolution).
    /// - Complexity: O(total size of the profiles).
    public func jsonValue(alignment: String, sectorAttribute: String, stability: [PartitionComparison?] = [],
                          series: [(id: String, cells: [MeasureCell])] = []) -> JSONValue {
        var networks: [JSONValue] = []
        for (k, p) in profiles.enumerated() {
            var fields: [(String, JSONValue)] = [
                ("network", .string(p.name)), ("stakeholders", .integer(p.stakeholderCount)), ("ties", .integer(p.tieCount)),
                ("tiesByLayer", .object(p.tiesByLayer.map { ($0.layer, .integer($0.count)) })),
                ("density", .number(p.profile.density)), ("reciprocity", .number(p.profile.reciprocity)),
                ("weakComponents", .integer(p.profile.weakComponentCount)),
                ("degreeCentralization", .number(p.profile.degreeCentralization)),
                ("betweennessCentralization", .number(p.profile.betweennessCentralization)),
                ("coalitionCount", .integer(p.coalitions.count)), ("modularity", .number(p.coalitions.modularity)),
                ("coalitions", .array(p.coalitions.assignment.members.map { m in
                    .array(m.map { .string(p.mixing.labels.isEmpty ? String($0) : Self.nodeId(p, $0)) })
                })),
            ]
            if k < stability.count, let s = stability[k] { fields.append(("coalitionStability", s.jsonValue)) }
            fields.append(("eiIndex", .number(p.eiIndex.value)))
            fields.append(("eiBy\(Self.capitalised(sectorAttribute))", .object(p.eiIndex.groups.map { ($0.label, .number($0.value)) })))
            fields.append(("brokerageBy\(Self.capitalised(alignment))", .object(p.brokerageByGroup.sorted { $0.key < $1.key }.map { key, s in
                (key, .object(BrokerageRole.allCases.map { ($0.description, .number(s[$0])) }
                              + [("betweenGroups", .number(s.betweenGroups)), ("total", .number(s.total))]))
            })))
            fields.append(("mixing", .object([
                ("by", .string(alignment)), ("labels", .array(p.mixing.labels.map { .string($0) })),
                ("sizes", .array(p.mixing.sizes.map { .integer($0) })),
                ("ties", .array(p.mixing.ties.map { .array($0.map { .number($0) }) })),
                ("density", .array(p.mixing.density.map { .array($0.map { .number($0) }) })),
            ])))
            fields.append(("topBetweenness", .array(p.topBetweenness.map {
                .object([("id", .string($0.id)), ("name", .string($0.name)), (alignment, .string($0.group)),
                         ("betweenness", .number($0.betweenness))])
            })))
            let values: [(String, JSONValue)] = series.compactMap { row in
                guard k < row.cells.count, case .number(let value) = row.cells[k] else { return nil }
                return (row.id, .number(value))
            }
            if !values.isEmpty { fields.append(("series", .object(values))) }
            networks.append(.object(fields))
        }
        return .object([("by", .string(alignment)), ("sectorAttribute", .string(sectorAttribute)), ("networks", .array(networks))])
    }

    private static func nodeId(_ p: NetworkComparisonProfile, _ node: Int) -> String {
        p.nodeIds.indices.contains(node) ? p.nodeIds[node] : String(node)
    }

    private static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

extension NetworkEvolution {
    /// Each year's coalitions compared with the previous year's, nil for the first year.
    public var stabilityByYear: [PartitionComparison?] { [nil] + coalitionStability.map { Optional($0) } }

    /// The years side by side: the comparison table (one column per year) with the
    /// coalition-stability rows and the stakeholder series (``seriesRows``) added.
    ///
    /// - Complexity: O(total size of the profiles).
    public func table(compact: Bool, sectorAttribute: String = "sector") -> MeasureTable {
        var table = comparison.table(compact: compact, sectorAttribute: sectorAttribute, stability: stabilityByYear)
        for row in seriesRows { table.append(id: row.id, row.cells) }
        return table
    }

    /// The evolution as JSON: ``NetworkComparison/jsonValue(alignment:sectorAttribute:stability:series:)``
    /// of the years, with each year's coalition stability and series.
    ///
    /// - Complexity: O(total size of the profiles).
    public func jsonValue(alignment: String, sectorAttribute: String) -> JSONValue {
        comparison.jsonValue(alignment: alignment, sectorAttribute: sectorAttribute, stability: stabilityByYear, series: seriesRows)
    }
}
