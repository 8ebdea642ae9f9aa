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

    func render(_ format: TableFormat, width: Int? = nil) -> String {
        switch format {
        case .json: json().text(pretty: true) + "\n"
        case .csv: table(compact: false).render(.csv)
        case .table, .markdown:
            table(compact: true).render(format, width: width) + mixingBlocks(format, width: width)
        }
    }

    func table(compact: Bool) -> MeasureTable {
        var table = comparison.table(compact: compact, sectorAttribute: sectorAttribute, stability: stability)
        for row in extraRows { table.append(id: row.id, row.cells) }
        return table
    }

    /// One block per network: block densities between the \(alignment) groups it has.
    func mixingBlocks(_ format: TableFormat, width: Int? = nil) -> String {
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
            out += t.render(format, width: width)
        }
        return out
    }

    func json() -> JSONValue {
        comparison.jsonValue(alignment: alignment, sectorAttribute: sectorAttribute, stability: stability, series: extraRows)
    }
}
