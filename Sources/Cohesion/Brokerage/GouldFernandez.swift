/// Gould–Fernandez brokerage: how often each node brokers between others, split into five
/// roles by the groups of a ``StakeholderGroups``, with expected values, standard deviations and
/// z-scores under the null model of R's `sna::brokerage`.
///
/// **Counting.** Node *j* brokers the ordered pair (*i*, *k*) when *i* → *j* → *k*, with *i*,
/// *j*, *k* distinct and no arc *i* → *k* (an arc *k* → *i* does not matter). Each such ordered
/// two-path adds 1 to *j*'s count in the ``BrokerageRole`` given by the groups of *i*, *j* and
/// *k* (source, broker, destination). An undirected graph is read as a digraph with both arcs
/// for every edge, as sna reads a symmetric matrix: a broker between two unconnected
/// neighbours is counted twice, once per direction. Weights are ignored: a tie is there or not.
///
/// **Partial credit** (UCINET's option, `partialCredit: true`): when *h* nodes broker the same
/// ordered pair (*i*, *k*), each earns 1/*h* instead of 1.
///
/// **Null model and z-scores.** The null model gives, for a node of each group,
/// the expected count and standard deviation of each role in a random digraph of the same
/// density *d* = *m*/(*N*(*N*−1)) (*m* arcs, edges counting twice) and group sizes;
/// z = (count − expected) / sd. The network level compares the column sums with sna's
/// network-level expectations. z-scores always refer to the full counts, the only scores the
/// null model describes, even when ``scores`` hold partial credit. Where sna divides by a zero
/// standard deviation the z-score is NaN (0/0) or ±∞, as in R.
///
/// Matches R `sna::brokerage(g, cl)` 2.7-1 (`raw.nli`, `exp.nli`, `sd.nli`, `z.nli`,
/// `raw.gli`, `exp.gli`, `sd.gli`, `z.gli`, `exp.grp`, `sd.grp`), with groups numbered in
/// order of first appearance as sna's `unique(cl)` does. Partial credit follows UCINET's
/// Brokerage routine's description; no library provides it to compare against.
///
/// ```swift
/// let graph = try AnalysisGraph(network)
/// let levels = try StakeholderGroups(network, graph: graph, attribute: "level")
/// let brokerage = try GouldFernandezBrokerage(graph, partition: levels)
/// for node in 0..<graph.nodeCount where brokerage.zScores[node].gatekeeper > 2 {
///     print(graph.label(of: node), "gatekeeps for its level")
/// }
/// print(brokerage.totalsByGroup)   // which level gatekeeps, which liaises
/// ```
///
/// - Complexity: counting is O(Σ_(*i*,*j*) min(*d*⁺(*i*), *d*⁺(*j*) log *d*⁺(*i*))) over arcs
///   *i* → *j* (at most the number of two-paths), on the threads ``ComputationOptions`` allows; partial credit is
///   O(number of two-paths). The null model is O(*k*³) for *k* groups.
public struct GouldFernandezBrokerage: Hashable, Sendable {
    /// The partition the roles were counted on.
    public let partition: Partition
    /// Whether ``scores`` hold UCINET's 1/*h* partial credit rather than counts.
    public let partialCredit: Bool
    /// Each node's brokerage in each role: counts, or partial credit.
    public let scores: [BrokerageRoleScores]
    /// Each node's full counts (the same as ``scores`` without partial credit).
    public let counts: [BrokerageRoleScores]
    /// Each node's z-scores of its full counts against its group's expectation.
    public let zScores: [BrokerageRoleScores]
    /// The expected counts of a node of each group (sna `exp.grp`), indexed by group.
    public let groupExpected: [BrokerageRoleScores]
    /// The standard deviations for a node of each group (sna `sd.grp`), indexed by group.
    public let groupStandardDeviation: [BrokerageRoleScores]
    /// The network's total counts (sna `raw.gli`).
    public let networkCounts: BrokerageRoleScores
    /// The expected network totals (sna `exp.gli`).
    public let networkExpected: BrokerageRoleScores
    /// The standard deviations of the network totals (sna `sd.gli`).
    public let networkStandardDeviation: BrokerageRoleScores
    /// The z-scores of the network totals (sna `z.gli`).
    public let networkZScores: BrokerageRoleScores
    /// The sum of ``scores`` over the brokers of each group, indexed by group: which kind of
    /// stakeholder gatekeeps, which liaises.
    public let totalsByGroup: [BrokerageRoleScores]

    /// The network's total ``scores``: equal to ``networkCounts`` without partial credit; with it,
    /// the number of ordered pairs that have a broker, by role.
    public var networkScores: BrokerageRoleScores {
        // Summed in the groups' order of first appearance, sna's order, whatever their numbering.
        partition.orderOfFirstAppearance.reduce(.zero) { $0 + totalsByGroup[$1] }
    }

    /// The expected counts for a node (sna `exp.nli`).
    public func expected(ofNode node: Int) -> BrokerageRoleScores { groupExpected[partition.groups[node]] }
    /// The standard deviations for a node (sna `sd.nli`).
    public func standardDeviation(ofNode node: Int) -> BrokerageRoleScores { groupStandardDeviation[partition.groups[node]] }

    /// Counts the brokerage roles of every node of a graph.
    ///
    /// - Parameters:
    ///   - graph: any graph; weights are ignored, undirected edges are read as two arcs.
    ///   - partition: one group per node of `graph`.
    ///   - partialCredit: share the credit for a pair among all its brokers (UCINET's option).
    ///   - options: threads, progress and cancellation of the counting; progress runs from 0 to 1
    ///     once for the counts and, with partial credit, once more for the credit.
    /// - Throws: ``GroupsError/sizeMismatch(groups:nodes:)`` when the partition does not
    ///   cover the graph's nodes; `CancellationError` when the options' flag is cancelled.
    /// - Complexity: see the type.
    public init(_ graph: AnalysisGraph, partition: StakeholderGroups, partialCredit: Bool = false,
                options: ComputationOptions = .default) throws {
        guard partition.nodeCount == graph.nodeCount else {
            throw GroupsError.sizeMismatch(groups: partition.nodeCount, nodes: graph.nodeCount)
        }
        self.partition = partition
        self.partialCredit = partialCredit
        let counts = try GouldFernandezCounting.counts(graph, partition: partition, options: options)
        self.counts = counts
        scores = partialCredit
            ? try GouldFernandezCounting.partialCredit(graph, partition: partition, options: options) : counts

        // The model takes the groups in the order R's unique() gives sna's classes (first
        // appearance), so its sums run in sna's order whatever the groups' numbering.
        let order = partition.orderOfFirstAppearance
        let sizes = partition.sizes
        let model = GouldFernandezNullModel(groupSizes: order.map { sizes[$0] }, arcCount: graph.outNeighbors.count)
        var expected = [BrokerageRoleScores](repeating: .zero, count: partition.groupCount)
        var deviation = [BrokerageRoleScores](repeating: .zero, count: partition.groupCount)
        for (k, g) in order.enumerated() {
            expected[g] = model.groupExpected[k]
            deviation[g] = model.groupStandardDeviation[k]
        }
        groupExpected = expected
        groupStandardDeviation = deviation
        networkExpected = model.networkExpected
        networkStandardDeviation = model.networkStandardDeviation
        zScores = counts.indices.map { node in
            let g = partition.groups[node]
            return GouldFernandezBrokerage.z(counts[node], expected[g], deviation[g])
        }
        let total = counts.reduce(BrokerageRoleScores.zero, +)
        networkCounts = total
        networkZScores = GouldFernandezBrokerage.z(total, model.networkExpected, model.networkStandardDeviation)
        var byGroup = [BrokerageRoleScores](repeating: .zero, count: partition.groupCount)
        for (node, s) in scores.enumerated() { byGroup[partition.groups[node]] = byGroup[partition.groups[node]] + s }
        totalsByGroup = byGroup
    }

    static func z(_ x: BrokerageRoleScores, _ e: BrokerageRoleScores, _ sd: BrokerageRoleScores) -> BrokerageRoleScores {
        BrokerageRoleScores(coordinator: (x.coordinator - e.coordinator) / sd.coordinator,
                            itinerant: (x.itinerant - e.itinerant) / sd.itinerant,
                            representative: (x.representative - e.representative) / sd.representative,
                            gatekeeper: (x.gatekeeper - e.gatekeeper) / sd.gatekeeper,
                            liaison: (x.liaison - e.liaison) / sd.liaison,
                            total: (x.total - e.total) / sd.total)
    }
}

/// The two-path counting behind ``GouldFernandezBrokerage``.
enum GouldFernandezCounting {
    /// The fewest nodes that pay for one more worker thread.
    static let nodesPerWorker = 512
    /// The nodes a worker takes at a time.
    static let chunk = 256

    /// Full counts, broker by broker, in parallel.
    ///
    /// For broker *j* with successors *S*, and each predecessor *i*, the destinations *k* are
    /// *S* minus *i* itself minus *S* ∩ succ(*i*). Only three numbers decide the roles: how
    /// many such *k* in all, in *j*'s group and in *i*'s group. So *S* is tallied by group once
    /// per broker, and each *i* only needs the intersection *S* ∩ succ(*i*), found by whichever
    /// is cheaper: scanning succ(*i*) against a mark on *S*, or binary searches of *S*'s
    /// members in succ(*i*).
    static func counts(_ graph: AnalysisGraph, partition: StakeholderGroups,
                       options: ComputationOptions) throws -> [BrokerageRoleScores] {
        let n = graph.nodeCount
        let groupCount = partition.groupCount
        var raw = [Int](repeating: 0, count: 5 * n)   // role-major per node: 5 counts per node
        try graph.outOffsets.withUnsafeBufferPointer { outOff in
        try graph.outNeighbors.withUnsafeBufferPointer { outNbr in
        try graph.inOffsets.withUnsafeBufferPointer { inOff in
        try graph.inNeighbors.withUnsafeBufferPointer { inNbr in
        try partition.groups.withUnsafeBufferPointer { group in
        try raw.withUnsafeMutableBufferPointer { raw in
            let box = UncheckedSendable(value: (outOff, outNbr, inOff, inNbr, group, raw))
            _ = try SourceSweep.run(total: n, options: options, itemsPerWorker: GouldFernandezCounting.nodesPerWorker,
                                    makeWorker: { CountingScratch(nodeCount: n, groupCount: groupCount) }) { scratch, range in
                let (outOff, outNbr, inOff, inNbr, group, raw) = box.value
                scratch.mark.withUnsafeMutableBufferPointer { mark in
                scratch.perGroup.withUnsafeMutableBufferPointer { perGroup in
                    for j in range {
                        let sLo = outOff[j], sHi = outOff[j + 1]
                        let pLo = inOff[j], pHi = inOff[j + 1]
                        let sCount = sHi - sLo
                        if sCount == 0 || pHi == pLo { continue }
                        let j32 = Int32(truncatingIfNeeded: j)
                        for s in sLo..<sHi {
                            let k = Int(outNbr[s])
                            mark[k] = j32
                            perGroup[group[k]] += 1
                        }
                        let gj = group[j]
                        var coordinator = 0, itinerant = 0, representative = 0, gatekeeper = 0, liaison = 0
                        for p in pLo..<pHi {
                            let i = Int(inNbr[p])
                            let gi = group[i]
                            let iLo = outOff[i], iHi = outOff[i + 1]
                            let iCount = iHi - iLo
                            // Destinations to drop: i itself, and j's successors i already reaches.
                            var dropped = 0, droppedInJ = 0, droppedInI = 0
                            if mark[i] == j32 {
                                dropped = 1
                                droppedInI = 1
                                if gi == gj { droppedInJ = 1 }
                            }
                            if iCount <= sCount * (1 + Int.bitWidth - iCount.leadingZeroBitCount) {
                                for t in iLo..<iHi {
                                    let k = Int(outNbr[t])
                                    if mark[k] == j32 {
                                        dropped += 1
                                        let gk = group[k]
                                        if gk == gj { droppedInJ += 1 }
                                        if gk == gi { droppedInI += 1 }
                                    }
                                }
                            } else {
                                for s in sLo..<sHi {
                                    let k = outNbr[s]
                                    if outNbr.index(ofSorted: k, in: iLo..<iHi) != nil {
                                        dropped += 1
                                        let gk = group[Int(k)]
                                        if gk == gj { droppedInJ += 1 }
                                        if gk == gi { droppedInI += 1 }
                                    }
                                }
                            }
                            let all = sCount - dropped
                            let inJ = perGroup[gj] - droppedInJ
                            if gi == gj {
                                coordinator += inJ
                                representative += all - inJ
                            } else {
                                let inI = perGroup[gi] - droppedInI
                                gatekeeper += inJ
                                itinerant += inI
                                liaison += all - inJ - inI
                            }
                        }
                        for s in sLo..<sHi { perGroup[group[Int(outNbr[s])]] = 0 }
                        let base = 5 * j
                        raw[base] = coordinator
                        raw[base + 1] = itinerant
                        raw[base + 2] = representative
                        raw[base + 3] = gatekeeper
                        raw[base + 4] = liaison
                    }
                }
                }
            }
        }
        }
        }
        }
        }
        }
        return (0..<n).map { j in
            BrokerageRoleScores(coordinator: Double(raw[5 * j]), itinerant: Double(raw[5 * j + 1]),
                                representative: Double(raw[5 * j + 2]), gatekeeper: Double(raw[5 * j + 3]),
                                liaison: Double(raw[5 * j + 4]))
        }
    }

    /// UCINET's partial credit, source by source: first count the brokers of every pair
    /// (*i*, *k*), then hand each broker 1/*h*. Credit lands on brokers, not sources, so each
    /// worker sums into its own table, reduced at the end.
    static func partialCredit(_ graph: AnalysisGraph, partition: StakeholderGroups,
                              options: ComputationOptions) throws -> [BrokerageRoleScores] {
        let n = graph.nodeCount
        // Dealt chunks: each worker sums the same sources in every run, and the tables are
        // added in worker order, so the credit's last bits do not depend on timing.
        let workers = try graph.outOffsets.withUnsafeBufferPointer { outOff in
            try graph.outNeighbors.withUnsafeBufferPointer { outNbr in
                try partition.groups.withUnsafeBufferPointer { group in
                    let box = UncheckedSendable(value: (outOff, outNbr, group))
                    return try SourceSweep.run(total: n, options: options, itemsPerWorker: nodesPerWorker,
                                               schedule: .dealt(chunk: chunk),
                                               makeWorker: { PartialCreditScratch(nodeCount: n) }) { scratch, range in
                        let (outOff, outNbr, group) = box.value
                        scratch.run(range, outOff: outOff, outNbr: outNbr, group: group)
                    }
                }
            }
        }
        var total = [Double](repeating: 0, count: 5 * n)
        for worker in workers {
            let credit = worker.credit
            for x in 0..<(5 * n) { total[x] += credit[x] }
        }
        return (0..<n).map { j in
            BrokerageRoleScores(coordinator: total[5 * j], itinerant: total[5 * j + 1],
                                representative: total[5 * j + 2], gatekeeper: total[5 * j + 3],
                                liaison: total[5 * j + 4])
        }
    }
}

/// One worker's state for full counts: the mark of the broker's successors and their tally
/// by group.
final class CountingScratch {
    var mark: [Int32]
    var perGroup: [Int]

    init(nodeCount n: Int, groupCount: Int) {
        mark = [Int32](repeating: -1, count: n)
        perGroup = [Int](repeating: 0, count: groupCount)
    }
}

/// One worker's state for partial credit: marks, per-pair broker counts and its credit table.
final class PartialCreditScratch {
    var mark: [Int32]
    var brokers: [Int32]
    var touched: [Int32] = []
    var credit: [Double]

    init(nodeCount n: Int) {
        mark = [Int32](repeating: -1, count: n)
        brokers = [Int32](repeating: 0, count: n)
        credit = [Double](repeating: 0, count: 5 * n)
    }

    /// Adds the credit of the sources in `range`.
    ///
    /// The scratch arrays are lent out as buffers for the whole range: a class's stored `var`
    /// is checked for exclusive access at run time on every element read and write.
    func run(_ range: Range<Int>, outOff: UnsafeBufferPointer<Int>, outNbr: UnsafeBufferPointer<Int32>,
                      group: UnsafeBufferPointer<Int>) {
        var touched: [Int32] = []
        swap(&touched, &self.touched)
        mark.withUnsafeMutableBufferPointer { mark in
            brokers.withUnsafeMutableBufferPointer { brokers in
                credit.withUnsafeMutableBufferPointer { credit in
                    Self.run(range, outOff: outOff, outNbr: outNbr, group: group,
                             mark: mark, brokers: brokers, credit: credit, touched: &touched)
                }
            }
        }
        swap(&touched, &self.touched)
    }

    private static func run(_ range: Range<Int>, outOff: UnsafeBufferPointer<Int>, outNbr: UnsafeBufferPointer<Int32>,
                            group: UnsafeBufferPointer<Int>, mark: UnsafeMutableBufferPointer<Int32>,
                            brokers: UnsafeMutableBufferPointer<Int32>, credit: UnsafeMutableBufferPointer<Double>,
                            touched: inout [Int32]) {
        for i in range {
            let i32 = Int32(truncatingIfNeeded: i)
            let iLo = outOff[i], iHi = outOff[i + 1]
            if iLo == iHi { continue }
            for t in iLo..<iHi { mark[Int(outNbr[t])] = i32 }
            // Pass 1: how many brokers each destination k has from i.
            for t in iLo..<iHi {
                let j = Int(outNbr[t])
                for s in outOff[j]..<outOff[j + 1] {
                    let k = Int(outNbr[s])
                    if k == i || mark[k] == i32 { continue }
                    if brokers[k] == 0 { touched.append(Int32(truncatingIfNeeded: k)) }
                    brokers[k] += 1
                }
            }
            // Pass 2: each broker earns 1/h of each pair.
            let gi = group[i]
            for t in iLo..<iHi {
                let j = Int(outNbr[t])
                let gj = group[j]
                for s in outOff[j]..<outOff[j + 1] {
                    let k = Int(outNbr[s])
                    if k == i || mark[k] == i32 { continue }
                    let role = BrokerageRole(source: gi, broker: gj, destination: group[k])
                    credit[5 * j + role.rawValue] += 1 / Double(brokers[k])
                }
            }
            for k in touched { brokers[Int(k)] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
    }
}
