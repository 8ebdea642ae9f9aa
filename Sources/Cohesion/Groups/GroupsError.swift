/// Why groups could not be built or do not fit a graph.
///
/// ```swift
/// do { _ = try StakeholderGroups(network, attribute: "colour") }
/// catch let error as GroupsError { print(error) }   // no stakeholder has the attribute 'colour' (…)
/// ```
public enum GroupsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A group number lies outside the labels.
    case groupOutOfRange(node: Int, group: Int, groupCount: Int)
    /// A group number is negative.
    case negativeGroup(node: Int, group: Int)
    /// No stakeholder carries the attribute; `known` lists those that can be used.
    case unknownAttribute(String, known: [String])
    /// The graph's nodes do not come from the network's stakeholders.
    case nodeCountMismatch(graph: Int, network: Int)
    /// The groups cover another number of nodes than the graph has.
    case sizeMismatch(groups: Int, nodes: Int)

    /// The problem in one sentence.
    public var description: String {
        switch self {
        case .groupOutOfRange(let node, let group, let count):
            "node \(node) is in group \(group), outside 0..<\(count)"
        case .negativeGroup(let node, let group):
            "node \(node) is in negative group \(group)"
        case .unknownAttribute(let name, let known):
            "no stakeholder has the attribute '\(name)' (known: \(known.joined(separator: ", ")))"
        case .nodeCountMismatch(let graph, let network):
            "the graph's \(graph) nodes do not come from this network's \(network) stakeholders"
        case .sizeMismatch(let groups, let nodes):
            "the groups cover \(groups) nodes but the graph has \(nodes)"
        }
    }
}
