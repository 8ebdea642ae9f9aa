#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stress-majorization layout: positions whose distances approximate the graph's shortest-path
/// distances, for drawing a network where no Graphviz layout is at hand.
///
/// It minimises Kamada–Kawai's stress Σ wᵢⱼ (‖xᵢ − xⱼ‖ − dᵢⱼ)², wᵢⱼ = dᵢⱼ⁻², by the SMACOF
/// majorization of Gansner, Koren and North [1], the method behind Graphviz neato's
/// `mode=major`; ties are read undirected and unweighted. Pairs in different components get
/// a distance one longer than the longest finite one, so components sit apart rather than
/// on top of each other. Fixed positions stay where they are and the others are placed around
/// them. The start is a circle in node order and the iteration count is fixed, so the same
/// input always gives the same layout. Hand-written: no Swift package on this machine's mirror
/// lays out graphs, and the report must not need Graphviz.
///
/// ```swift
/// let layout = StressLayout(nodeCount: 3, edges: [(0, 1), (1, 2)])
/// print(layout.positions)   // three points on a line, about `unit` apart
/// ```
///
/// - Complexity: O(*n* (*n* + *m*)) for the distances, then O(*n*²) per iteration, 200
///   iterations; above ``maximumNodeCount`` nodes the nodes go on a circle instead.
///
/// 1. E. R. Gansner, Y. Koren, S. North, "Graph drawing by stress majorization", *Graph
///    Drawing 2004*, LNCS 3383, 239–250. doi:10.1007/978-3-540-31843-9_25
public struct StressLayout: Sendable {
    /// The positions, one per node, in layout points (one edge is about ``unit`` long).
    public let positions: [DiagramPoint]

    /// The length of one edge in layout points (Graphviz's default is 72 points an inch).
    public static let unit = 72.0
    /// The largest network laid out by stress; larger ones are drawn on a circle.
    public static let maximumNodeCount = 1_500

    /// Lays out a graph.
    ///
    /// - Parameters:
    ///   - n: The number of nodes.
    ///   - edges: Pairs of node indices (out-of-range pairs are ignored).
    ///   - fixed: Positions that must not move, by node index (nil where free).
    public init(nodeCount n: Int, edges: [(Int, Int)], fixed: [DiagramPoint?] = []) {
        let radius = Self.unit * max(1, Double(n)) / (2 * Double.pi) + Self.unit
        var x = [Double](repeating: 0, count: n), y = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let angle = 2 * Double.pi * Double(i) / Double(max(n, 1))
            x[i] = radius * cos(angle)
            y[i] = radius * sin(angle)
            if i < fixed.count, let p = fixed[i] { x[i] = p.x; y[i] = p.y }
        }
        guard n > 1, n <= Self.maximumNodeCount else {
            positions = (0..<n).map { DiagramPoint(x: x[$0], y: y[$0]) }
            return
        }
        var neighbours = [[Int]](repeating: [], count: n)
        for (a, b) in edges where a >= 0 && b >= 0 && a < n && b < n && a != b {
            neighbours[a].append(b)
            neighbours[b].append(a)
        }
        // Breadth-first distances from every node.
        var d = [Double](repeating: .infinity, count: n * n)
        var queue = [Int](repeating: 0, count: n)
        var longest = 1.0
        for s in 0..<n {
            d[s * n + s] = 0
            var head = 0, tail = 0
            queue[tail] = s; tail += 1
            while head < tail {
                let u = queue[head]; head += 1
                let du = d[s * n + u]
                for v in neighbours[u] where d[s * n + v].isInfinite {
                    d[s * n + v] = du + 1
                    longest = max(longest, du + 1)
                    queue[tail] = v; tail += 1
                }
            }
        }
        for k in d.indices where d[k].isInfinite { d[k] = longest + 1 }
        let isFixed = (0..<n).map { $0 < fixed.count && fixed[$0] != nil }
        for _ in 0..<200 {
            for i in 0..<n where !isFixed[i] {
                var sx = 0.0, sy = 0.0, sw = 0.0
                for j in 0..<n where j != i {
                    let dij = d[i * n + j] * Self.unit
                    let w = 1 / (dij * dij)
                    let dx = x[i] - x[j], dy = y[i] - y[j]
                    let dist = (dx * dx + dy * dy).squareRoot()
                    let pull = dist > 1e-9 ? dij / dist : 0
                    sx += w * (x[j] + pull * dx)
                    sy += w * (y[j] + pull * dy)
                    sw += w
                }
                if sw > 0 { x[i] = sx / sw; y[i] = sy / sw }
            }
        }
        positions = (0..<n).map { DiagramPoint(x: x[$0], y: y[$0]) }
    }
}
