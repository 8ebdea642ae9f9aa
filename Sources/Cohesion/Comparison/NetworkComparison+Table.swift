/// The comparison as one table: a row per measure, a column per network (or year).
extension NetworkComparison {
    /// The profiles side by side: ties per layer, density, reciprocity, components,
    /// centralization, coalitions and modularity, coalition stability (for an evolution), E-I
    /// overall and by sector, brokerage by aligned group, tie density by group, and the top
    /// stakeholders by betweenness.
    ///
    /// Brokerage rows are named by the Gould–Fernandez roles they sum: "between sectors"
    /// adds itinerant, representative, gatekeeper and liaison (the roles that join groups),
    /// "within one sector" is the coordinator role (a two-path inside one group). Compact
    /// tables, for reading, give the between-sector sum as `sum (top role count)` and the
    /// coordinator count, and only the density inside each group; full tables, for CSV, give
    /// every role, the between-sector sum, the sum of all five roles, and every pair of groups,
    /// as numbers.
    ///
    /// ```swift
    /// let table = try NetworkComparison([lille, nantes]).table(compact: true)
    /// print(table.render(.markdown))
    /// ```
    ///
    /// - Parameters:
    ///   - compact: a table for reading rather than for further processing.
    ///   - sectorAttribute: the name the E-I rows give the grouping they were computed by.
    ///   - stability: for an evolution, how alike each column's coalitions are to the previous
    ///     column's (nil for the first).
    /// - Complexity: O(networks × groups²).
    public func table(compact: Bool, sectorAttribute: String = "sector", stability: [PartitionComparison?] = []) -> MeasureTable {
        let comparison = self
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
        // Brokerage by the Gould–Fernandez roles each row sums: between sectors (every role but
        // coordinator) and inside one sector (coordinator), never the two under one name.
        let between = BrokerageAggregate.betweenGroups, within = BrokerageAggregate.withinGroup
        for kind in comparison.groupLabels {
            if compact {
                row("brokerage between \(sectorAttribute)s (\(between.rolesLabel)): \(kind)") { p in
                    guard let s = p.brokerageByGroup[kind] else { return .missing }
                    guard s.betweenGroups > 0 else { return .text("0") }
                    let top = between.roles.max { s[$0] < s[$1] } ?? .liaison
                    return .text("\(Int(s.betweenGroups)) (\(top) \(Int(s[top])))")
                }
                row("brokerage within one \(sectorAttribute) (\(within.rolesLabel)): \(kind)") { p in
                    p.brokerageByGroup[kind].map { .integer(Int($0.withinGroup)) } ?? .missing
                }
            } else {
                for role in BrokerageRole.allCases {
                    row("brokerage: \(kind): \(role)") { p in p.brokerageByGroup[kind].map { .number($0[role]) } ?? .missing }
                }
                row("brokerage between \(sectorAttribute)s (\(between.rolesLabel)): \(kind)") { p in
                    p.brokerageByGroup[kind].map { .number($0.betweenGroups) } ?? .missing
                }
                row("brokerage: \(kind): all roles (\(BrokerageAggregate.allRoles.rolesLabel))") { p in
                    p.brokerageByGroup[kind].map { .number($0.total) } ?? .missing
                }
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
                return .text(compact ? "\(s.id) (\(s.group)) \(MeasureCell.number(s.betweenness).fourDecimals)" : s.id)
            }
            if !compact { row("betweenness #\(k + 1) value") { p in k < p.topBetweenness.count ? .number(p.topBetweenness[k].betweenness) : .missing } }
        }
        return table
    }
}

extension MeasureCell {
    /// Four decimals, for a terminal cell.
    var fourDecimals: String {
        guard case .number(let d) = self, d.isFinite else { return "NaN" }
        let scaled = (abs(d) * 10_000).rounded()
        var digits = String(Int(scaled))
        while digits.count <= 4 { digits = "0" + digits }
        digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -4))
        return (d < 0 && scaled > 0 ? "-" : "") + digits
    }
}
