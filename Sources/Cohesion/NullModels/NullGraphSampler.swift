/// Draws uniform random graphs that share a size, a number of ties or a dyad census with an
/// observed graph, into buffers it reuses: after the first draw, a draw allocates nothing.
///
/// - ``CUGCondition/size``: each ordered pair (unordered when undirected) tied with
///   probability ½, one random bit each (sna `rgraph(tprob = 0.5)`).
/// - ``CUGCondition/edges``: *m* distinct pairs chosen uniformly by Floyd's algorithm on a
///   reused bit set (sna `rgnm`).
/// - ``CUGCondition/dyads``: M + A distinct dyads chosen uniformly, M of them made mutual by a
///   partial Fisher–Yates shuffle and each other one given a random direction (sna
///   `rguman(method = "exact")`).
///
/// Arcs are laid out in compressed sparse rows, rows sorted, by counting sort.
///
/// - Complexity: O(*n*²) per draw for ``CUGCondition/size``, O(*n* + *m* log *d*) otherwise;
///   O(*n*² / 8) bytes for the bit set up to 2²⁷ pairs (about 16,000 nodes), a hash set of
///   O(*m*) beyond.
struct NullGraphSampler {
    let n: Int
    let isDirected: Bool
    let condition: CUGCondition
    /// Ties to draw (arcs directed, edges undirected) for `.edges`.
    let tieCount: Int
    /// Mutual and asymmetric dyads for `.dyads`.
    let mutual: Int, asymmetric: Int
    var chosen: [Int]
    /// The slots chosen so far in a draw: a bit set up to 2²⁷ pairs, a hash set beyond.
    var bits: [UInt64]
    var large: Set<Int>
    let useBits: Bool
    var src: [Int32], dst: [Int32]
    var outOffsets: [Int], outNeighbors: [Int32]
    var inOffsets: [Int], inNeighbors: [Int32]
    var cursor: [Int]

    init(_ g: AnalysisGraph, condition: CUGCondition) {
        n = g.nodeCount
        isDirected = g.isDirected
        self.condition = isDirected || condition != .dyads ? condition : .edges
        tieCount = g.edgeCount
        var m = 0
        if g.isDirected {
            for u in 0..<g.nodeCount {
                for v in g.successors(of: u) where Int(v) > u && g.hasArc(from: Int(v), to: u) { m += 1 }
            }
        }
        mutual = m
        asymmetric = g.isDirected ? g.edgeCount - 2 * m : 0
        let pairs = isDirected && self.condition == .edges ? n * max(n - 1, 0) : n * max(n - 1, 0) / 2
        chosen = []
        chosen.reserveCapacity(self.condition == .size ? 0 : (self.condition == .edges ? tieCount : mutual + asymmetric))
        useBits = pairs <= 1 << 27
        bits = self.condition == .size || !useBits ? [] : [UInt64](repeating: 0, count: (pairs + 63) / 64)
        large = []
        if self.condition != .size && !useBits { large.reserveCapacity(2 * max(tieCount, mutual + asymmetric)) }
        src = []; dst = []
        let arcs = isDirected ? g.edgeCount : 2 * g.edgeCount
        src.reserveCapacity(arcs)
        dst.reserveCapacity(arcs)
        outOffsets = [Int](repeating: 0, count: n + 1)
        inOffsets = [Int](repeating: 0, count: n + 1)
        outNeighbors = []; inNeighbors = []
        outNeighbors.reserveCapacity(src.capacity); inNeighbors.reserveCapacity(src.capacity)
        cursor = [Int](repeating: 0, count: n + 1)
    }

    /// The ordered pair of slot `k` among the n(n−1) ordered pairs without the diagonal.
    @inline(__always) func orderedPair(_ k: Int) -> (Int, Int) {
        let u = k / (n - 1), r = k % (n - 1)
        return (u, r >= u ? r + 1 : r)
    }

    /// The unordered pair u < v of slot `k` among the n(n−1)/2 pairs, row by row.
    @inline(__always) func unorderedPair(_ k: Int) -> (Int, Int) {
        // Row u holds pairs (u, u+1…n−1): start(u) = u(2n − u − 1)/2.
        var u = Int((Double(2 * n - 1) - (Double((2 * n - 1) * (2 * n - 1)) - 8 * Double(k)).squareRoot()) / 2)
        if u < 0 { u = 0 }
        while u > 0 && u * (2 * n - u - 1) / 2 > k { u -= 1 }
        while (u + 1) * (2 * n - u - 2) / 2 <= k { u += 1 }
        let start = u * (2 * n - u - 1) / 2
        return (u, u + 1 + (k - start))
    }

    /// Floyd's algorithm: `count` distinct slots of `0..<slots` into `chosen`, uniformly.
    mutating func chooseSlots(_ count: Int, of slots: Int, _ random: inout SeededGenerator) {
        chosen.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        var j = slots - count
        if !useBits {
            large.removeAll(keepingCapacity: true)
            while j < slots {
                let t = random.next(below: j + 1)
                let pick = large.contains(t) ? j : t
                large.insert(pick)
                chosen.append(pick)
                j += 1
            }
            return
        }
        while j < slots {
            let t = random.next(below: j + 1)
            let pick = bits[t >> 6] & (1 << UInt64(t & 63)) != 0 ? j : t
            bits[pick >> 6] |= 1 << UInt64(pick & 63)
            chosen.append(pick)
            j += 1
        }
        for k in chosen { bits[k >> 6] = 0 }
    }

    /// Draws one null graph and returns it; its arrays share the sampler's buffers until the
    /// next draw.
    mutating func draw(_ random: inout SeededGenerator) -> AnalysisGraph {
        src.removeAll(keepingCapacity: true)
        dst.removeAll(keepingCapacity: true)
        func add(_ u: Int, _ v: Int) { src.append(Int32(u)); dst.append(Int32(v)) }
        switch condition {
        case .size:
            var word: UInt64 = 0, left = 0
            for u in 0..<n {
                for v in (isDirected ? 0 : u + 1)..<n where v != u {
                    if left == 0 { word = random.next(); left = 64 }
                    let bit = word & 1 == 1
                    word >>= 1; left -= 1
                    if bit { add(u, v); if !isDirected { add(v, u) } }
                }
            }
        case .edges:
            if isDirected {
                chooseSlots(tieCount, of: n * max(n - 1, 0), &random)
                for k in chosen { let (u, v) = orderedPair(k); add(u, v) }
            } else {
                chooseSlots(tieCount, of: n * max(n - 1, 0) / 2, &random)
                for k in chosen { let (u, v) = unorderedPair(k); add(u, v); add(v, u) }
            }
        case .dyads:
            let tied = mutual + asymmetric
            chooseSlots(tied, of: n * max(n - 1, 0) / 2, &random)
            // The first `mutual` of a partial shuffle are mutual; the rest get a direction.
            var i = 0
            while i < mutual {
                let j = i + random.next(below: tied - i)
                chosen.swapAt(i, j)
                i += 1
            }
            for (index, k) in chosen.enumerated() {
                let (u, v) = unorderedPair(k)
                if index < mutual { add(u, v); add(v, u) } else if random.next() & 1 == 0 { add(u, v) } else { add(v, u) }
            }
        }
        layOut()
        return AnalysisGraph(nodeCount: n, isDirected: isDirected, weightKind: .none,
                             outOffsets: outOffsets, outNeighbors: outNeighbors, outWeights: [],
                             inOffsets: isDirected ? inOffsets : outOffsets, inNeighbors: isDirected ? inNeighbors : outNeighbors,
                             inWeights: [], labels: nil, stakeholderIndices: nil)
    }

    /// Counting sort of the arcs into out-rows and in-rows, each row then sorted in place.
    mutating func layOut() {
        Self.rows(count: n, keys: src, values: dst, offsets: &outOffsets, neighbors: &outNeighbors, cursor: &cursor)
        if isDirected {
            Self.rows(count: n, keys: dst, values: src, offsets: &inOffsets, neighbors: &inNeighbors, cursor: &cursor)
        }
    }

    /// Rows of `values` keyed by `keys`, in reused buffers (no allocation once they are large
    /// enough).
    static func rows(count n: Int, keys: [Int32], values: [Int32], offsets: inout [Int], neighbors: inout [Int32],
                     cursor: inout [Int]) {
        let m = keys.count
        for i in 0...n { offsets[i] = 0 }
        for k in keys { offsets[Int(k) + 1] += 1 }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        if neighbors.count > m {
            neighbors.removeLast(neighbors.count - m)
        } else if neighbors.count < m {
            neighbors.append(contentsOf: repeatElement(0, count: m - neighbors.count))
        }
        for i in 0...n { cursor[i] = offsets[i] }
        neighbors.withUnsafeMutableBufferPointer { nb in
            for e in 0..<m {
                let k = Int(keys[e])
                nb[cursor[k]] = values[e]
                cursor[k] += 1
            }
            for u in 0..<n {
                let lo = offsets[u], hi = offsets[u + 1]
                if hi - lo > 1 {
                    var row = UnsafeMutableBufferPointer(rebasing: nb[lo..<hi])
                    row.sort()
                }
            }
        }
    }
}
