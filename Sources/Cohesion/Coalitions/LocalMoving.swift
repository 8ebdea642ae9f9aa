import Foundation

/// The three steps Louvain and Leiden share (Blondel et al. 2008; Traag, Waltman & van Eck
/// 2019): moving single nodes between groups, refining groups (Leiden only), and collapsing
/// each group into one node of a smaller graph.
extension QualityGraph {
    /// The smallest gain, in adjacency units, that counts as an improvement; guards against
    /// endless moves back and forth on rounding noise.
    var tolerance: Double { 1e-12 * max(1, abs(normalization)) }

    /// Fast local moving (Traag et al. 2019, algorithm A.2): nodes wait in a queue, in a random
    /// order first; each goes to the neighbouring group (or an empty group) with the largest
    /// gain in quality; when a node moves, its neighbours outside its new group rejoin the
    /// queue. Ends when the queue is empty, so no single move improves the quality.
    ///
    /// `membership` holds group numbers in `0..<nodeCount`. Returns whether any node moved.
    func moveNodes(_ membership: inout [Int32], random: inout SeededGenerator) -> Bool {
        let n = nodeCount
        guard n > 0 else { return false }
        let second = hasSecondTerm
        let tol = tolerance
        var totA0 = [Double](repeating: 0, count: n), totB0 = [Double](repeating: 0, count: n)
        var totA1 = [Double](repeating: 0, count: second ? n : 0), totB1 = [Double](repeating: 0, count: second ? n : 0)
        var size = [Int32](repeating: 0, count: n)
        for i in 0..<n {
            let c = Int(membership[i])
            totA0[c] += a0[i]; totB0[c] += b0[i]
            if second { totA1[c] += a1[i]; totB1[c] += b1[i] }
            size[c] += 1
        }
        var empty = [Int32]()
        for c in stride(from: n - 1, through: 0, by: -1) where size[c] == 0 { empty.append(Int32(c)) }
        var order = (0..<n).map { Int32($0) }
        random.shuffle(&order)
        var queue = order
        var head = 0, count = n
        var inQueue = [Bool](repeating: true, count: n)
        var stamp = [Int32](repeating: -1, count: n)
        var linkWeight = [Double](repeating: 0, count: n)
        var candidates = [Int32](repeating: 0, count: n)
        var moved = false
        let c0 = self.c0, c1 = self.c1

        offsets.withUnsafeBufferPointer { off in
        neighbors.withUnsafeBufferPointer { nb in
        weights.withUnsafeBufferPointer { wt in
        a0.withUnsafeBufferPointer { a0p in
        b0.withUnsafeBufferPointer { b0p in
        a1.withUnsafeBufferPointer { a1p in
        b1.withUnsafeBufferPointer { b1p in
        membership.withUnsafeMutableBufferPointer { mem in
        totA0.withUnsafeMutableBufferPointer { tA0 in
        totB0.withUnsafeMutableBufferPointer { tB0 in
        totA1.withUnsafeMutableBufferPointer { tA1 in
        totB1.withUnsafeMutableBufferPointer { tB1 in
        queue.withUnsafeMutableBufferPointer { q in
        inQueue.withUnsafeMutableBufferPointer { inQ in
        stamp.withUnsafeMutableBufferPointer { st in
        linkWeight.withUnsafeMutableBufferPointer { lw in
        candidates.withUnsafeMutableBufferPointer { cand in
        size.withUnsafeMutableBufferPointer { sz in
            while count > 0 {
                let i = Int(q[head])
                head += 1; if head == n { head = 0 }
                count -= 1
                inQ[i] = false
                let ci = Int(mem[i])
                let ii = Int32(truncatingIfNeeded: i)
                var nc = 0
                st[ci] = ii; lw[ci] = 0; cand[0] = Int32(truncatingIfNeeded: ci); nc = 1
                let start = off[i], end = off[i + 1]
                var e = start
                while e < end {
                    let c = Int(mem[Int(nb[e])])
                    if st[c] != ii { st[c] = ii; lw[c] = 0; cand[nc] = Int32(truncatingIfNeeded: c); nc += 1 }
                    lw[c] += wt[e]
                    e += 1
                }
                let ai0 = a0p[i], bi0 = b0p[i]
                let ai1 = second ? a1p[i] : 0, bi1 = second ? b1p[i] : 0
                tA0[ci] -= ai0; tB0[ci] -= bi0
                if second { tA1[ci] -= ai1; tB1[ci] -= bi1 }
                sz[ci] -= 1
                @inline(__always) func gain(_ c: Int) -> Double {
                    var g = lw[c] - c0 * (ai0 * tB0[c] + tA0[c] * bi0)
                    if second { g -= c1 * (ai1 * tB1[c] + tA1[c] * bi1) }
                    return g
                }
                let stay = gain(ci)
                var best = ci, bestGain = stay
                var k = 1
                while k < nc {
                    let c = Int(cand[k])
                    let g = gain(c)
                    if g > bestGain { best = c; bestGain = g }
                    k += 1
                }
                // Alone in an empty group the gain is 0: better when every group costs.
                if bestGain < 0, sz[ci] > 0, let e = empty.last { best = Int(e); bestGain = 0 }
                if best != ci && bestGain <= stay + tol { best = ci }
                tA0[best] += ai0; tB0[best] += bi0
                if second { tA1[best] += ai1; tB1[best] += bi1 }
                if sz[best] == 0, best != ci { empty.removeLast() }
                sz[best] += 1
                if sz[ci] == 0 && best != ci { empty.append(Int32(truncatingIfNeeded: ci)) }
                if best != ci {
                    moved = true
                    mem[i] = Int32(truncatingIfNeeded: best)
                    var e = start
                    while e < end {
                        let j = Int(nb[e])
                        if !inQ[j] && Int(mem[j]) != best {
                            inQ[j] = true
                            var tail = head + count; if tail >= n { tail -= n }
                            q[tail] = Int32(truncatingIfNeeded: j)
                            count += 1
                        }
                        e += 1
                    }
                }
            }
        }}}}}}}}}}}}}}}}}}
        return moved
    }

    /// Renumbers groups densely, in order of their first node; returns the group count.
    static func renumber(_ membership: inout [Int32]) -> Int {
        var map = [Int32](repeating: -1, count: membership.count)
        var next: Int32 = 0
        for i in membership.indices {
            let c = Int(membership[i])
            if map[c] < 0 { map[c] = next; next += 1 }
            membership[i] = map[c]
        }
        return Int(next)
    }

    /// The graph whose nodes are the groups of a dense membership (numbers in 0..<k): weights
    /// between groups add up, weights inside a group become its diagonal, null-model vectors
    /// add up.
    func aggregate(_ membership: [Int32], groupCount k: Int) -> QualityGraph {
        let n = nodeCount
        var start = [Int](repeating: 0, count: k + 1)
        for i in 0..<n { start[Int(membership[i]) + 1] += 1 }
        for c in 0..<k { start[c + 1] += start[c] }
        var fill = start
        var members = [Int32](repeating: 0, count: n)
        for i in 0..<n {
            let c = Int(membership[i])
            members[fill[c]] = Int32(truncatingIfNeeded: i)
            fill[c] += 1
        }
        let second = hasSecondTerm
        var newOffsets = [Int](repeating: 0, count: k + 1)
        var newNeighbors = [Int32](), newWeights = [Double]()
        newNeighbors.reserveCapacity(min(neighbors.count, k * 8))
        newWeights.reserveCapacity(min(neighbors.count, k * 8))
        var loops = [Double](repeating: 0, count: k)
        var na0 = [Double](repeating: 0, count: k), nb0 = [Double](repeating: 0, count: k)
        var na1 = [Double](repeating: 0, count: second ? k : 0), nb1 = [Double](repeating: 0, count: second ? k : 0)
        var stamp = [Int32](repeating: -1, count: k)
        var link = [Double](repeating: 0, count: k)
        var touched = [Int32](repeating: 0, count: k)
        offsets.withUnsafeBufferPointer { off in
        neighbors.withUnsafeBufferPointer { nb in
        weights.withUnsafeBufferPointer { wt in
        membership.withUnsafeBufferPointer { mem in
        members.withUnsafeBufferPointer { mb in
        stamp.withUnsafeMutableBufferPointer { st in
        link.withUnsafeMutableBufferPointer { lk in
        touched.withUnsafeMutableBufferPointer { tc in
            for c in 0..<k {
                let cc = Int32(truncatingIfNeeded: c)
                var nt = 0
                var inside = 0.0
                for p in start[c]..<start[c + 1] {
                    let i = Int(mb[p])
                    loops[c] += selfLoops[i]
                    na0[c] += a0[i]; nb0[c] += b0[i]
                    if second { na1[c] += a1[i]; nb1[c] += b1[i] }
                    for e in off[i]..<off[i + 1] {
                        let d = Int(mem[Int(nb[e])])
                        if d == c { inside += wt[e]; continue }
                        if st[d] != cc { st[d] = cc; lk[d] = 0; tc[nt] = Int32(truncatingIfNeeded: d); nt += 1 }
                        lk[d] += wt[e]
                    }
                }
                // Each ordered pair inside was seen once with s_ij = A_ij + A_ji.
                loops[c] += 0.5 * inside
                for t in 0..<nt {
                    let d = Int(tc[t])
                    newNeighbors.append(Int32(truncatingIfNeeded: d))
                    newWeights.append(lk[d])
                }
                newOffsets[c + 1] = newNeighbors.count
            }
        }}}}}}}}
        return QualityGraph(nodeCount: k, offsets: newOffsets, neighbors: newNeighbors, weights: newWeights,
                            selfLoops: loops, a0: na0, b0: nb0, c0: c0, a1: na1, b1: nb1, c1: c1,
                            normalization: normalization)
    }

    /// Leiden's refinement (Traag et al. 2019, algorithm A.2, `RefinePartition` and
    /// `MergeNodesSubset`): inside each group, starting from single nodes, a node that is
    /// still alone and well connected to its group joins, at random, a well-connected
    /// sub-group of the same group whose merge does not lower quality, with probability
    /// proportional to exp(gain / θ). Sub-groups are therefore connected.
    ///
    /// Returns the refined membership (sub-group numbers in 0..<nodeCount, not dense).
    func refine(_ membership: [Int32], groupCount k: Int, randomness theta: Double,
                random: inout SeededGenerator) -> [Int32] {
        let n = nodeCount
        let second = hasSecondTerm
        var refined = (0..<n).map { Int32($0) }
        var sA0 = [Double](repeating: 0, count: k), sB0 = [Double](repeating: 0, count: k)
        var sA1 = [Double](repeating: 0, count: second ? k : 0), sB1 = [Double](repeating: 0, count: second ? k : 0)
        for i in 0..<n {
            let s = Int(membership[i])
            sA0[s] += a0[i]; sB0[s] += b0[i]
            if second { sA1[s] += a1[i]; sB1[s] += b1[i] }
        }
        // Weight from each node to the rest of its group; for a sub-group, to the rest of its group.
        var external = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let s = membership[i]
            for e in offsets[i]..<offsets[i + 1] where membership[Int(neighbors[e])] == s { external[i] += weights[e] }
        }
        var rA0 = a0, rB0 = b0, rA1 = a1, rB1 = b1
        var rExternal = external
        var rSize = [Int32](repeating: 1, count: n)
        // Null-model weight between x (with vectors xa, xb) and the rest of its group s.
        @inline(__always) func nullToRest(_ xa0: Double, _ xb0: Double, _ xa1: Double, _ xb1: Double, _ s: Int) -> Double {
            var v = c0 * (xa0 * (sB0[s] - xb0) + (sA0[s] - xa0) * xb0)
            if second { v += c1 * (xa1 * (sB1[s] - xb1) + (sA1[s] - xa1) * xb1) }
            return v
        }
        var order = (0..<n).map { Int32($0) }
        random.shuffle(&order)
        var stamp = [Int32](repeating: -1, count: n)
        var link = [Double](repeating: 0, count: n)
        var touched = [Int32](repeating: 0, count: n)
        var chance = [Double](repeating: 0, count: n)
        let tol = tolerance
        for vv in order {
            let v = Int(vv)
            guard rSize[Int(refined[v])] == 1 else { continue }
            let s = Int(membership[v])
            let va0 = a0[v], vb0 = b0[v], va1 = second ? a1[v] : 0, vb1 = second ? b1[v] : 0
            guard external[v] - nullToRest(va0, vb0, va1, vb1, s) >= -tol else { continue }
            var nt = 0
            for e in offsets[v]..<offsets[v + 1] {
                let j = Int(neighbors[e])
                guard Int(membership[j]) == s else { continue }
                let r = Int(refined[j])
                if stamp[r] != vv { stamp[r] = vv; link[r] = 0; touched[nt] = Int32(truncatingIfNeeded: r); nt += 1 }
                link[r] += weights[e]
            }
            // Candidates: well-connected sub-groups whose merge does not lower quality.
            var best = 0.0
            var m = 0
            for t in 0..<nt {
                let r = Int(touched[t])
                if r == v { continue }
                let wellConnected = rExternal[r] - nullToRest(rA0[r], rB0[r], second ? rA1[r] : 0, second ? rB1[r] : 0, s) >= -tol
                guard wellConnected else { continue }
                var g = link[r] - c0 * (va0 * rB0[r] + rA0[r] * vb0)
                if second { g -= c1 * (va1 * rB1[r] + rA1[r] * vb1) }
                guard g >= 0 else { continue }
                touched[m] = Int32(truncatingIfNeeded: r); chance[m] = g; m += 1
                best = max(best, g)
            }
            guard m > 0 else { continue }
            // Staying alone is a candidate of gain 0. Gains are in edge-weight units (s / 2).
            var total = exp((0 - best) / (2 * theta))
            for t in 0..<m { chance[t] = exp((chance[t] - best) / (2 * theta)); total += chance[t] }
            var draw = random.nextUnit() * total
            var chosen = -1
            for t in 0..<m {
                draw -= chance[t]
                if draw < 0 { chosen = Int(touched[t]); break }
            }
            guard chosen >= 0 else { continue }
            let r = chosen
            rExternal[r] = rExternal[r] + rExternal[v] - 2 * link[r]
            rA0[r] += va0; rB0[r] += vb0
            if second { rA1[r] += va1; rB1[r] += vb1 }
            rSize[r] += 1
            rSize[v] = 0
            refined[v] = Int32(truncatingIfNeeded: r)
        }
        return refined
    }
}
