/// Per-thread scratch space for multi-source breadth-first search (Then et al. 2014,
/// "The More the Merrier: Efficient Multi-Source Graph Traversal", PVLDB 8(4),
/// doi:10.14778/2735496.2735507): up to 64 sources searched in one pass, one bit per source
/// in a 64-bit word per node, so each row is scanned once per level for all the sources that
/// reach its node at that level instead of once per source.
///
/// The search keeps, level by level, the list of (node, sources) pairs of its frontiers. For
/// Brandes' betweenness (`counting`) it also counts shortest paths per source (σ, in 64 lanes
/// per node) and runs the backward pass as a pull over the same rows, lane by lane, in the
/// order the one-source pass (``ShortestPathWorker``) uses: every per-source figure is the
/// same floating-point number, and the per-node sums are added in source order, so a serial
/// batched run equals a serial one-source run bit for bit (path counts are exact integers up
/// to 2⁵³).
///
/// Per-level counts of newly reached nodes, for each source, are kept in bit-sliced counters
/// (one 64-bit word per bit of the count), so counting costs a few word operations per
/// frontier pair rather than one per source.
final class MultiSourceWorker {
    /// Sources per pass.
    static let lanes = 64

    let n: Int
    let counting: Bool
    /// Sources that reached each node so far (one bit per lane).
    let seen: UnsafeMutablePointer<UInt64>
    /// Sources reaching each node on the level being built.
    let next: UnsafeMutablePointer<UInt64>
    /// The masks of the level below the one being finished (backward pass only).
    let dense: UnsafeMutablePointer<UInt64>
    /// Frontier pairs, level after level (all levels kept when `counting`, else the current one).
    private(set) var entryNode: UnsafeMutablePointer<Int32>
    private(set) var entryMask: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    private(set) var entryCount = 0
    /// Level L's pairs are `levelStart[L]..<levelStart[L + 1]` (counting only).
    private(set) var levelStart: [Int] = []
    /// σ, then δ once the backward pass has finished the node, per node and lane,
    /// `node * 64 + lane` (counting only). A node's σ is read only while the node itself is
    /// finished (its predecessors read its coefficient), so δ takes σ's place: a third
    /// 512-byte-a-node array would push two workers' scratch out of the shared cache sooner.
    let sigma: UnsafeMutablePointer<Double>
    /// (1 + δ)/σ per node and lane (counting only).
    let coefficient: UnsafeMutablePointer<Double>
    /// The source of each lane of the last search.
    let laneSource: UnsafeMutablePointer<Int>
    private(set) var laneCount = 0
    /// Per lane: nodes reached (the source excluded), the sum of their distances, the sum of
    /// the reciprocals, and the largest distance.
    ///
    /// These, like the scratch above, are fixed pointers rather than arrays or `var`s: a class's
    /// stored `var` is checked for exclusive access at run time on every read and write, and
    /// on Les Misérables those checks took about 45% of closeness's time.
    let reached: UnsafeMutablePointer<Int>
    let distanceSum: UnsafeMutablePointer<Double>
    let inverseSum: UnsafeMutablePointer<Double>
    let eccentricity: UnsafeMutablePointer<Int>
    /// Per-worker accumulator, one value per node (betweenness), reduced by the caller.
    let accumulator: UnsafeMutablePointer<Double>
    /// The sum of the squares of the same contributions, when asked for (sampling error bounds).
    var squares: UnsafeMutablePointer<Double>?
    /// Per-worker scalar accumulators (path statistics).
    var total = 0.0
    var maximum = 0.0
    /// Bit-sliced per-lane counters.
    private let planes: UnsafeMutablePointer<UInt64>
    private let scratchSum: UnsafeMutablePointer<Double>

    init(nodeCount n: Int, counting: Bool, accumulates: Bool) {
        self.n = n
        self.counting = counting
        let m = max(n, 1)
        seen = .allocate(capacity: m); seen.initialize(repeating: 0, count: m)
        next = .allocate(capacity: m); next.initialize(repeating: 0, count: m)
        dense = .allocate(capacity: counting ? m : 1); dense.initialize(repeating: 0, count: counting ? m : 1)
        capacity = max(64, counting ? 4 * m : m)
        entryNode = .allocate(capacity: capacity)
        entryMask = .allocate(capacity: capacity)
        let lanesCapacity = counting ? m * Self.lanes : 1
        sigma = .allocate(capacity: lanesCapacity); sigma.initialize(repeating: 0, count: lanesCapacity)
        coefficient = .allocate(capacity: lanesCapacity); coefficient.initialize(repeating: 0, count: lanesCapacity)
        accumulator = .allocate(capacity: accumulates ? m : 1); accumulator.initialize(repeating: 0, count: accumulates ? m : 1)
        planes = .allocate(capacity: 64); planes.initialize(repeating: 0, count: 64)
        laneSource = Self.perLane(0); reached = Self.perLane(0); eccentricity = Self.perLane(0)
        distanceSum = Self.perLane(0.0); inverseSum = Self.perLane(0.0); scratchSum = Self.perLane(0.0)
    }

    /// One zeroed value per lane.
    private static func perLane<T>(_ zero: T) -> UnsafeMutablePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: lanes)
        p.initialize(repeating: zero, count: lanes)
        return p
    }

    deinit {
        seen.deallocate(); next.deallocate(); dense.deallocate()
        entryNode.deallocate(); entryMask.deallocate()
        sigma.deallocate(); coefficient.deallocate()
        accumulator.deallocate(); planes.deallocate(); squares?.deallocate()
        laneSource.deallocate(); reached.deallocate(); distanceSum.deallocate()
        inverseSum.deallocate(); eccentricity.deallocate(); scratchSum.deallocate()
    }

    /// Starts summing the squares of the contributions as well.
    func keepSquares() {
        guard squares == nil else { return }
        let p = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        p.initialize(repeating: 0, count: max(n, 1))
        squares = p
    }

    /// Bytes of scratch one worker needs for a graph of `n` nodes.
    static func bytesNeeded(nodeCount n: Int, counting: Bool) -> Int {
        counting ? n * (Self.lanes * 16 + 24 + 4 * 12) : n * (16 + 12)
    }

    /// Doubles a frontier buffer holding `count` pairs, returning the new capacity.
    private static func grow(_ nodes: inout UnsafeMutablePointer<Int32>, _ masks: inout UnsafeMutablePointer<UInt64>,
                             count: Int, capacity: Int) -> Int {
        let newCapacity = capacity * 2
        let newNodes = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
        let newMasks = UnsafeMutablePointer<UInt64>.allocate(capacity: newCapacity)
        newNodes.update(from: nodes, count: count)
        newMasks.update(from: masks, count: count)
        nodes.deallocate(); masks.deallocate()
        nodes = newNodes; masks = newMasks
        return newCapacity
    }

    /// Searches from `sources` (distinct nodes, at most 64) over `rows`. Leaves the per-lane
    /// figures filled, `seen` set, and when counting σ and every level's pairs.
    func search(sources: ArraySlice<Int>, rows: RowView) {
        let seen = self.seen, next = self.next, sigma = self.sigma, planes = self.planes
        let reached = self.reached, distanceSum = self.distanceSum, inverseSum = self.inverseSum
        let eccentricity = self.eccentricity, counting = self.counting
        let off = rows.offsets.baseAddress!, nb = rows.neighbors.baseAddress!
        // The frontier buffer lives in locals for the search and is stored back at the end.
        var nodes = entryNode, masks = entryMask, capacity = self.capacity, count = 0
        @inline(__always) func push(_ node: Int, _ mask: UInt64) {
            if count == capacity { capacity = Self.grow(&nodes, &masks, count: count, capacity: capacity) }
            nodes[count] = Int32(truncatingIfNeeded: node); masks[count] = mask; count &+= 1
        }
        var starts: [Int] = []
        swap(&starts, &levelStart)
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        laneCount = sources.count
        for (i, s) in sources.enumerated() {
            laneSource[i] = s
            reached[i] = 0; distanceSum[i] = 0; inverseSum[i] = 0; eccentricity[i] = 0
            let bit = UInt64(1) &<< UInt64(i)
            seen[s] |= bit
            push(s, bit)
            if counting { sigma[s &* Self.lanes &+ i] = 1 }
        }
        let laneCount = sources.count
        var a = 0
        var level = 0
        while true {
            let b = count
            var e = a
            while e < b {
                let v = Int(nodes[e]), frontier = masks[e]
                e &+= 1
                var k = off[v]; let end = off[v &+ 1]
                // One loop for both searches: `counting` is fixed for the whole search, so the
                // test inside is predicted (and the optimizer may unswitch the loop on it).
                let sv = counting ? sigma + v &* Self.lanes : sigma
                while k < end {
                    let w = Int(nb[k]); k &+= 1
                    let fresh = frontier & ~seen[w]
                    if fresh != 0 {
                        if next[w] == 0 { push(w, 0) }
                        next[w] |= fresh
                        if counting {
                            let sw = sigma + w &* Self.lanes
                            var bits = fresh
                            while bits != 0 {
                                let i = bits.trailingZeroBitCount
                                sw[i] += sv[i]
                                bits &= bits &- 1
                            }
                        }
                    }
                }
            }
            let newEnd = count
            if newEnd == b { break }
            level &+= 1
            // Per-lane counts of the new level, bit-sliced: one word per bit of the count.
            var topPlane = 0
            var f = b
            while f < newEnd {
                let w = Int(nodes[f])
                let mask = next[w]
                next[w] = 0
                seen[w] |= mask
                masks[f] = mask
                var carry = mask, j = 0
                while carry != 0 {
                    let t = planes[j] & carry
                    planes[j] ^= carry
                    carry = t
                    j &+= 1
                }
                if j > topPlane { topPlane = j }
                f &+= 1
            }
            // Read the counters out, lane by lane, and clear them.
            let l = Double(level)
            for i in 0..<laneCount {
                var c = 0
                for p in 0..<topPlane { c |= Int((planes[p] &>> UInt64(i)) & 1) &<< p }
                if c > 0 {
                    reached[i] &+= c
                    let cd = Double(c)
                    distanceSum[i] += cd * l
                    inverseSum[i] += cd / l
                    eccentricity[i] = level
                }
            }
            for p in 0..<topPlane { planes[p] = 0 }
            if counting {
                starts.append(b)
                a = b
            } else {
                let size = newEnd &- b
                nodes.update(from: nodes + b, count: size)
                masks.update(from: masks + b, count: size)
                count = size
                a = 0
            }
        }
        if counting { starts.append(count) }
        entryNode = nodes; entryMask = masks; self.capacity = capacity; entryCount = count
        levelStart = starts
    }

    /// Clears `seen` (and σ) for the next search, without touching the accumulator.
    func resetSeen() {
        let seen = self.seen
        for v in 0..<n { seen[v] = 0 }
    }

    /// Brandes' backward pass for every lane of the last counting search, then the dependency
    /// of every node added to ``accumulator`` in lane (source) order, as the one-source pass
    /// adds them. Clears `seen` and σ (which holds δ by then).
    func accumulate(rows: RowView, endpoints: Bool) {
        let sigma = self.sigma, coef = coefficient, dense = self.dense
        let acc = accumulator, seen = self.seen, sum = scratchSum, laneSource = self.laneSource
        let entryNode = self.entryNode, entryMask = self.entryMask, levelStart = self.levelStart
        let reached = self.reached
        let off = rows.offsets.baseAddress!, nb = rows.neighbors.baseAddress!
        let levels = levelStart.count &- 1
        var L = levels &- 1
        while L >= 0 {
            let lo = levelStart[L], hi = levelStart[L &+ 1]
            let deepest = L == levels &- 1
            if !deepest {
                for e in hi..<levelStart[L &+ 2] { dense[Int(entryNode[e])] = entryMask[e] }
            }
            for e in lo..<hi {
                let v = Int(entryNode[e]), mv = entryMask[e]
                if !deepest {
                    var k = off[v]; let end = off[v &+ 1]
                    while k < end {
                        let w = Int(nb[k]); k &+= 1
                        var succ = mv & dense[w]
                        if succ != 0 {
                            let cw = coef + w &* Self.lanes
                            while succ != 0 {
                                let i = succ.trailingZeroBitCount
                                sum[i] += cw[i]
                                succ &= succ &- 1
                            }
                        }
                    }
                }
                let base = v &* Self.lanes
                var bits = mv
                while bits != 0 {
                    let i = bits.trailingZeroBitCount
                    bits &= bits &- 1
                    let sv = sigma[base &+ i]
                    let d = sv * sum[i]
                    coef[base &+ i] = (1 + d) / sv
                    sigma[base &+ i] = d
                    sum[i] = 0
                }
            }
            if !deepest {
                for e in hi..<levelStart[L &+ 2] { dense[Int(entryNode[e])] = 0 }
            }
            L &-= 1
        }
        let bonus: Double = endpoints ? 1 : 0
        let sq = squares
        for v in 0..<n {
            var bits = seen[v]
            if bits == 0 { continue }
            seen[v] = 0
            let base = v &* Self.lanes
            while bits != 0 {
                let i = bits.trailingZeroBitCount
                bits &= bits &- 1
                if laneSource[i] == v {
                    if endpoints {
                        let x = Double(reached[i])
                        acc[v] += x
                        if let sq { sq[v] += x * x }
                    }
                } else {
                    let x = sigma[base &+ i] + bonus
                    acc[v] += x
                    if let sq { sq[v] += x * x }
                }
                sigma[base &+ i] = 0
            }
        }
    }
}
