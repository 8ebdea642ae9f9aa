/// Arcs gathered before they are packed into compressed sparse rows.
@usableFromInline struct ArcList {
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []

    init(capacity: Int) {
        sources.reserveCapacity(capacity)
        targets.reserveCapacity(capacity)
        weights.reserveCapacity(capacity)
    }

    mutating func append(_ u: Int, _ v: Int, _ w: Double) {
        sources.append(Int32(truncatingIfNeeded: u))
        targets.append(Int32(truncatingIfNeeded: v))
        weights.append(w)
    }

    var count: Int { sources.count }
}

/// One row set of compressed sparse rows.
struct SparseRows {
    var offsets: [Int]
    var neighbors: [Int32]
    var weights: [Double]

    /// Packs arcs into rows sorted by neighbour, merging parallel arcs and dropping self-arcs.
    ///
    /// Two stable counting-sort passes (by target, then by source) order the arcs in
    /// O(n + m) without comparisons.
    init(nodeCount n: Int, arcs: ArcList, weightKind: WeightKind) {
        let m = arcs.count
        var byTarget = [Int](repeating: 0, count: n + 1)
        for k in 0..<m { byTarget[Int(arcs.targets[k]) + 1] += 1 }
        for i in 0..<n { byTarget[i + 1] += byTarget[i] }
        var order = [Int](repeating: 0, count: m)
        for k in 0..<m {
            let t = Int(arcs.targets[k])
            order[byTarget[t]] = k
            byTarget[t] += 1
        }
        var bySource = [Int](repeating: 0, count: n + 1)
        for k in 0..<m { bySource[Int(arcs.sources[k]) + 1] += 1 }
        for i in 0..<n { bySource[i + 1] += bySource[i] }
        var sorted = [Int](repeating: 0, count: m)
        for k in order {
            let s = Int(arcs.sources[k])
            sorted[bySource[s]] = k
            bySource[s] += 1
        }
        order = []

        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbors = [Int32]()
        neighbors.reserveCapacity(m)
        var weights = [Double]()
        if weightKind != .none { weights.reserveCapacity(m) }
        var row = 0
        for k in sorted {
            let u = Int(arcs.sources[k]), v = arcs.targets[k]
            if u == Int(v) { continue }
            while row < u { row += 1; offsets[row] = neighbors.count }
            if neighbors.count > offsets[u], neighbors[neighbors.count - 1] == v {
                // A parallel arc: strengths add, distances keep the shortest.
                let last = weights.count - 1
                switch weightKind {
                case .none: break
                case .strength: weights[last] += arcs.weights[k]
                case .distance: weights[last] = min(weights[last], arcs.weights[k])
                }
                continue
            }
            neighbors.append(v)
            if weightKind != .none { weights.append(arcs.weights[k]) }
        }
        while row < n { row += 1; offsets[row] = neighbors.count }
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
    }

    /// The transposed rows: row v lists the u with an arc u→v, ascending.
    func transposed(nodeCount n: Int) -> SparseRows {
        var offsets = [Int](repeating: 0, count: n + 1)
        for v in neighbors { offsets[Int(v) + 1] += 1 }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        var next = offsets
        var tNeighbors = [Int32](repeating: 0, count: neighbors.count)
        var tWeights = [Double](repeating: 0, count: weights.count)
        for u in 0..<n {
            for k in self.offsets[u]..<self.offsets[u + 1] {
                let v = Int(neighbors[k])
                tNeighbors[next[v]] = Int32(truncatingIfNeeded: u)
                if !weights.isEmpty { tWeights[next[v]] = weights[k] }
                next[v] += 1
            }
        }
        return SparseRows(offsets: offsets, neighbors: tNeighbors, weights: tWeights)
    }

    init(offsets: [Int], neighbors: [Int32], weights: [Double]) {
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
    }
}

extension AnalysisGraph {
    init(nodeCount: Int, isDirected: Bool, weightKind: WeightKind, arcs: ArcList,
         labels: [String]?, stakeholderIndices: [Int]?) {
        let out = SparseRows(nodeCount: nodeCount, arcs: arcs, weightKind: weightKind)
        let into = isDirected ? out.transposed(nodeCount: nodeCount) : out
        self.init(
            nodeCount: nodeCount, isDirected: isDirected, weightKind: weightKind,
            outOffsets: out.offsets, outNeighbors: out.neighbors, outWeights: out.weights,
            inOffsets: into.offsets, inNeighbors: into.neighbors, inWeights: into.weights,
            labels: labels, stakeholderIndices: stakeholderIndices)
    }

    /// Builds a graph from integer edges, for benchmarks, tests and data from elsewhere.
    ///
    /// An undirected edge may be listed once, in either order. Parallel edges merge as
    /// ``AnalysisGraph`` describes and self-edges are dropped.
    ///
    /// ```swift
    /// let triangle = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], isDirected: false)
    /// ```
    ///
    /// - Parameters:
    ///   - nodeCount: the number of nodes; edges name nodes in `0..<nodeCount`.
    ///   - edges: the edges as pairs of node indices.
    ///   - weights: one weight per edge, or nil for an unweighted graph.
    ///   - isDirected: whether the edges are arcs.
    ///   - weightKind: what the weights mean; ignored when `weights` is nil.
    ///   - labels: a label per node; the decimal index when nil.
    /// - Throws: ``GraphError`` when an edge leaves `0..<nodeCount` or the counts differ.
    /// - Complexity: O(*n* + *m*).
    public init(nodeCount: Int, edges: [(Int, Int)], weights: [Double]? = nil, isDirected: Bool,
                weightKind: WeightKind = .distance, labels: [String]? = nil) throws {
        if let weights, weights.count != edges.count {
            throw GraphError.weightCountMismatch(edges: edges.count, weights: weights.count)
        }
        let kind: WeightKind = weights == nil ? .none : (weightKind == .none ? .distance : weightKind)
        var arcs = ArcList(capacity: isDirected ? edges.count : 2 * edges.count)
        for (k, (u, v)) in edges.enumerated() {
            for node in [u, v] where node < 0 || node >= nodeCount {
                throw GraphError.nodeOutOfRange(edge: k, node: node, nodeCount: nodeCount)
            }
            let w = weights?[k] ?? 1
            arcs.append(u, v, w)
            if !isDirected { arcs.append(v, u, w) }
        }
        self.init(nodeCount: nodeCount, isDirected: isDirected, weightKind: kind, arcs: arcs,
                  labels: labels, stakeholderIndices: nil)
    }

    /// Builds the graph of a network's selected ties. Every stakeholder is a node, in the
    /// network's order, isolates included.
    ///
    /// - Throws: ``GraphError`` when a tie names an unknown stakeholder, or a weight is
    ///   missing or unusable for the chosen meaning.
    /// - Complexity: O(*n* + *m*) for *n* stakeholders and *m* ties.
    public init(_ network: Network, selection: GraphSelection = GraphSelection()) throws {
        let n = network.stakeholders.count
        let index = network.stakeholderIndex()
        let weightKind: WeightKind
        let field: WeightField
        let conversion: WeightConversion
        switch selection.weights {
        case .none: (weightKind, field, conversion) = (.none, .weight, .identity)
        case .distance(let f, let c): (weightKind, field, conversion) = (.distance, f, c)
        case .strength(let f, let c): (weightKind, field, conversion) = (.strength, f, c)
        }
        var arcs = ArcList(capacity: network.ties.count * 2)
        var anyDirected = false
        for (t, tie) in network.ties.enumerated() where selection.includes(tie) {
            guard let u = index[tie.source] else { throw GraphError.unknownStakeholder(tie: t, id: tie.source) }
            guard let v = index[tie.target] else { throw GraphError.unknownStakeholder(tie: t, id: tie.target) }
            var w = 1.0
            if weightKind != .none {
                switch field {
                case .weight: w = tie.weight ?? 1
                case .amount:
                    guard let amount = tie.amount else { throw GraphError.missingAmount(tie: t) }
                    w = amount.value
                }
                if conversion == .reciprocal {
                    guard w > 0 else { throw GraphError.invalidWeight(tie: t, value: w, reason: "1/weight needs a positive weight") }
                    w = 1 / w
                }
                guard w.isFinite, w >= 0 else {
                    throw GraphError.invalidWeight(tie: t, value: w, reason: "weights must be finite and not negative")
                }
            }
            let directed = tie.kind.isDirected && selection.direction != .undirected
            anyDirected = anyDirected || directed
            arcs.append(u, v, w)
            if !directed { arcs.append(v, u, w) }
        }
        let labels = network.stakeholders.map(\.id)
        let indices = Array(0..<n)
        let stored = AnalysisGraph(nodeCount: n, isDirected: anyDirected, weightKind: weightKind, arcs: arcs,
                                   labels: labels, stakeholderIndices: indices)
        guard selection.direction == .mutual, stored.isDirected else {
            self = stored
            return
        }
        var mutual = ArcList(capacity: stored.outNeighbors.count)
        for u in 0..<n {
            for k in stored.outOffsets[u]..<stored.outOffsets[u + 1] {
                let v = Int(stored.outNeighbors[k])
                guard let back = stored.arcIndex(from: v, to: u) else { continue }
                let w: Double = switch weightKind {
                case .none: 1
                // What both directions share: the smaller strength, the longer distance.
                case .strength: min(stored.outWeights[k], stored.outWeights[back])
                case .distance: max(stored.outWeights[k], stored.outWeights[back])
                }
                mutual.append(u, v, w)
            }
        }
        self.init(nodeCount: n, isDirected: false, weightKind: weightKind, arcs: mutual,
                  labels: labels, stakeholderIndices: indices)
    }
}
