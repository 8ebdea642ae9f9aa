/// A Graphviz layout engine.
///
/// Every engine Debian's `graphviz` package ships is here. `dot` draws hierarchies in ranks
/// and suits a small governance network whose ties flow from funders to providers; it is
/// also the slowest (on 1,000 nodes and 5,000 edges it runs for minutes where `sfdp` takes
/// under a second). `neato` and `fdp` are spring models for medium networks (`fdp` draws
/// clusters, `neato` ignores them); `sfdp` is the multilevel spring model for large ones.
/// `circo`, `twopi`, `osage` and `patchwork` are circular, radial, cluster-packing and
/// treemap layouts.
///
/// When a render is given no engine, ``suited(nodeCount:edgeCount:hasClusters:)`` picks one
/// by size, and the ``Rendering`` says which was used.
///
/// ```swift
/// let engine = Engine.suited(nodeCount: 40, edgeCount: 90, hasClusters: true)   // .dot
/// ```
public enum Engine: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Hierarchical, in ranks (Sugiyama). Draws clusters.
    case dot
    /// Spring model (stress majorization). Ignores clusters.
    case neato
    /// Force-directed (Fruchterman–Reingold). Draws clusters.
    case fdp
    /// Multilevel force-directed, for large graphs. Ignores clusters.
    case sfdp
    /// Circular, by biconnected components.
    case circo
    /// Radial, around a root.
    case twopi
    /// Packs clusters into nested rectangles.
    case osage
    /// Squarified treemap of clusters.
    case patchwork

    public var description: String { rawValue }

    /// Whether the engine draws `cluster_…` subgraphs as boxes.
    public var drawsClusters: Bool {
        switch self {
        case .dot, .fdp, .osage, .patchwork: true
        case .neato, .sfdp, .circo, .twopi: false
        }
    }

    /// The most nodes ``suited(nodeCount:edgeCount:hasClusters:)`` gives to `dot`.
    public static let dotNodeLimit = 150
    /// The most edges ``suited(nodeCount:edgeCount:hasClusters:)`` gives to `dot`.
    public static let dotEdgeLimit = 600
    /// The most nodes ``suited(nodeCount:edgeCount:hasClusters:)`` gives to `neato` or `fdp`.
    public static let springNodeLimit = 500

    /// The engine that suits a network of a given size.
    ///
    /// `dot` up to ``dotNodeLimit`` nodes and ``dotEdgeLimit`` edges (a hierarchical
    /// governance network reads best in ranks, and `dot` stays within a second or two there);
    /// then `fdp` when clusters are asked for, else `neato`, up to ``springNodeLimit`` nodes;
    /// `sfdp` beyond, which is near-linear.
    ///
    /// - Complexity: O(1).
    public static func suited(nodeCount: Int, edgeCount: Int, hasClusters: Bool = false) -> Engine {
        if nodeCount <= dotNodeLimit && edgeCount <= dotEdgeLimit { return .dot }
        if nodeCount <= springNodeLimit { return hasClusters ? .fdp : .neato }
        return .sfdp
    }
}
