/// The largest matrix the matrix formats are written with: an adjacency matrix as CSV has
/// *n*² cells and a DL file of several tie kinds *k* *n*² cells, so a tiny file declaring a
/// million vertices (Pajek's `*Vertices 1000000`) would otherwise become terabytes of zeros
/// on conversion. The formats' registered writers (``NetworkFormat/adjacency``,
/// ``NetworkFormat/dl``) refuse a larger matrix; an edge list holds any size.
///
/// ```swift
/// print(MatrixSizeLimit.maximumCells)   // 25000000
/// ```
public enum MatrixSizeLimit {
    /// The most cells written: 25,000,000 (5,000 stakeholders in one matrix).
    public static let maximumCells = 25_000_000

    /// Throws when `matrices` matrices of the network's stakeholders exceed ``maximumCells``.
    ///
    /// - Throws: ``InvalidNetwork`` naming `file`, the size and the limit.
    /// - Complexity: O(1).
    static func check(_ network: Network, matrices: Int, format: String, file: String?) throws {
        let n = network.stakeholders.count
        let (square, o1) = n.multipliedReportingOverflow(by: n)
        let (cells, o2) = square.multipliedReportingOverflow(by: max(1, matrices))
        guard o1 || o2 || cells > maximumCells else { return }
        let what = matrices > 1 ? "\(matrices) matrices of \(n) × \(n)" : "a matrix of \(n) × \(n)"
        throw InvalidNetwork([Diagnostic(.error, "\(format) would hold \(what) cells; Cohesion writes at most \(maximumCells) cells in a matrix format (write an edge list instead)", file: file)])
    }
}
