/// The columns a streaming reader fills as it reads ties, before they become a ``TieTable``:
/// interned stakeholder ids, each tie's two ends and kind index, the weight column when the
/// file has weights, and the optional fields out of line, keyed as the reader knows its
/// columns (``StreamingEdgeList`` by column position, ``StreamingGraphML`` by name).
///
/// One type for both readers, so a tie is appended, and a table made, the same way.
///
/// - Complexity: about 10 bytes a tie (18 with weights) plus the ids' bytes and the optional
///   values present.
struct TieColumns<Key: Hashable> {
    var ids = InternTable(capacity: 1 << 16)
    var sources: [Int32] = []
    var targets: [Int32] = []
    var kindIndices: [UInt16] = []
    var weights: [Double] = []
    var sparse: [Key: TieTable.SparseColumn] = [:]

    /// The number of ties so far (the row the next one gets).
    var count: Int { sources.count }

    /// Appends a tie's ends (indices into ``ids``).
    @inline(__always) mutating func appendEnds(_ u: Int, _ v: Int) {
        sources.append(Int32(truncatingIfNeeded: u))
        targets.append(Int32(truncatingIfNeeded: v))
    }

    /// Keeps `value` as tie `row`'s value of the optional column `key`.
    @inline(__always) mutating func appendSparse(_ value: String, column key: Key, row: Int) {
        sparse[key, default: TieTable.SparseColumn(rows: [], values: [])].rows.append(Int32(truncatingIfNeeded: row))
        sparse[key]?.values.append(value)
    }

    /// The table of these ties, with their kinds, the optional columns by name and the warnings.
    func table(kinds: [TieKind], keepsKindIndices: Bool, sparseColumns: [String: TieTable.SparseColumn],
               warnings: [Diagnostic]) -> TieTable {
        TieTable(ids: ids.strings(), kinds: kinds, sources: sources, targets: targets,
                 kindIndices: keepsKindIndices ? kindIndices : [], weights: weights,
                 sparseColumns: sparseColumns, warnings: warnings)
    }
}
