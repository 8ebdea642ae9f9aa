import Cohesion

/// Writes a ``NetworkComparison`` (cities side by side, or years) as a table a person reads at
/// a glance — one row per measure, one column per network — or as CSV and JSON.
struct ComparisonRendering {
    var comparison: NetworkComparison
    var alignment: String
    var sectorAttribute: String
    /// For evolution: how alike each column's coalitions are to the previous column's.
    var stability: [PartitionComparison?] = []

    func render(_ format: TableFormat) -> String {
        switch format {
        case .json: json().text(pretty: true) + "\n"
        case .csv: table(compact: false).render(.csv)
        case .table, .markdown:
            table(compact: true).render(format) + mixingBlocks(format)
        }
    }

    private func number(_ x: Double) -> MeasureCell { .number(x) }

    func table(compact: Bool) -> MeasureTable {
        let profiles = comparison.profiles
        var table = MeasureTable(columns: profiles.map(\.name), idColumn: "measure", rowsKey: "measures")
        func row(_ name: String, _ cell: (NetworkComparisonProfile) -> MeasureCell) {
            table.append(id: name, profiles.map(cell))
        }
        row("stakeholders") { .integer($0.stakeholderCount) }
        row("ties") { .integer($0.tieCount) }
        for layer in comparison.layers {
            row("ties: \(layer)") { p in .integer(p.tiesByLayer.first { $0.layer == layer }?.count ?? 0) }
        }
        row("density") { .number($0.profile.density) }
        row("reciprocity") { .number($0.profile.reciprocity) }
        row("weak components") { .integer($0.profile.weakComponentCount) }
        row("degree centralization") { .number($0.profile.degreeCentralization) }
        row("betweenness centralization") { .number($0.profile.betweennessCentralization) }
        row("coalitions") { .integer($0.coalitions.count) }
        row("modularity") { .number($0.coalitions.modularity) }
        if !stability.isEmpty {
            table.append(id: "coalitions NMI vs previous", stability.map { $0.map { .number($0.normalizedMutualInformation) } ?? .missing })
            table.append(id: "coalitions ARI vs previous", stability.map { $0.map { .number($0.adjustedRandIndex) } ?? .missing })
        }
        row("E-I by \(sectorAttribute)") { .number($0.eiIndex.value) }
        for sector in comparison.sectorLabels {
            row("E-I: \(sector)") { p in p.eiIndex.groups.first { $0.label == sector }.map { .number($0.value) } ?? .missing }
        }
        for kind in comparison.groupLabels {
            if compact {
                row("brokerage: \(kind)") { p in
                    guard let s = p.brokerageByGroup[kind] else { return .missing }
                    guard s.total > 0 else { return .text("0") }
                    let top = BrokerageRole.allCases.max { s[$0] < s[$1] } ?? .liaison
                    return .text("\(Int(s.total)) (\(top) \(Int(s[top])))")
                }
            } else {
                for role in BrokerageRole.allCases {
                    row("brokerage: \(kind): \(role)") { p in p.brokerageByGroup[kind].map { .number($0[role]) } ?? .missing }
                }
                row("brokerage: \(kind): total") { p in p.brokerageByGroup[kind].map { .number($0.total) } ?? .missing }
            }
        }
        if compact {
            // Kinds with a single stakeholder anywhere have no inside density: no row.
            for kind in comparison.groupLabels {
                let cells = profiles.map { p -> MeasureCell in
                    let d = comparison.density(p, from: kind, to: kind)
                    return d.isNaN ? .missing : .number(d)
                }
                if cells.contains(where: { $0 != .missing }) { table.append(id: "density inside: \(kind)", cells) }
            }
        } else {
            for a in comparison.groupLabels {
                for b in comparison.groupLabels {
                    let cells = profiles.map { p -> MeasureCell in
                        let d = comparison.density(p, from: a, to: b)
                        return d.isNaN ? .missing : .number(d)
                    }
                    if cells.contains(where: { $0 != .missing }) { table.append(id: "density: \(a) -> \(b)", cells) }
                }
            }
        }
        let top = profiles.map(\.topBetweenness.count).max() ?? 0
        for k in 0..<top {
            row("betweenness #\(k + 1)") { p in
                guard k < p.topBetweenness.count else { return .missing }
                let s = p.topBetweenness[k]
                return .text(compact ? "\(s.id) (\(s.group)) \(MeasureCell.number(s.betweenness).short)" : s.id)
            }
            if !compact { row("betweenness #\(k + 1) value") { p in k < p.topBetweenness.count ? .number(p.topBetweenness[k].betweenness) : .missing } }
        }
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
                (key, .object(BrokerageRole.allCases.map { ($0.description, .number(s[$0])) } + [("total", .number(s.total))]))
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
            networks.append(.object(fields))
        }
        return .object([("by", .string(alignment)), ("sectorAttribute", .string(sectorAttribute)), ("networks", .array(networks))])
    }

    private func nodeId(_ p: NetworkComparisonProfile, _ node: Int) -> String { p.nodeIds.indices.contains(node) ? p.nodeIds[node] : String(node) }

    private func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}

extension MeasureCell {
    /// Four decimals for a terminal cell.
    var short: String {
        guard case .number(let d) = self, d.isFinite else { return "NaN" }
        let scaled = (abs(d) * 10_000).rounded()
        var digits = String(Int(scaled))
        while digits.count <= 4 { digits = "0" + digits }
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -4))
        return (d < 0 && scaled > 0 ? "-" : "") + digits
    }
}
