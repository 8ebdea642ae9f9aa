/// How balanced a signed network is (Heider 1946; Cartwright & Harary 1956): the share of its
/// closed triads whose signs multiply to +1 ("the friend of my friend is my friend, the enemy
/// of my enemy is my friend").
///
/// Each pair's sign is that of its net weight (cooperative minus adversarial); a pair whose
/// ties cancel out counts as untied. Triads are counted by how many negative pairs they have.
///
/// ```swift
/// let balance = signed.structuralBalance()
/// print(balance.balancedShare)   // 1 for a perfectly balanced network
/// ```
public struct StructuralBalance: Hashable, Sendable {
    /// Closed triads with 0, 1, 2 and 3 negative pairs.
    public let triadCounts: [Int]

    /// Triads with an even number of negative pairs (+++ and +−−).
    public var balancedCount: Int { triadCounts[0] + triadCounts[2] }
    /// Every closed triad.
    public var triadCount: Int { triadCounts.reduce(0, +) }
    /// Balanced triads over all closed triads; NaN without any closed triad.
    public var balancedShare: Double { triadCount == 0 ? .nan : Double(balancedCount) / Double(triadCount) }
}

/// How far a partition is from splitting a signed network into internally cooperative,
/// mutually hostile coalitions: adversarial ties inside groups plus cooperative ties between
/// them (Doreian & Mrvar 1996). Zero for a perfectly balanced partition.
public struct Frustration: Hashable, Sendable {
    /// Adversarial ties inside groups.
    public let negativeInside: Int
    /// Cooperative ties between groups.
    public let positiveBetween: Int
    /// Their weights (equal to the counts when unweighted).
    public let negativeInsideWeight: Double
    /// The weight of cooperative ties between groups.
    public let positiveBetweenWeight: Double
    /// Every tie of either sign.
    public let tieCount: Int

    /// Frustrated ties: adversarial inside plus cooperative between.
    public var count: Int { negativeInside + positiveBetween }
    /// Their total weight.
    public var weight: Double { negativeInsideWeight + positiveBetweenWeight }
    /// Frustrated ties over all ties; NaN without ties.
    public var share: Double { tieCount == 0 ? .nan : Double(count) / Double(tieCount) }
}

extension SignedGraph {
    /// Counts closed triads by their number of negative pairs.
    ///
    /// Matches a direct enumeration of triangles of the net-signed graph (the fixture script's).
    ///
    /// ```swift
    /// let share = signed.structuralBalance().balancedShare
    /// ```
    ///
    /// - Complexity: O(*m* · *d*) for largest degree *d* (sorted-row intersection per pair).
    public func structuralBalance() -> StructuralBalance {
        let (offsets, neighbors, weights) = netRows()
        var counts = [0, 0, 0, 0]
        for u in 0..<nodeCount {
            for e in offsets[u]..<offsets[u + 1] {
                let v = Int(neighbors[e])
                guard v > u else { continue }
                let neg0 = weights[e] < 0 ? 1 : 0
                // x > v common to both rows.
                var a = offsets[u], b = offsets[v]
                let ae = offsets[u + 1], be = offsets[v + 1]
                while a < ae && b < be {
                    let xa = neighbors[a], xb = neighbors[b]
                    if xa < xb { a += 1 } else if xb < xa { b += 1 } else {
                        if Int(xa) > v {
                            counts[neg0 + (weights[a] < 0 ? 1 : 0) + (weights[b] < 0 ? 1 : 0)] += 1
                        }
                        a += 1; b += 1
                    }
                }
            }
        }
        return StructuralBalance(triadCounts: counts)
    }

    /// The frustration of a partition: adversarial ties inside its groups and cooperative
    /// ties between them, counted and weighed tie layer by tie layer (a pair with both a
    /// cooperative and an adversarial tie can be frustrated once either way).
    ///
    /// ```swift
    /// let f = try signed.frustration(of: found.assignment)
    /// print(f.count, f.share)
    /// ```
    ///
    /// - Throws: ``GroupsError/sizeMismatch(groups:nodes:)`` for groups of another size.
    /// - Complexity: O(*n* + *m*).
    public func frustration(of assignment: StakeholderGroups) throws -> Frustration {
        try assignment.check(nodeCount: nodeCount)
        let g = assignment.groups
        var nIn = 0, pOut = 0, ties = 0
        var nInW = 0.0, pOutW = 0.0
        for (graph, negative) in [(positive, false), (negative, true)] {
            for u in 0..<nodeCount {
                for e in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                    let v = Int(graph.outNeighbors[e])
                    guard v > u else { continue }
                    ties += 1
                    let w = graph.isWeighted ? graph.outWeights[e] : 1
                    if negative && g[u] == g[v] { nIn += 1; nInW += w }
                    if !negative && g[u] != g[v] { pOut += 1; pOutW += w }
                }
            }
        }
        return Frustration(negativeInside: nIn, positiveBetween: pOut, negativeInsideWeight: nInW,
                           positiveBetweenWeight: pOutW, tieCount: ties)
    }
}
