import Cohesion

/// Writes a ``NetworkComparison`` (cities side by side, or years) as a table a person reads at
/// a glance — one row per measure, one column per network — or as CSV and JSON.
struct ComparisonRendering {
    var comparison: NetworkComparison
    var alignment: String
    var sectorAttribute: String
    /// For evolution: how alike each column's coalitions are to the previous column's.
    var stability: [PartitionComparison?] = []
    /// For evolution: stakeholder series (places, coverage…), one cell per column.
    var extraRows: [(id: String, cells: [MeasureCell])] = []

    func render(_ format: TableFormat) -> String {
        switch format {
        case .json: json().text(pretty: true) + "\n"
        case .csv: table(compact: false).render(.csv)
        case .table, .markdown:
            table(compact: true).render(format) + mixingBlocks(format)
        }
    }

    func table(compact: Bool) -> MeasureTable {
        var table = comparison.table(compact: compact, sectorAttribute: sectorAttribute, stability: stability)
        for row in extraRows { table.append(id: row.id, row.cells) }
        return table
    }

    /// One block per network: block densities between the \(alignment) groups it has.
    func mixingBlocks(_ format: TableFormat) -> String {
        var out = ""
        for p in comparison.profiles {
            let present = p.mixing.labels.enumerated().filter { p.mixing.sizes[$0.offset] > 0 }
            guard present.count <= 12 else {
                out += "\n\(p.name): \(present.count) groups by \(alignment); for the density matrix use --by sector (or level), or --format json or csv.\n"
                continue
            }
            out += "\nTie density by \(alignment) (row → column) — \(p.name)\n"
            if format == .markdown { out += "\n" }
            var t = MeasureTable(columns: present.map(\.element), idColumn: alignment, rowsKey: "rows")
            let density = p.mixing.density
            for (i, label) in present {
                t.append(id: label, present.map { j, _ in density[i][j].isNaN ? .missing : .number(density[i][j]) })
            }
            out += t.render(format)
        }
        return out
    }

    func json() -> JSONValue {
        var networks: [JSONValue] = []
        for (k, p) in comparison.profiles.enumerated() {
            var fields: [(String, JSONValue)] = [
                ("network", .string(p.name)), ("stakeholders", .integer(p.stakeholderCount)), ("ties", .integer(p.tieCount)),
                ("tiesByLayer", .object(p.tiesByLayer.map { ($0.layer, .integer($0.count)) })),
                ("density", .number(p.profile.density)), ("reciprocity", .number(p.profile.reciprocity)),
                ("weakComponents", .integer(p.profile.weakComponentCount)),
                ("degreeCentralization", .number(p.profile.degreeCentralization)),
                ("betweennessCentralization", .number(p.profile.betweennessCentralization)),
                ("coalitionCount", .integer(p.coalitions.count)), ("modularity", .number(p.coalitions.modularity)),
                ("coalitions", .array(p.coalitions.assignment.members.map { m in .array(m.map { .string(p.mixing.labels.isEmpty ? String($0) : nodeId(p, $0)) }) })),
            ]
            if k < stability.count, let s = stability[k] {
                fields.append(("coalitionStability", .object([("normalizedMutualInformation", .number(s.normalizedMutualInformation)),
                                                              ("adjustedRandIndex", .number(s.adjustedRandIndex))])))
            }
            fields.append(("eiIndex", .number(p.eiIndex.value)))
            fields.append(("eiBy\(capitalised(sectorAttribute))", .object(p.eiIndex.groups.map { ($0.label, .number($0.value)) })))
            fields.append(("brokerageBy\(capitalised(alignment))", .object(p.brokerageByGroup.sorted { $0.key < $1.key }.map { key, s in
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
            let series: [(String, JSONValue)] = extraRows.compactMap { row in
                guard k < row.cells.count, case .number(let value) = row.cells[k] else { return nil }
                return (row.id, .number(value))
            }
            if !series.isEmpty { fields.append(("series", .object(series))) }
            networks.append(.object(fields))
        }
        return .object([("by", .string(alignment)), ("sectorAttribute", .string(sectorAttribute)), ("networks", .array(networks))])
    }

    private func nodeId(_ p: NetworkComparisonProfile, _ node: Int) -> String { p.nodeIds.indices.contains(node) ? p.nodeIds[node] : String(node) }

    private func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
