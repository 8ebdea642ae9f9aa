import Foundation

/// The E-I index (Krackhardt & Stern 1988): how much a network, a group or a stakeholder ties
/// outward (External) rather than inward (Internal): (E − I) / (E + I).
///
/// +1 when every tie crosses groups, −1 when every tie stays inside one. A directed graph
/// counts each arc once; an undirected graph each edge once. For a group, E counts ties with
/// one end inside and one outside and I ties with both ends inside; for a node, its own ties
/// (sent and received) to other groups and to its own. A node or group without ties has NaN.
/// With `weighted`, tie strengths are summed instead of ties counted.
///
/// The permutation test is UCINET's: group labels are shuffled over the nodes (group sizes
/// kept, ties kept), the whole-network index recomputed each time; the p-values are the
/// shares of permutations at least as high and at most as low as observed. ``expected`` is
/// the index if ties fell on pairs at random: (possible external − possible internal pairs)
/// / all pairs.
///
/// ```swift
/// let bySector = StakeholderGroups(network, attribute: "sector", graph: graph)
/// let ei = try graph.eiIndex(of: bySector, permutations: 5000, seed: 1)
/// print(ei.value, ei.permutationTest?.pGreaterOrEqual ?? .nan)
/// ```
public struct EIIndex: Hashable, Sendable {
    /// One group's E-I.
    public struct Group: Hashable, Sendable {
        /// The group's label.
        public let label: String
        /// Its number of nodes.
        public let size: Int
        /// Ties leaving the group.
        public let external: Double
        /// Ties inside the group.
        public let `internal`: Double
        /// (E − I) / (E + I); NaN without ties.
        public var value: Double { eiRatio(external, `internal`) }
    }

    /// The permutation test of the whole-network index.
    public struct PermutationTest: Hashable, Sendable {
        /// How many permutations were drawn.
        public let permutations: Int
        /// The seed of the ``SeededGenerator`` that drew them.
        public let seed: UInt64
        /// The mean of the permuted indices.
        public let mean: Double
        /// Their standard deviation.
        public let standardDeviation: Double
        /// The smallest and largest permuted index.
        public let minimum: Double, maximum: Double
        /// The share of permuted indices ≥ the observed one.
        public let pGreaterOrEqual: Double
        /// The share of permuted indices ≤ the observed one.
        public let pLessOrEqual: Double
    }

    /// Ties crossing groups, in the whole network.
    public let external: Double
    /// Ties inside groups.
    public let `internal`: Double
    /// The whole-network index; NaN without ties.
    public var value: Double { eiRatio(external, `internal`) }
    /// The index expected if ties fell on pairs at random, given the group sizes.
    public let expected: Double
    /// Each group's index, in the assignment's group order.
    public let groups: [Group]
    /// Each node's ties to other groups and to its own.
    public let nodeExternal: [Double], nodeInternal: [Double]
    /// Each node's index; NaN for isolates.
    public var nodes: [Double] { zip(nodeExternal, nodeInternal).map { eiRatio($0, $1) } }
    /// The permutation test, when permutations were asked for.
    public let permutationTest: PermutationTest?
}

@inline(__always) func eiRatio(_ e: Double, _ i: Double) -> Double { e + i > 0 ? (e - i) / (e + i) : .nan }

extension AnalysisGraph {
    /// The E-I index of an assignment, for the network, each group and each node; see ``EIIndex``.
    ///
    /// - Parameters:
    ///   - assignment: one group per node (sector, kind, coalition).
    ///   - weighted: sum strengths instead of counting ties.
    ///   - permutations: permutations for the test; 0 skips it.
    ///   - seed: seeds the permutations.
    /// - Throws: ``GroupsError/sizeMismatch(groups:nodes:)`` for another node count,
    ///   ``CoalitionError/invalidParameter(_:)`` for a negative number of permutations,
    ///   ``GraphError/weightMeaningMismatch(measure:needs:has:)`` when weighted with distances.
    /// - Complexity: O(*n* + *m*) plus O(*m*) per permutation.
    public func eiIndex(of assignment: StakeholderGroups, weighted: Bool = false, permutations: Int = 0,
                        seed: UInt64 = 1) throws -> EIIndex {
        try assignment.check(nodeCount: nodeCount)
        guard permutations >= 0 else { throw CoalitionError.invalidParameter("permutations must be ≥ 0, not \(permutations)") }
        if weighted && weightKind == .distance {
            throw GraphError.weightMeaningMismatch(measure: "weighted E-I index", needs: .strength, has: .distance)
        }
        let g = assignment.groups
        let k = assignment.groupCount
        var nodeE = [Double](repeating: 0, count: nodeCount), nodeI = [Double](repeating: 0, count: nodeCount)
        var groupE = [Double](repeating: 0, count: k), groupI = [Double](repeating: 0, count: k)
        var e = 0.0, i = 0.0
        // Each tie once: every arc of a directed graph, each undirected edge from its lower end.
        var tieU = [Int32](), tieV = [Int32](), tieW = [Double]()
        for u in 0..<nodeCount {
            for x in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outNeighbors[x])
                if !isDirected && v < u { continue }
                let w = weighted && isWeighted ? outWeights[x] : 1
                tieU.append(Int32(u)); tieV.append(Int32(v)); tieW.append(w)
                if g[u] == g[v] {
                    i += w; nodeI[u] += w; nodeI[v] += w; groupI[g[u]] += w
                } else {
                    e += w; nodeE[u] += w; nodeE[v] += w; groupE[g[u]] += w; groupE[g[v]] += w
                }
            }
        }
        let sizes = assignment.sizes
        let n = Double(nodeCount)
        var insidePairs = 0.0
        for s in sizes { insidePairs += Double(s) * Double(s - 1) / 2 }
        let allPairs = n * (n - 1) / 2
        let expected = allPairs > 0 ? ((allPairs - insidePairs) - insidePairs) / allPairs : .nan
        let groups = (0..<k).map {
            EIIndex.Group(label: assignment.labels[$0], size: sizes[$0], external: groupE[$0], internal: groupI[$0])
        }
        var test: EIIndex.PermutationTest?
        if permutations > 0 {
            let observed = eiRatio(e, i)
            var random = SeededGenerator(seed: seed)
            var shuffled = g
            var sum = 0.0, sumSq = 0.0, lo = Double.infinity, hi = -Double.infinity
            var ge = 0, le = 0
            let tol = 1e-12
            for _ in 0..<permutations {
                random.shuffle(&shuffled)
                var pe = 0.0, pi = 0.0
                for t in 0..<tieU.count {
                    if shuffled[Int(tieU[t])] == shuffled[Int(tieV[t])] { pi += tieW[t] } else { pe += tieW[t] }
                }
                let x = eiRatio(pe, pi)
                sum += x; sumSq += x * x
                lo = min(lo, x); hi = max(hi, x)
                if x >= observed - tol { ge += 1 }
                if x <= observed + tol { le += 1 }
            }
            let p = Double(permutations)
            let mean = sum / p
            let variance = permutations > 1 ? max(0, (sumSq - p * mean * mean) / (p - 1)) : 0
            test = EIIndex.PermutationTest(permutations: permutations, seed: seed, mean: mean,
                                           standardDeviation: variance.squareRoot(), minimum: lo, maximum: hi,
                                           pGreaterOrEqual: Double(ge) / p, pLessOrEqual: Double(le) / p)
        }
        return EIIndex(external: e, internal: i, expected: expected, groups: groups, nodeExternal: nodeE,
                       nodeInternal: nodeI, permutationTest: test)
    }
}
