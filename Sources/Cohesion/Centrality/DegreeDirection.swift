/// Which arcs a degree counts in a directed graph. In an undirected graph every choice counts
/// each edge once.
///
/// ```swift
/// let received = graph.degrees(.incoming)
/// ```
///
/// - Complexity: O(1).
public enum DegreeDirection: String, Hashable, Sendable, CaseIterable {
    /// Arcs in and out (NetworkX `G.degree` on a directed graph: in-degree plus out-degree).
    case all
    /// Arcs entering the node.
    case incoming
    /// Arcs leaving the node.
    case outgoing
}
