extension GouldFernandezBrokerage {
    /// The names of the role columns in sna's order, then `total`.
    static var roleColumns: [String] { BrokerageRole.allCases.map(\.description) + ["total"] }

    /// A count as a whole-number cell.
    static func countCell(_ x: Double) -> MeasureCell {
        x.isFinite && abs(x) < 0x1p62 ? .integer(Int(x)) : .number(x)
    }

    /// A score as a cell: a whole count, or a real number with partial credit.
    func scoreCell(_ x: Double) -> MeasureCell {
        partialCredit ? .number(x) : Self.countCell(x)
    }

    /// The per-stakeholder table: each node's group, its score and z-score in each role (sna's
    /// order, then the total), followed by the structural-hole measures when `holes` is given.
    ///
    /// Columns `group`, `coordinator`, `coordinatorZ`, … `total`, `totalZ`, then `constraint`,
    /// `effectiveSize`, `efficiency`, `hierarchy`; one row per node of `graph`, keyed by its label.
    /// `cohesion brokerage` writes this table.
    ///
    /// ```swift
    /// let table = brokerage.table(graph, holes: try StructuralHoles(graph))
    /// print(table.render(.markdown))
    /// ```
    ///
    /// - Complexity: O(*n*).
    public func table(_ graph: AnalysisGraph, holes: StructuralHoles? = nil) -> MeasureTable {
        var columns = ["group"]
        for role in Self.roleColumns { columns += [role, role + "Z"] }
        if holes != nil { columns += StructuralHoles.columns }
        var table = MeasureTable(columns: columns)
        for node in 0..<min(graph.nodeCount, scores.count) {
            var cells: [MeasureCell] = [.text(partition.label(ofNode: node))]
            for (x, zx) in zip(scores[node].snaOrder, zScores[node].snaOrder) { cells += [scoreCell(x), .number(zx)] }
            if let holes { cells += holes.cells(ofNode: node) }
            table.append(id: graph.label(of: node), cells)
        }
        return table
    }

    /// The network-level table: per role (sna's order, then the total) the count, the credit
    /// with partial credit, sna's expected value, standard deviation and z-score.
    ///
    /// Rows keyed `role` under `roles`; `cohesion brokerage --network` writes it.
    ///
    /// - Complexity: O(1).
    public var networkTable: MeasureTable {
        let columns = partialCredit ? ["count", "credit", "expected", "sd", "z"] : ["count", "expected", "sd", "z"]
        var table = MeasureTable(columns: columns, idColumn: "role", rowsKey: "roles")
        let credit = networkScores
        for (r, name) in Self.roleColumns.enumerated() {
            var cells: [MeasureCell] = [Self.countCell(networkCounts.snaOrder[r])]
            if partialCredit { cells.append(.number(credit.snaOrder[r])) }
            cells += [.number(networkExpected.snaOrder[r]), .number(networkStandardDeviation.snaOrder[r]),
                      .number(networkZScores.snaOrder[r])]
            table.append(id: name, cells)
        }
        return table
    }

    /// The per-group table: each group's size, and per role its members' total score and the
    /// expected total (size times the expectation for one member), groups in the order their
    /// first stakeholder appears.
    ///
    /// Rows keyed `group` under `groups`; `cohesion brokerage --by-group` writes it.
    ///
    /// - Complexity: O(*k*) for *k* groups.
    public var groupTable: MeasureTable {
        var columns = ["size"]
        for role in Self.roleColumns { columns += [role, role + "Expected"] }
        var table = MeasureTable(columns: columns, idColumn: "group", rowsKey: "groups")
        let sizes = partition.sizes
        for g in partition.orderOfFirstAppearance {
            var cells: [MeasureCell] = [.integer(sizes[g])]
            for (x, e) in zip(totalsByGroup[g].snaOrder, groupExpected[g].snaOrder) {
                cells += [scoreCell(x), .number(e * Double(sizes[g]))]
            }
            table.append(id: partition.labels[g], cells)
        }
        return table
    }

    /// The per-stakeholder table as JSON: `{"nodes": [{"id": …, "group": …, …}, …]}`.
    ///
    /// - Complexity: O(*n*).
    public func jsonValue(_ graph: AnalysisGraph, holes: StructuralHoles? = nil) -> JSONValue {
        table(graph, holes: holes).jsonValue
    }
}

extension StructuralHoles {
    /// The column names of the structural-hole measures.
    static let columns = ["constraint", "effectiveSize", "efficiency", "hierarchy"]

    /// One node's four measures as cells.
    func cells(ofNode node: Int) -> [MeasureCell] {
        guard node < constraint.count else { return [] }
        return [.number(constraint[node]), .number(effectiveSize[node]), .number(efficiency[node]), .number(hierarchy[node])]
    }

    /// The per-stakeholder table: `constraint`, `effectiveSize`, `efficiency`, `hierarchy`, one
    /// row per node of `graph`, keyed by its label.
    ///
    /// - Complexity: O(*n*).
    public func table(_ graph: AnalysisGraph) -> MeasureTable {
        var table = MeasureTable(columns: Self.columns)
        for node in 0..<min(graph.nodeCount, constraint.count) { table.append(id: graph.label(of: node), cells(ofNode: node)) }
        return table
    }

    /// The per-stakeholder table as JSON: `{"nodes": [{"id": …, "constraint": …, …}, …]}`.
    ///
    /// - Complexity: O(*n*).
    public func jsonValue(_ graph: AnalysisGraph) -> JSONValue { table(graph).jsonValue }
}
