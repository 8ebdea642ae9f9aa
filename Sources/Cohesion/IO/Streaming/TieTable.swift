/// A compact, column-wise table of ties, for edge lists too large for ``Network``'s one value
/// per tie: stakeholder ids and tie kinds are interned (each distinct id is stored once and a
/// tie holds two 32-bit indices), the weight column exists only when the file has one, and
/// every other field is stored out of line, only for the ties that have it.
///
/// Made by ``StreamingEdgeList/read(bytes:file:options:)``; ``graph(weighted:)`` builds the
/// ``AnalysisGraph`` straight from the columns.
///
/// ```swift
/// let table = try StreamingEdgeList.read(path: "ties.csv")
/// let graph = try table.graph()
/// print(table.count, graph.nodeCount)
/// ```
///
/// - Complexity: about 10 bytes per tie without weights, 18 with, plus the ids' bytes.
public struct TieTable: Sendable {
    /// Stakeholder ids, in the order the file first names them; a tie's ends index this.
    public let ids: [String]
    /// The tie kinds the file uses, in first-seen order; ``kindIndices`` index this.
    public let kinds: [TieKind]
    /// The source of each tie (an index into ``ids``).
    public let sources: [Int32]
    /// The target of each tie.
    public let targets: [Int32]
    /// The kind of each tie (an index into ``kinds``); empty when every tie has ``kinds``[0].
    public let kindIndices: [UInt16]
    /// The weight of each tie (1 when its cell is empty), or empty when the file has no weight column.
    public let weights: [Double]
    /// Every other column, by header: the ties that have a value there, and the values.
    public let sparseColumns: [String: SparseColumn]
    /// Warnings found while reading (self-ties).
    public let warnings: [Diagnostic]

    /// The values of one optional column, only for the ties that have one.
    public struct SparseColumn: Sendable, Hashable {
        /// The ties (indices into the table) with a value, ascending.
        public var rows: [Int32]
        /// The value of each, as written.
        public var values: [String]
    }

    /// The number of ties.
    public var count: Int { sources.count }

    /// The kind of tie *t*.
    public func kind(of t: Int) -> TieKind { kinds[kindIndices.isEmpty ? 0 : Int(kindIndices[t])] }

    init(ids: [String], kinds: [TieKind], sources: [Int32], targets: [Int32], kindIndices: [UInt16],
         weights: [Double], sparseColumns: [String: SparseColumn], warnings: [Diagnostic]) {
        self.ids = ids; self.kinds = kinds; self.sources = sources; self.targets = targets
        self.kindIndices = kindIndices; self.weights = weights; self.sparseColumns = sparseColumns
        self.warnings = warnings
    }

    /// The analysis graph of the table: every id a node, in ``ids`` order.
    ///
    /// As ``AnalysisGraph/init(_:selection:)`` with the default selection: the graph is
    /// directed when any tie's kind is, undirected kinds give arcs both ways, negative kinds
    /// (conflict) carry no paths and are left out, self-ties are dropped and parallel ties
    /// merge (weights read as distances keep the shortest, as strengths add).
    ///
    /// The rows are packed in place: degrees are counted, arcs placed by a counting pass, each
    /// row sorted and merged, with no list of arcs in between.
    ///
    /// - Parameter weighted: read the weight column as distances or strengths, or `.none` to
    ///   ignore it.
    /// - Complexity: O(*n* + *m* log *d*) time for largest degree *d*; the graph's own memory
    ///   plus one offset per node.
    public func graph(weighted: WeightKind = .none) -> AnalysisGraph {
        graph(weighted: weighted, parallelFrom: 65_536)
    }

    /// The graph, building in- and out-rows side by side from `parallelFrom` ties (tests force 0).
    func graph(weighted: WeightKind, parallelFrom: Int) -> AnalysisGraph {
        let n = ids.count, m = count
        let weightKind: WeightKind = weights.isEmpty ? .none : weighted
        let useKinds = !kindIndices.isEmpty
        let directedKind = kinds.map(\.isDirected), negativeKind = kinds.map { $0.sign == .negative }
        let anyDirected = kinds.indices.contains { directedKind[$0] && !negativeKind[$0] }
        // In a directed, unweighted graph the in-rows are built from the ties as the out-rows
        // are (ends swapped), beside them on a second core; the same sets as transposing the
        // out-rows. Weighted in-rows are the out-rows transposed, so both hold the very same
        // merged weights.
        let out: SparseRows, into: SparseRows
        if anyDirected && weightKind == .none && ComputationOptions.default.threadCount > 1 && m >= parallelFrom {
            var both = [SparseRows?](repeating: nil, count: 2)
            both.withUnsafeMutableBufferPointer { slots in
                concurrentPerform(iterations: 2) { r in
                    slots[r] = rows(reversed: r == 1, weightKind: weightKind, useKinds: useKinds, directedKind: directedKind,
                                    negativeKind: negativeKind, anyDirected: anyDirected)
                }
            }
            let empty = SparseRows(offsets: [Int](repeating: 0, count: n + 1), neighbors: [], weights: [])
            out = both[0] ?? empty
            into = both[1] ?? empty
        } else {
            out = rows(reversed: false, weightKind: weightKind, useKinds: useKinds, directedKind: directedKind,
                       negativeKind: negativeKind, anyDirected: anyDirected)
            into = anyDirected ? out.transposed(nodeCount: n) : out
        }
        return AnalysisGraph(
            nodeCount: n, isDirected: anyDirected, weightKind: weightKind,
            outOffsets: out.offsets, outNeighbors: out.neighbors, outWeights: out.weights,
            inOffsets: into.offsets, inNeighbors: into.neighbors, inWeights: into.weights,
            labels: ids, stakeholderIndices: nil)
    }

    /// The merged, sorted rows of the ties' arcs: from source to target (and back for an
    /// undirected kind, or in an undirected graph), or with the ends swapped when `reversed`.
    func rows(reversed: Bool, weightKind: WeightKind, useKinds: Bool, directedKind: [Bool], negativeKind: [Bool],
              anyDirected: Bool) -> SparseRows {
        let n = ids.count, m = count
        var offsets = [Int](repeating: 0, count: n + 1)
        (reversed ? targets : sources).withUnsafeBufferPointer { src in
            (reversed ? sources : targets).withUnsafeBufferPointer { dst in
                kindIndices.withUnsafeBufferPointer { kk in
                    for t in 0..<m {
                        let k = useKinds ? Int(kk[t]) : 0
                        if negativeKind[k] { continue }
                        let u = Int(src[t]), v = Int(dst[t])
                        if u == v { continue }
                        offsets[u &+ 1] &+= 1
                        if !(anyDirected && directedKind[k]) { offsets[v &+ 1] &+= 1 }
                    }
                }
            }
        }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        let arcs = offsets[n]
        var neighbors = [Int32](repeating: 0, count: arcs)
        var arcWeights = [Double](repeating: 0, count: weightKind == .none ? 0 : arcs)
        var cursor = offsets
        let isWeighted = weightKind != .none
        (reversed ? targets : sources).withUnsafeBufferPointer { src in
            (reversed ? sources : targets).withUnsafeBufferPointer { dst in
                kindIndices.withUnsafeBufferPointer { kk in
                    weights.withUnsafeBufferPointer { wt in
                        neighbors.withUnsafeMutableBufferPointer { nb in
                            arcWeights.withUnsafeMutableBufferPointer { aw in
                                cursor.withUnsafeMutableBufferPointer { cur in
                                    for t in 0..<m {
                                        let k = useKinds ? Int(kk[t]) : 0
                                        if negativeKind[k] { continue }
                                        let u = Int(src[t]), v = Int(dst[t])
                                        if u == v { continue }
                                        let w = isWeighted ? wt[t] : 0
                                        nb[cur[u]] = dst[t]
                                        if isWeighted { aw[cur[u]] = w }
                                        cur[u] &+= 1
                                        if !(anyDirected && directedKind[k]) {
                                            nb[cur[v]] = src[t]
                                            if isWeighted { aw[cur[v]] = w }
                                            cur[v] &+= 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        cursor = []
        Self.sortAndMerge(offsets: &offsets, neighbors: &neighbors, weights: &arcWeights, weightKind: weightKind)
        return SparseRows(offsets: offsets, neighbors: neighbors, weights: arcWeights)
    }

    /// Sorts each row by neighbour (weights alongside), merges parallel arcs and compacts the
    /// rows in place.
    static func sortAndMerge(offsets: inout [Int], neighbors: inout [Int32], weights: inout [Double],
                             weightKind: WeightKind) {
        let n = offsets.count - 1
        let weighted = weightKind != .none
        var pairs: [(Int32, Double)] = []
        var write = 0
        neighbors.withUnsafeMutableBufferPointer { nb in
            weights.withUnsafeMutableBufferPointer { wt in
                var start = offsets[0]
                for u in 0..<n {
                    let lo = start, hi = offsets[u + 1]
                    start = hi
                    let rowStart = write
                    let len = hi - lo
                    if weighted {
                        pairs.removeAll(keepingCapacity: true)
                        for k in lo..<hi { pairs.append((nb[k], wt[k])) }
                        if len > 1 { pairs.sort { $0.0 < $1.0 } }
                        for (v, w) in pairs {
                            if write > rowStart, nb[write - 1] == v {
                                wt[write - 1] = weightKind == .strength ? wt[write - 1] + w : min(wt[write - 1], w)
                                continue
                            }
                            nb[write] = v; wt[write] = w; write += 1
                        }
                    } else {
                        // Insertion sort for short rows, the library sort for long ones.
                        if len > 1 {
                            if len <= 32 {
                                var i = lo + 1
                                while i < hi {
                                    let x = nb[i]; var j = i - 1
                                    while j >= lo && nb[j] > x { nb[j + 1] = nb[j]; j -= 1 }
                                    nb[j + 1] = x; i += 1
                                }
                            } else {
                                var row = UnsafeMutableBufferPointer(rebasing: nb[lo..<hi])
                                row.sort()
                            }
                        }
                        for k in lo..<hi {
                            let v = nb[k]
                            if write > rowStart, nb[write - 1] == v { continue }
                            nb[write] = v; write += 1
                        }
                    }
                    offsets[u] = rowStart
                }
            }
        }
        offsets[n] = write
        if write < neighbors.count {
            neighbors.removeLast(neighbors.count - write)
            if weighted { weights.removeLast(weights.count - write) }
        }
    }
}
