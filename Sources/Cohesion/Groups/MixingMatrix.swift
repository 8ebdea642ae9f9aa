/// Ties within and between groups (by kind, sector, coalition…): counts, and densities
/// relative to the pairs that could be tied — the block density matrix.
///
/// Cell (g, h) counts arcs from a node of g to a node of h in a directed graph; in an
/// undirected graph each edge counts once, in both (g, h) and (h, g) when g ≠ h, and once on
/// the diagonal for an edge inside g. The possible pairs are n_g · n_h between different
/// groups, n_g (n_g − 1) inside a group of a directed graph and n_g (n_g − 1) / 2 inside a
/// group of an undirected one. Density is ties / possible, NaN where nothing is possible (a
/// group of one, inside). With `weighted`, ties are summed strengths instead of counts.
///
/// Counts match NetworkX's `attribute_mixing_matrix(normalized=False)` on a directed graph; on
/// an undirected graph NetworkX counts each edge in both directions, so its diagonal is twice
/// this one.
///
/// ```swift
/// let byKind = StakeholderGroups(network, attribute: "kind", graph: graph)
/// let mixing = try graph.mixingMatrix(of: byKind)
/// print(mixing.density[0][1])
/// ```
public struct MixingMatrix: Hashable, Sendable {
    /// The group labels, rows and columns in this order.
    public let labels: [String]
    /// The number of nodes in each group.
    public let sizes: [Int]
    /// Ties (or summed weights) from row group to column group.
    public let ties: [[Double]]
    /// Pairs that could be tied from row group to column group.
    public let possible: [[Double]]
    /// Whether the graph was directed.
    public let isDirected: Bool

    /// Block densities: ties over possible pairs; NaN where no pair is possible.
    public var density: [[Double]] {
        zip(ties, possible).map { row, pos in zip(row, pos).map { $1 > 0 ? $0 / $1 : .nan } }
    }
}

extension AnalysisGraph {
    /// The mixing (block density) matrix of an assignment; see ``MixingMatrix``.
    ///
    /// - Parameters:
    ///   - assignment: one group per node.
    ///   - weighted: sum strengths instead of counting ties (needs strength weights).
    /// - Throws: ``GroupsError/sizeMismatch(groups:nodes:)`` for another node count;
    ///   ``GraphError/weightMeaningMismatch(measure:needs:has:)`` when weighted with distances.
    /// - Complexity: O(*n* + *m* + *k*²) for *k* groups.
    public func mixingMatrix(of assignment: StakeholderGroups, weighted: Bool = false) throws -> MixingMatrix {
        try assignment.check(nodeCount: nodeCount)
        if weighted && weightKind == .distance {
            throw GraphError.weightMeaningMismatch(measure: "weighted mixing matrix", needs: .strength, has: .distance)
        }
        let k = assignment.groupCount
        let g = assignment.groups
        var ties = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for u in 0..<nodeCount {
            for e in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outNeighbors[e])
                if !isDirected && v < u { continue }
                let w = weighted && isWeighted ? outWeights[e] : 1
                ties[g[u]][g[v]] += w
                if !isDirected && g[u] != g[v] { ties[g[v]][g[u]] += w }
            }
        }
        let sizes = assignment.sizes
        var possible = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for a in 0..<k {
            for b in 0..<k {
                let na = Double(sizes[a]), nb = Double(sizes[b])
                possible[a][b] = a != b ? na * nb : (isDirected ? na * (na - 1) : na * (na - 1) / 2)
            }
        }
        return MixingMatrix(labels: assignment.labels, sizes: sizes, ties: ties, possible: possible, isDirected: isDirected)
    }
}
