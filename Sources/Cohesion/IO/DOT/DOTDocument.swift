/// A graph in the DOT language, as a value: what ``DOTWriter`` writes.
///
/// A document is a `graph` or `digraph` (optionally `strict`) with graph attributes, node and
/// edge defaults, and statements in order: nodes, edges and subgraphs (a subgraph whose id
/// starts with `cluster` is drawn as a box by the engines that support clusters). Ids are
/// plain strings; the writer quotes them. Nothing here needs the Graphviz C library.
///
/// ```swift
/// var document = DOTDocument(isDirected: true)
/// document.graphAttributes["rankdir"] = "LR"
/// document.append(node: "caf44", ["label": .text("CAF de Loire-Atlantique"), "shape": "octagon"])
/// document.append(edge: "caf44", "nantes", ["style": "dashed"])
/// print(DOTWriter().write(document))
/// ```
public struct DOTDocument: DOTStatementList, Hashable, Sendable {
    /// `digraph` when true, `graph` when false.
    public var isDirected: Bool
    /// Whether the graph is `strict` (no parallel edges).
    public var isStrict: Bool
    /// The graph's id, if any.
    public var id: String?
    /// Graph attributes (`rankdir`, `label`, `fontname`…).
    public var graphAttributes: DOTAttributes
    /// Defaults for every node (`node [...]`).
    public var nodeDefaults: DOTAttributes
    /// Defaults for every edge (`edge [...]`).
    public var edgeDefaults: DOTAttributes
    /// Nodes, edges and subgraphs, in order.
    public var statements: [DOTStatement]

    /// Creates a document.
    public init(isDirected: Bool = true, isStrict: Bool = false, id: String? = nil,
                graphAttributes: DOTAttributes = [:], nodeDefaults: DOTAttributes = [:],
                edgeDefaults: DOTAttributes = [:], statements: [DOTStatement] = []) {
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.id = id
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.statements = statements
    }
}

/// One statement of a DOT graph or subgraph.
public enum DOTStatement: Hashable, Sendable {
    /// A node with its attributes.
    case node(DOTNode)
    /// An edge with its attributes.
    case edge(DOTEdge)
    /// A subgraph, possibly a cluster.
    case subgraph(DOTSubgraph)
}

/// A node statement: `id [attributes]`.
public struct DOTNode: Hashable, Sendable {
    /// The node's id.
    public var id: String
    /// Its attributes.
    public var attributes: DOTAttributes
    /// Creates a node statement.
    public init(id: String, attributes: DOTAttributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge statement: `source -> target [attributes]` (`--` in an undirected graph).
public struct DOTEdge: Hashable, Sendable {
    /// The id of the tail node.
    public var source: String
    /// The id of the head node.
    public var target: String
    /// Its attributes.
    public var attributes: DOTAttributes
    /// Creates an edge statement.
    public init(source: String, target: String, attributes: DOTAttributes = [:]) {
        self.source = source
        self.target = target
        self.attributes = attributes
    }
}

/// A subgraph: `subgraph id { … }`. An id starting with `cluster` makes it a cluster, drawn
/// as a box by `dot`, `fdp`, `osage` and `patchwork`.
public struct DOTSubgraph: DOTStatementList, Hashable, Sendable {
    /// The subgraph's id; nil writes an anonymous subgraph.
    public var id: String?
    /// Its graph attributes (`label`, `style`, `rank`…).
    public var graphAttributes: DOTAttributes
    /// Defaults for its nodes.
    public var nodeDefaults: DOTAttributes
    /// Defaults for its edges.
    public var edgeDefaults: DOTAttributes
    /// Its statements.
    public var statements: [DOTStatement]

    /// Creates a subgraph.
    public init(id: String? = nil, graphAttributes: DOTAttributes = [:], nodeDefaults: DOTAttributes = [:],
                edgeDefaults: DOTAttributes = [:], statements: [DOTStatement] = []) {
        self.id = id
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.statements = statements
    }
}

/// A DOT graph or subgraph: an ordered list of statements that nodes, edges and subgraphs are
/// appended to, the same way at every depth.
public protocol DOTStatementList {
    /// The statements, in order.
    var statements: [DOTStatement] { get set }
}

extension DOTStatementList {
    /// Appends a node statement.
    public mutating func append(node id: String, _ attributes: DOTAttributes = [:]) {
        statements.append(.node(DOTNode(id: id, attributes: attributes)))
    }

    /// Appends an edge statement.
    public mutating func append(edge source: String, _ target: String, _ attributes: DOTAttributes = [:]) {
        statements.append(.edge(DOTEdge(source: source, target: target, attributes: attributes)))
    }

    /// Appends a subgraph (nested, when appended to a subgraph).
    public mutating func append(subgraph: DOTSubgraph) {
        statements.append(.subgraph(subgraph))
    }
}
