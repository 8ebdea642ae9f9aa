/// A partition of a graph's nodes into components.
///
/// Components are numbered 0, 1, … in the order of their smallest node, so the numbering is
/// the same whatever algorithm found them.
///
/// ```swift
/// let weak = graph.weakComponents()
/// let largest = weak.members(of: weak.largest)
/// ```
///
/// - Complexity: O(1) to read a label; ``members(of:)`` and ``sizes`` are O(*n*).
public struct Components: Hashable, Sendable {
    /// The component of each node, indexed by node.
    public let labels: [Int]
    /// The number of components (an isolate is one).
    public let count: Int

    init(relabelling raw: [Int]) {
        var map = [Int: Int]()
        var labels = [Int]()
        labels.reserveCapacity(raw.count)
        for r in raw {
            if let l = map[r] { labels.append(l) } else { map[r] = map.count; labels.append(map.count - 1) }
        }
        self.labels = labels
        self.count = map.count
    }

    /// The size of each component, indexed by component.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: count)
        for l in labels { sizes[l] += 1 }
        return sizes
    }

    /// The largest component (the first one on a tie); 0 for an empty graph.
    public var largest: Int {
        let sizes = self.sizes
        var best = 0
        for c in sizes.indices where sizes[c] > sizes[best] { best = c }
        return best
    }

    /// The components as groups, labelled by component number (`"0"`, `"1"`…), for the group
    /// measures (E-I, mixing, modularity) and tables.
    public var groups: StakeholderGroups {
        StakeholderGroups(unchecked: labels, labels: (0..<count).map(String.init), attribute: "component")
    }

    /// The nodes of a component, ascending.
    public func members(of component: Int) -> [Int] {
        labels.indices.filter { labels[$0] == component }
    }
}

extension AnalysisGraph {
    /// Weakly connected components: nodes joined by a chain of ties in either direction.
    ///
    /// In an undirected graph these are the connected components. Weights are ignored. An
    /// isolate is a component of its own.
    ///
    /// Matches NetworkX `weakly_connected_components` (`connected_components` when undirected),
    /// as a partition.
    ///
    /// ```swift
    /// let parts = try AnalysisGraph(nodeCount: 4, edges: [(0, 1), (2, 3)], isDirected: true).weakComponents()
    /// parts.labels   // [0, 0, 1, 1]
    /// ```
    ///
    /// - Complexity: O(*n* + *m*).
    public func weakComponents() -> Components {
        let n = nodeCount
        var label = [Int](repeating: -1, count: n)
        var stack = [Int]()
        var next = 0
        for start in 0..<n where label[start] < 0 {
            label[start] = next
            stack.append(start)
            while let v = stack.popLast() {
                for w in successors(of: v) where label[Int(w)] < 0 { label[Int(w)] = next; stack.append(Int(w)) }
                if isDirected {
                    for w in predecessors(of: v) where label[Int(w)] < 0 { label[Int(w)] = next; stack.append(Int(w)) }
                }
            }
            next += 1
        }
        return Components(relabelling: label)
    }

    /// Strongly connected components: nodes that reach each other along arcs.
    ///
    /// In an undirected graph these are the connected components. Weights are ignored. A node on
    /// no cycle is a component of its own.
    ///
    /// Matches NetworkX `strongly_connected_components`, as a partition. Found with Tarjan's
    /// algorithm, iteratively so deep graphs cannot overflow the stack.
    ///
    /// ```swift
    /// let cycle = try AnalysisGraph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2)], isDirected: true)
    /// cycle.strongComponents().labels   // [0, 0, 1]
    /// ```
    ///
    /// - Complexity: O(*n* + *m*).
    public func strongComponents() -> Components {
        guard isDirected else { return weakComponents() }
        let n = nodeCount
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int](repeating: -1, count: n)
        var stack = [Int]()
        var call = [(node: Int, edge: Int)]()
        var counter = 0, found = 0
        for root in 0..<n where index[root] < 0 {
            call.append((root, outOffsets[root]))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let (v, k) = call.last {
                if k < outOffsets[v + 1] {
                    call[call.count - 1].edge = k + 1
                    let w = Int(outNeighbors[k])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        call.append((w, outOffsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    call.removeLast()
                    if let parent = call.last { low[parent.node] = min(low[parent.node], low[v]) }
                    if low[v] == index[v] {
                        while let w = stack.popLast() {
                            onStack[w] = false
                            component[w] = found
                            if w == v { break }
                        }
                        found += 1
                    }
                }
            }
        }
        return Components(relabelling: component)
    }
}
