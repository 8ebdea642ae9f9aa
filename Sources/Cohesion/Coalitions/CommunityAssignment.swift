/// An assignment of every node to exactly one group: a coalition found by detection, or the
/// groups of an attribute such as sector or kind.
///
/// Groups are numbered `0..<groupCount` and each has a label (`"public"`, `"coalition 1"`).
/// The assignment is stored as one group number per node, in the order of the graph's nodes.
/// Named apart from a brokerage partition on purpose: this one is what coalition, group and
/// comparison measures share.
///
/// ```swift
/// let bySector = try CommunityAssignment(network, attribute: "sector")
/// let q = try graph.modularity(of: bySector)
/// let twoGroups = try CommunityAssignment(groups: [0, 0, 1, 1])
/// ```
///
/// - Complexity: O(*n*) to build for *n* nodes.
public struct CommunityAssignment: Hashable, Sendable {
    /// The group of each node, in `0..<groupCount`.
    public let groups: [Int]
    /// The label of each group.
    public let labels: [String]

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

    /// Creates an assignment from one group number per node.
    ///
    /// Group numbers must be in `0..<labels.count` when labels are given; without labels any
    /// non-negative numbers are accepted and renumbered densely in order of first appearance,
    /// labelled `"1"`, `"2"`… in that order.
    ///
    /// - Throws: ``CoalitionError/invalidAssignment(_:)`` for a negative or out-of-range group.
    public init(groups: [Int], labels: [String]? = nil) throws {
        if let labels {
            for (node, g) in groups.enumerated() where g < 0 || g >= labels.count {
                throw CoalitionError.invalidAssignment("node \(node) is in group \(g), outside 0..<\(labels.count)")
            }
            self.groups = groups
            self.labels = labels
            return
        }
        var renumber = [Int: Int]()
        var dense = [Int]()
        dense.reserveCapacity(groups.count)
        for (node, g) in groups.enumerated() {
            guard g >= 0 else { throw CoalitionError.invalidAssignment("node \(node) is in negative group \(g)") }
            if let d = renumber[g] { dense.append(d) } else {
                renumber[g] = renumber.count
                dense.append(renumber.count - 1)
            }
        }
        self.groups = dense
        self.labels = (0..<renumber.count).map { String($0 + 1) }
    }

    /// Creates an assignment from one label per node; groups are numbered in order of first
    /// appearance.
    public init(labelsPerNode: [String]) {
        var index = [String: Int]()
        var labels = [String]()
        var groups = [Int]()
        groups.reserveCapacity(labelsPerNode.count)
        for label in labelsPerNode {
            if let g = index[label] { groups.append(g) } else {
                index[label] = labels.count
                groups.append(labels.count)
                labels.append(label)
            }
        }
        self.groups = groups
        self.labels = labels
    }

    /// The label used for stakeholders that have no value for the attribute.
    public static let missingLabel = "(none)"

    /// Groups a network's stakeholders by an attribute (`kind`, `sector`, `level`, `place` or a
    /// free attribute), in the network's stakeholder order, which is the node order of an
    /// ``AnalysisGraph`` built from the network.
    ///
    /// Stakeholders without a value share one group labelled ``missingLabel``. Groups are
    /// labelled by the value's text and ordered by label, so two networks grouped by the same
    /// attribute list shared values in the same order.
    public init(_ network: Network, attribute: String) {
        let values = network.stakeholders.map { $0.value(of: attribute)?.description ?? Self.missingLabel }
        let labels = Array(Set(values)).sorted()
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        self.groups = values.map { index[$0] ?? 0 }
        self.labels = labels
    }

    /// The assignment for the nodes of a graph built from a network: node `i` takes the group
    /// of stakeholder ``AnalysisGraph/stakeholderIndices``[i].
    public init(_ network: Network, attribute: String, graph: AnalysisGraph) {
        let whole = CommunityAssignment(network, attribute: attribute)
        guard let indices = graph.stakeholderIndices else { self = whole; return }
        self.groups = indices.map { whole.groups[$0] }
        self.labels = whole.labels
    }

    /// The same assignment with groups renumbered by decreasing size (ties by first node),
    /// labelled `"1"`, `"2"`…: the form detection returns, so the largest coalition is 1.
    public func orderedBySize() -> CommunityAssignment {
        let sizes = self.sizes
        var first = [Int](repeating: Int.max, count: groupCount)
        for (node, g) in groups.enumerated() where first[g] == Int.max { first[g] = node }
        let used = (0..<groupCount).filter { sizes[$0] > 0 }
        let order = used.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : first[$0] < first[$1] }
        var map = [Int](repeating: 0, count: groupCount)
        for (rank, g) in order.enumerated() { map[g] = rank }
        return CommunityAssignment(unchecked: groups.map { map[$0] }, labels: (0..<order.count).map { String($0 + 1) })
    }

    init(unchecked groups: [Int], labels: [String]) {
        self.groups = groups
        self.labels = labels
    }

    func check(nodeCount n: Int) throws {
        guard groups.count == n else {
            throw CoalitionError.invalidAssignment("the assignment has \(groups.count) nodes but the graph has \(n)")
        }
    }
}

/// Why a coalition, group or QAP measure could not be computed.
public enum CoalitionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A group assignment does not fit the graph or is malformed.
    case invalidAssignment(String)
    /// A parameter is out of its range.
    case invalidParameter(String)
    /// Two graphs that must share nodes do not.
    case mismatchedGraphs(String)

    public var description: String {
        switch self {
        case .invalidAssignment(let why): "invalid group assignment: \(why)"
        case .invalidParameter(let why): "invalid parameter: \(why)"
        case .mismatchedGraphs(let why): "graphs do not match: \(why)"
        }
    }
}
