/// What a conditional uniform graph (CUG) test holds fixed: the null graphs are drawn
/// uniformly among all graphs that share it with the observed one (R sna's `cug.test`
/// `cmode`).
///
/// ```swift
/// let test = try CUGTest(graph, statistic: .transitivity, condition: .edges, draws: 1000, seed: 1)
/// ```
///
/// - Complexity: O(1).
public enum CUGCondition: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The number of nodes only: every possible tie present with probability ½ (sna's
    /// `cmode = "size"`, `rgraph(n, tprob = 0.5)`).
    case size
    /// The number of nodes and of ties (arcs in a directed graph, edges in an undirected one):
    /// sna's `cmode = "edges"`, `rgnm`.
    case edges
    /// The number of nodes and the dyad census — mutual, asymmetric and null pairs — exactly
    /// (sna's `cmode = "dyad.census"`, `rguman(method = "exact")`). In an undirected graph it is
    /// the same as ``edges``.
    case dyads

    /// The spelling on the command line and in JSON.
    public var description: String { rawValue }
}
