/// Scratch space for computing ``NetworkStatistic`` values on many graphs of the same order
/// without allocating: one per worker thread of a null-model test (a kernel owns a search
/// worker, so copies must not be used on two threads at once).
///
/// Density, reciprocity, transitivity, the degree centralizations and betweenness
/// centralization run on the kernel's own buffers; the other statistics call the library's
/// measures (serially), which allocate their own scratch. Betweenness searches 64 sources a
/// pass (``MultiSourceWorker``, Then et al.'s multi-source BFS) where its scratch, about 1.6 kB
/// a node, fits; one source at a time otherwise.
///
/// - Complexity: O(*n*) memory.
struct StatisticKernel {
    /// Per-kernel scratch above which betweenness searches one source at a time.
    static let multiSourceBudget = 64 << 20
    /// The 64-source search, made on the first betweenness centralization.
    var multiSource: MultiSourceWorker?
    /// 0..<n, the sources of every betweenness sweep.
    var allSources: [Int] = []
    let n: Int
    var mark: [Int32]
    var degree: [Double]
    var sigma: [Double]
    var delta: [Double]
    var betweenness: [Double]
    var level: [Int32]
    var order: [Int32]

    init(nodeCount: Int, isDirected: Bool) {
        n = nodeCount
        mark = [Int32](repeating: -1, count: nodeCount)
        degree = [Double](repeating: 0, count: nodeCount)
        sigma = [Double](repeating: 0, count: nodeCount)
        delta = [Double](repeating: 0, count: nodeCount)
        betweenness = [Double](repeating: 0, count: nodeCount)
        level = [Int32](repeating: -1, count: nodeCount)
        order = [Int32](repeating: 0, count: nodeCount)
    }

    mutating func value(_ statistic: NetworkStatistic, of g: AnalysisGraph) throws -> Double {
        switch statistic {
        case .density: return Self.density(g)
        case .reciprocity: return g.reciprocity
        case .transitivity: return transitivity(g)
        case .degreeCentralization: return degreeCentralization(g, .all)
        case .inDegreeCentralization: return degreeCentralization(g, g.isDirected ? .incoming : .all)
        case .outDegreeCentralization: return degreeCentralization(g, g.isDirected ? .outgoing : .all)
        case .betweennessCentralization: return betweennessCentralization(g)
        case .closenessCentralization: return try g.closenessCentralization(options: .serial)
        case .eiIndex(let groups):
            return try g.eiIndex(of: try CommunityAssignment(groups: groups)).value
        case .modularity(let groups):
            return try g.modularity(of: try CommunityAssignment(groups: groups))
        case .brokerageTotal(let groups):
            let count = (groups.max() ?? -1) + 1
            let partition = try Partition(groups: groups, labels: (0..<max(count, 0)).map(String.init))
            return try GouldFernandezBrokerage(g, partition: partition, options: .serial).networkScores.total
        case .meanConstraint:
            let c = try StructuralHoles(g, options: .serial).constraint.filter(\.isFinite)
            return c.isEmpty ? .nan : c.reduce(0, +) / Double(c.count)
        case .coalitionCount: return Double(try g.coalitions(method: .leiden, seed: 1).count)
        case .leidenModularity: return try g.coalitions(method: .leiden, seed: 1).modularity
        }
    }

    static func density(_ g: AnalysisGraph) -> Double {
        let n = Double(g.nodeCount)
        guard g.nodeCount > 1 else { return .nan }
        return Double(g.outNeighbors.count) / (n * (n - 1))
    }

    /// sna `gtrans(measure = "weak")`: closed two-paths over two-paths.
    mutating func transitivity(_ g: AnalysisGraph) -> Double {
        var closed = 0, total = 0
        g.outOffsets.withUnsafeBufferPointer { off in
        g.outNeighbors.withUnsafeBufferPointer { nb in
        mark.withUnsafeMutableBufferPointer { mark in
            for i in 0..<n {
                let mi = Int32(i)
                for e in off[i]..<off[i + 1] { mark[Int(nb[e])] = mi }
                for e in off[i]..<off[i + 1] {
                    let j = Int(nb[e])
                    for f in off[j]..<off[j + 1] {
                        let k = Int(nb[f])
                        if k == i { continue }
                        total += 1
                        if mark[k] == mi { closed += 1 }
                    }
                }
            }
            for i in 0..<n { mark[i] = -1 }
        }}}
        return total == 0 ? .nan : Double(closed) / Double(total)
    }

    mutating func degreeCentralization(_ g: AnalysisGraph, _ direction: DegreeDirection) -> Double {
        guard n > 0 else { return .nan }
        let nn = Double(n)
        var top = 0
        var sum = 0
        for v in 0..<n {
            let d: Int
            switch direction {
            case .incoming: d = g.inOffsets[v + 1] - g.inOffsets[v]
            case .outgoing: d = g.outOffsets[v + 1] - g.outOffsets[v]
            case .all: d = g.isDirected ? g.inOffsets[v + 1] - g.inOffsets[v] + g.outOffsets[v + 1] - g.outOffsets[v]
                : g.outOffsets[v + 1] - g.outOffsets[v]
            }
            top = max(top, d); sum += d
        }
        let maximum: Double = !g.isDirected ? (nn - 1) * (nn - 2)
            : (direction == .all ? 2 * (nn - 1) * (nn - 2) : (nn - 1) * (nn - 1))
        guard maximum > 0 else { return .nan }
        return (Double(top) * nn - Double(sum)) / maximum
    }

    /// Freeman betweenness centralization by Brandes' breadth-first sweeps on the kernel's
    /// buffers (raw pair counts, halved in an undirected graph, over igraph's maximum).
    mutating func betweennessCentralization(_ g: AnalysisGraph) -> Double {
        guard n > 0 else { return .nan }
        let nn = Double(n)
        let maximum = (nn - 1) * (nn - 1) * (nn - 2) / (g.isDirected ? 1 : 2)
        if MultiSourceWorker.bytesNeeded(nodeCount: n, counting: true) <= Self.multiSourceBudget {
            let worker: MultiSourceWorker
            if let existing = multiSource {
                worker = existing
            } else {
                worker = MultiSourceWorker(nodeCount: n, counting: true, accumulates: true)
                multiSource = worker
                allSources = Array(0..<n)
            }
            let acc = worker.accumulator
            for v in 0..<n { acc[v] = 0 }
            g.withOutRows { rows in
                var lo = 0
                while lo < n {
                    let hi = min(n, lo + MultiSourceWorker.lanes)
                    worker.search(sources: allSources[lo..<hi], rows: rows)
                    worker.accumulate(rows: rows, endpoints: false)
                    lo = hi
                }
            }
            for v in 0..<n { betweenness[v] = acc[v] }
        } else {
            brandesOneSourceAtATime(g)
        }
        var top = 0.0, sum = 0.0
        let scale = g.isDirected ? 1.0 : 0.5
        for v in 0..<n { let b = betweenness[v] * scale; top = max(top, b); sum += b }
        guard maximum > 0 else { return .nan }
        return (top * nn - sum) / maximum
    }

    /// Brandes' raw pair counts into ``betweenness``, one breadth-first sweep per source, on the
    /// kernel's buffers.
    mutating func brandesOneSourceAtATime(_ g: AnalysisGraph) {
        g.outOffsets.withUnsafeBufferPointer { off in
        g.outNeighbors.withUnsafeBufferPointer { nb in
        g.inOffsets.withUnsafeBufferPointer { inOff in
        g.inNeighbors.withUnsafeBufferPointer { inNb in
        sigma.withUnsafeMutableBufferPointer { sigma in
        delta.withUnsafeMutableBufferPointer { delta in
        betweenness.withUnsafeMutableBufferPointer { bc in
        level.withUnsafeMutableBufferPointer { level in
        order.withUnsafeMutableBufferPointer { order in
            for v in 0..<n { bc[v] = 0 }
            for s in 0..<n {
                var head = 0, tail = 1
                order[0] = Int32(s); level[s] = 0; sigma[s] = 1
                while head < tail {
                    let v = Int(order[head]); head += 1
                    let next = level[v] + 1
                    for e in off[v]..<off[v + 1] {
                        let w = Int(nb[e])
                        if level[w] < 0 { level[w] = next; sigma[w] = 0; order[tail] = Int32(w); tail += 1 }
                        if level[w] == next { sigma[w] += sigma[v] }
                    }
                }
                for k in 0..<tail { delta[Int(order[k])] = 0 }
                var k = tail - 1
                while k > 0 {
                    let w = Int(order[k])
                    let lw = level[w] - 1
                    let coefficient = (1 + delta[w]) / sigma[w]
                    for e in inOff[w]..<inOff[w + 1] {
                        let v = Int(inNb[e])
                        if level[v] == lw { delta[v] += sigma[v] * coefficient }
                    }
                    bc[w] += delta[w]
                    k -= 1
                }
                for k in 0..<tail { level[Int(order[k])] = -1 }
            }
        }}}}}}}}}
    }
}
