/// A group for every stakeholder: by kind, sector, level of government or any attribute, by
/// coalition found by detection, or by component. Brokerage, the E-I index, mixing matrices,
/// modularity, coalitions, comparisons and the report all take this one type.
///
/// Groups are numbered `0..<groupCount`, each with a label (`"public"`, `"1"`), and stored as
/// one group number per node, in the graph's node order. Two numbering rules, one per way of
/// building:
///
/// - from an attribute of the network (``init(_:attribute:graph:)``), groups are ordered by
///   label, so two networks grouped by the same attribute list shared values in the same
///   order; stakeholders without a value share the group ``missingLabel``;
/// - from one label per node (``init(nodeLabels:attribute:)``) or bare numbers, groups are numbered in
///   order of first appearance, as R's `unique()` numbers the classes of `sna::brokerage`.
///
/// An attribute no stakeholder has is an error naming the attribute and those that exist.
///
/// ```swift
/// let bySector = try StakeholderGroups(network, attribute: "sector", graph: graph)
/// bySector.labels              // ["(none)", "associative", "public"]
/// bySector.label(ofNode: 0)    // "public"
/// let two = try StakeholderGroups(groups: [0, 0, 1, 1])   // labelled "1", "2"
/// ```
///
/// - Complexity: building is O(*n*) expected time for *n* nodes (O(*n* log *n*) from an
///   attribute, for the sort of labels).
public struct StakeholderGroups: Hashable, Sendable {
    /// The label of the group of stakeholders that lack the attribute.
    public static let missingLabel = "(none)"

    /// The group of each node, in `0..<groupCount`.
    public let groups: [Int]
    /// The label of each group; group `g` is `labels[g]`.
    public let labels: [String]
    /// The attribute the groups come from, when they come from one.
    public let attribute: String?

    /// The number of nodes.
    public var nodeCount: Int { groups.count }
    /// The number of groups (empty groups included, when labels name them).
    public var groupCount: Int { labels.count }

    /// The nodes of each group, ascending.
    public var members: [[Int]] {
        var result = [[Int]](repeating: [], count: groupCount)
        for (node, g) in groups.enumerated() { result[g].append(node) }
        return result
    }

    /// The number of nodes in each group.
    public var sizes: [Int] {
        var result = [Int](repeating: 0, count: groupCount)
        for g in groups { result[g] += 1 }
        return result
    }

    /// The label of a node's group.
    public func label(ofNode node: Int) -> String { labels[groups[node]] }

    /// The groups in the order their first node appears (groups without nodes last, in
    /// number order): the order per-group tables list them in.
    public var orderOfFirstAppearance: [Int] {
        var seen = [Bool](repeating: false, count: groupCount)
        var order: [Int] = []
        for g in groups where !seen[g] { seen[g] = true; order.append(g) }
        return order + (0..<groupCount).filter { !seen[$0] }
    }

    /// Creates groups from one group number per node.
    ///
    /// With labels, numbers must lie in `0..<labels.count`. Without, any non-negative numbers
    /// are renumbered densely in order of first appearance and labelled `"1"`, `"2"`…
    ///
    /// - Throws: ``GroupsError/groupOutOfRange(node:group:groupCount:)`` for a number outside
    ///   the labels, ``GroupsError/negativeGroup(node:group:)`` for a negative one.
    /// - Complexity: O(*n*) expected time.
    public init(groups: [Int], labels: [String]? = nil, attribute: String? = nil) throws {
        self.attribute = attribute
        if let labels {
            for (node, g) in groups.enumerated() where g < 0 || g >= labels.count {
                throw GroupsError.groupOutOfRange(node: node, group: g, groupCount: labels.count)
            }
            self.groups = groups
            self.labels = labels
            return
        }
        var renumber = [Int: Int]()
        var dense = [Int]()
        dense.reserveCapacity(groups.count)
        for (node, g) in groups.enumerated() {
            guard g >= 0 else { throw GroupsError.negativeGroup(node: node, group: g) }
            if let d = renumber[g] { dense.append(d) } else {
                renumber[g] = renumber.count
                dense.append(renumber.count - 1)
            }
        }
        self.groups = dense
        self.labels = (0..<renumber.count).map { String($0 + 1) }
    }

    /// Creates groups from one label per node, numbered in order of first appearance.
    ///
    /// ```swift
    /// let p = StakeholderGroups(nodeLabels: ["caf", "city", "caf"])   // groups [0, 1, 0]
    /// ```
    ///
    /// - Complexity: O(*n*) expected time.
    public init(nodeLabels: [String], attribute: String? = nil) {
        var index = [String: Int]()
        var labels = [String]()
        var groups = [Int]()
        groups.reserveCapacity(nodeLabels.count)
        for label in nodeLabels {
            if let g = index[label] { groups.append(g) } else {
                index[label] = labels.count
                groups.append(labels.count)
                labels.append(label)
            }
        }
        self.init(unchecked: groups, labels: labels, attribute: attribute)
    }

    /// The same groups renumbered by decreasing size (ties by first node), labelled `"1"`,
    /// `"2"`…: the form detection returns, so the largest coalition is 1.
    public func orderedBySize() -> StakeholderGroups {
        let sizes = self.sizes
        var first = [Int](repeating: Int.max, count: groupCount)
        for (node, g) in groups.enumerated() where first[g] == Int.max { first[g] = node }
        let used = (0..<groupCount).filter { sizes[$0] > 0 }
        let order = used.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : first[$0] < first[$1] }
        var map = [Int](repeating: 0, count: groupCount)
        for (rank, g) in order.enumerated() { map[g] = rank }
        return StakeholderGroups(unchecked: groups.map { map[$0] }, labels: (0..<order.count).map { String($0 + 1) },
                                 attribute: attribute)
    }

    init(unchecked groups: [Int], labels: [String], attribute: String? = nil) {
        self.groups = groups
        self.labels = labels
        self.attribute = attribute
    }

    /// Throws unless the groups cover `n` nodes.
    func check(nodeCount n: Int) throws {
        guard groups.count == n else { throw GroupsError.sizeMismatch(groups: groups.count, nodes: n) }
    }
}
