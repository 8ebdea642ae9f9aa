/// Per-thread scratch space for single-source shortest paths: breadth-first search when the
/// graph is unweighted, Dijkstra's algorithm with an indexed binary heap when weights are
/// distances. Allocated once per worker thread and reset only over the nodes a search reached,
/// so a search costs time proportional to what it reaches, not to the graph.
final class ShortestPathWorker {
    let n: Int
    /// Hop distance (-1 unreached) for breadth-first search.
    let level: UnsafeMutableBufferPointer<Int32>
    /// Distance (+infinity unreached) for Dijkstra.
    let distance: UnsafeMutableBufferPointer<Double>
    /// Number of shortest paths from the source.
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Brandes' (1 + δ(w)) / σ(w), filled in the backward pass.
    let coefficient: UnsafeMutableBufferPointer<Double>
    /// Nodes in the order they were settled.
    let order: UnsafeMutableBufferPointer<Int32>
    /// Binary heap of nodes keyed by `distance`, and each node's slot in it (-1 outside).
    let heap: UnsafeMutableBufferPointer<Int32>
    let slot: UnsafeMutableBufferPointer<Int32>
    /// Number of nodes the last search settled (the source included).
    var reached = 0
    /// A per-worker accumulator, one value per node, that the caller reduces.
    let accumulator: UnsafeMutableBufferPointer<Double>
    /// The sum of the squares of the same contributions, when asked for (sampling error bounds).
    var squares: UnsafeMutablePointer<Double>?
    /// Per-worker scalar accumulators.
    var total = 0.0
    var count = 0
    var maximum = 0.0

    init(nodeCount n: Int, weighted: Bool, accumulates: Bool) {
        self.n = n
        let m = max(n, 1)
        level = .allocate(capacity: m); level.initialize(repeating: -1)
        distance = .allocate(capacity: weighted ? m : 0); distance.initialize(repeating: .infinity)
        sigma = .allocate(capacity: m); sigma.initialize(repeating: 0)
        coefficient = .allocate(capacity: m); coefficient.initialize(repeating: 0)
        order = .allocate(capacity: m + 1); order.initialize(repeating: 0)
        heap = .allocate(capacity: weighted ? m : 0); heap.initialize(repeating: 0)
        slot = .allocate(capacity: weighted ? m : 0); slot.initialize(repeating: -1)
        accumulator = .allocate(capacity: accumulates ? m : 0); accumulator.initialize(repeating: 0)
    }

    deinit {
        level.deallocate(); distance.deallocate(); sigma.deallocate(); coefficient.deallocate()
        order.deallocate(); heap.deallocate(); slot.deallocate(); accumulator.deallocate()
        squares?.deallocate()
    }

    /// Starts summing the squares of the contributions as well.
    func keepSquares() {
        guard squares == nil else { return }
        let p = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
        p.initialize(repeating: 0, count: max(n, 1))
        squares = p
    }

    // MARK: Breadth-first search

    /// Breadth-first search from `s` over `rows`, counting shortest paths when `counting`.
    /// Leaves `level`, `sigma` (when counting) and `order[0..<reached]` filled.
    @inline(__always)
    func breadthFirst(from s: Int, rows: RowView, counting: Bool) {
        let level = self.level.baseAddress!, order = self.order.baseAddress!, sigma = self.sigma.baseAddress!
        let off = rows.offsets.baseAddress!, nb = rows.neighbors.baseAddress!
        level[s] = 0
        order[0] = Int32(truncatingIfNeeded: s)
        // order has room for one spare write past the last node: the branch-free loop stores
        // every neighbour at `tail` before deciding whether to keep it.
        if counting { sigma[s] = 1 }
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head]); head &+= 1
            let next = level[v] &+ 1
            let sv = counting ? sigma[v] : 0
            var k = off[v]; let e = off[v &+ 1]
            if counting {
                // Branch-free: whether a neighbour is new, on a shortest path or neither is
                // unpredictable, and mispredictions cost more than the extra stores to L1.
                // `sigma` of unreached nodes is 0, so adding to it is right for new nodes too.
                while k < e {
                    let w = Int(nb[k]); k &+= 1
                    let lw = level[w]
                    let isNew = lw < 0
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail &+= isNew ? 1 : 0
                    level[w] = isNew ? next : lw
                    sigma[w] += (isNew || lw == next) ? sv : 0
                }
            } else {
                while k < e {
                    let w = Int(nb[k]); k &+= 1
                    if level[w] < 0 {
                        level[w] = next
                        order[tail] = Int32(truncatingIfNeeded: w); tail &+= 1
                    }
                }
            }
        }
        reached = tail
    }

    /// Resets what the last breadth-first search touched.
    @inline(__always)
    func resetLevels() {
        let level = self.level.baseAddress!, order = self.order.baseAddress!, sigma = self.sigma.baseAddress!
        for i in 0..<reached { let v = Int(order[i]); level[v] = -1; sigma[v] = 0 }
    }

    // MARK: Dijkstra

    @inline(__always) private func siftUp(_ start: Int) {
        let heap = self.heap.baseAddress!, slot = self.slot.baseAddress!, d = distance.baseAddress!
        var i = start
        let x = heap[i]; let dx = d[Int(x)]
        while i > 0 {
            let p = (i &- 1) >> 1
            let y = heap[p]
            if d[Int(y)] <= dx { break }
            heap[i] = y; slot[Int(y)] = Int32(truncatingIfNeeded: i)
            i = p
        }
        heap[i] = x; slot[Int(x)] = Int32(truncatingIfNeeded: i)
    }

    @inline(__always) private func popMin(count: inout Int) -> Int {
        let heap = self.heap.baseAddress!, slot = self.slot.baseAddress!, d = distance.baseAddress!
        let top = heap[0]
        count &-= 1
        slot[Int(top)] = -2 // settled
        if count > 0 {
            let x = heap[count]; let dx = d[Int(x)]
            var i = 0
            while true {
                let l = 2 &* i &+ 1
                if l >= count { break }
                var c = l
                let r = l &+ 1
                if r < count && d[Int(heap[r])] < d[Int(heap[l])] { c = r }
                if d[Int(heap[c])] >= dx { break }
                heap[i] = heap[c]; slot[Int(heap[i])] = Int32(truncatingIfNeeded: i)
                i = c
            }
            heap[i] = x; slot[Int(x)] = Int32(truncatingIfNeeded: i)
        }
        return Int(top)
    }

    /// Dijkstra from `s` over `rows` (weights are distances), counting shortest paths when
    /// `counting`. Two path lengths are equal when their floating-point sums are, as in
    /// NetworkX. Leaves `distance`, `sigma` and `order[0..<reached]` filled.
    @inline(__always)
    func dijkstra(from s: Int, rows: RowView, counting: Bool) {
        let d = distance.baseAddress!, order = self.order.baseAddress!, sigma = self.sigma.baseAddress!
        let heap = self.heap.baseAddress!, slot = self.slot.baseAddress!
        let off = rows.offsets.baseAddress!, nb = rows.neighbors.baseAddress!, wt = rows.weights.baseAddress!
        var count = 1
        heap[0] = Int32(truncatingIfNeeded: s); slot[s] = 0; d[s] = 0
        if counting { sigma[s] = 1 }
        var settled = 0
        while count > 0 {
            let v = popMin(count: &count)
            order[settled] = Int32(truncatingIfNeeded: v); settled &+= 1
            let dv = d[v]
            let sv = counting ? sigma[v] : 0
            var k = off[v]; let e = off[v &+ 1]
            while k < e {
                let w = Int(nb[k]); let nd = dv + wt[k]; k &+= 1
                let sw = slot[w]
                if sw == -2 { continue }
                if sw == -1 {
                    d[w] = nd
                    if counting { sigma[w] = sv }
                    heap[count] = Int32(truncatingIfNeeded: w); slot[w] = Int32(truncatingIfNeeded: count)
                    count &+= 1
                    siftUp(count &- 1)
                } else if nd < d[w] {
                    d[w] = nd
                    if counting { sigma[w] = sv }
                    siftUp(Int(sw))
                } else if counting && nd == d[w] {
                    sigma[w] += sv
                }
            }
        }
        reached = settled
    }

    /// Resets what the last Dijkstra touched.
    @inline(__always)
    func resetDistances() {
        let d = distance.baseAddress!, order = self.order.baseAddress!, slot = self.slot.baseAddress!
        for i in 0..<reached {
            let v = Int(order[i]); d[v] = .infinity; slot[v] = -1
        }
    }
}
