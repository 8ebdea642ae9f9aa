import Foundation

/// How alike two assignments of the same nodes to groups are: coalitions of two years, or
/// coalitions against sectors.
///
/// Both indices are built from the contingency table of the two assignments (how many nodes
/// each pair of groups shares). Labels do not matter, only who is grouped with whom.
///
/// ```swift
/// let similarity = try PartitionComparison(coalitions2015.assignment, coalitions2024.assignment)
/// print(similarity.normalizedMutualInformation, similarity.adjustedRandIndex)
/// ```
///
/// - Complexity: O(*n* + *k*₁*k*₂) for *n* nodes and *k* groups on each side.
public struct PartitionComparison: Hashable, Sendable {
    /// Normalized mutual information, I(U; V) divided by the arithmetic mean of the entropies
    /// H(U) and H(V) (natural logarithms; the choice cancels out). 1 for identical groupings,
    /// 0 for independent ones. Matches scikit-learn's `normalized_mutual_info_score` (default
    /// `average_method="arithmetic"`), including its conventions: 1 when both assignments have
    /// a single group, 0 when the mutual information is 0.
    public let normalizedMutualInformation: Double
    /// The adjusted Rand index (Hubert & Arabie 1985): the share of node pairs on which both
    /// assignments agree (together or apart), corrected for chance. 1 for identical
    /// groupings, about 0 for random ones, possibly negative. Matches scikit-learn's
    /// `adjusted_rand_score`, including 1 when neither assignment separates any pair
    /// differently from the other (e.g. both all-singletons or both one group).
    public let adjustedRandIndex: Double
    /// The mutual information I(U; V), in nats.
    public let mutualInformation: Double

    /// Compares two assignments of the same nodes.
    ///
    /// - Throws: ``GroupsError/sizeMismatch(groups:nodes:)`` when they cover different numbers of nodes.
    public init(_ a: StakeholderGroups, _ b: StakeholderGroups) throws {
        guard a.nodeCount == b.nodeCount else {
            throw GroupsError.sizeMismatch(groups: b.nodeCount, nodes: a.nodeCount)
        }
        let n = a.nodeCount
        let ka = a.groupCount, kb = b.groupCount
        var table = [Int](repeating: 0, count: ka * kb)
        var rows = [Int](repeating: 0, count: ka), cols = [Int](repeating: 0, count: kb)
        for i in 0..<n {
            table[a.groups[i] * kb + b.groups[i]] += 1
            rows[a.groups[i]] += 1
            cols[b.groups[i]] += 1
        }
        let nd = Double(n)
        // Mutual information and entropies over non-empty cells and groups.
        var mi = 0.0
        for r in 0..<ka {
            for c in 0..<kb where table[r * kb + c] > 0 {
                let nij = Double(table[r * kb + c])
                mi += nij / nd * log(nd * nij / (Double(rows[r]) * Double(cols[c])))
            }
        }
        func entropy(_ counts: [Int]) -> Double {
            counts.filter { $0 > 0 }.reduce(0) { $0 - Double($1) / nd * log(Double($1) / nd) }
        }
        let usedA = rows.filter { $0 > 0 }.count, usedB = cols.filter { $0 > 0 }.count
        mi = max(mi, 0)
        mutualInformation = mi
        if (usedA == 1 && usedB == 1) || (usedA == 0 && usedB == 0) {
            normalizedMutualInformation = 1
        } else if mi == 0 {
            normalizedMutualInformation = 0
        } else {
            let denominator = max((entropy(rows) + entropy(cols)) / 2, Double.ulpOfOne)
            normalizedMutualInformation = mi / denominator
        }
        // Pair counts, as scikit-learn's pair confusion matrix.
        func pairs(_ x: Int) -> Double { Double(x) * Double(x - 1) / 2 }
        let sumCells = table.reduce(0) { $0 + pairs($1) }
        let sumRows = rows.reduce(0) { $0 + pairs($1) }
        let sumCols = cols.reduce(0) { $0 + pairs($1) }
        let total = pairs(n)
        let tp = sumCells
        let fp = sumCols - sumCells
        let fn = sumRows - sumCells
        let tn = total - tp - fp - fn
        if fn == 0 && fp == 0 {
            adjustedRandIndex = 1
        } else {
            adjustedRandIndex = 2 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn))
        }
    }
}
