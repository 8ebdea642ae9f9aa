/// Where the GraphML event machine (``GraphMLEvents``) sends what it reads: each `<node>` and
/// `<edge>` once its element ends, with its `<data>` values and the keys' defaults filled in.
///
/// ``GraphMLReader`` builds a ``Network`` through one sink, ``StreamingGraphML`` fills a
/// ``TieTable`` through another; both see the same elements, values, directions and places, so
/// they report the same problems. The machine is generic over its sink, so the streaming
/// reader's calls are direct (specialized), not dispatched through an existential per edge.
protocol GraphMLSink {
    /// The builder that takes the graph's `edgedefault` and Cohesion's own graph-level
    /// declarations (kind names, sources), so tie kinds are named and declared as
    /// ``ForeignNetworkBuilder`` declares them.
    var builder: ForeignNetworkBuilder { get set }
    /// A `<node>` that has ended: its id, its values and its start tag's place.
    mutating func addNode(id: String, fields: [String: AttributeValue], location: TextLocation)
    /// An `<edge>` that has ended: its ends, its direction (the edge's `directed` attribute,
    /// else its graph's `edgedefault`), its values and its start tag's place.
    mutating func addEdge(source: String, target: String, directed: Bool, fields: [String: AttributeValue],
                          location: TextLocation)
}

/// The one reading of GraphML's structure that both GraphML readers share: keys and their
/// types and defaults, nested graphs and their `edgedefault`, `<node>`, `<edge>` and `<data>`,
/// Cohesion's graph-level extras, and the checks and messages (with their file, line and
/// column) for what is malformed. What becomes of a node or an edge is the sink's business.
///
/// - Complexity: O(bytes); a node's or an edge's values are gathered in one dictionary that is
///   emptied, not reallocated, for the next element.
struct GraphMLEvents<Sink: GraphMLSink> {
    /// A `<key>`: the value's name (`attr.name`; yEd's graphics keys have none and are
    /// skipped), the domain it is `for`, its `attr.type`, and its `<default>`.
    struct Key {
        var name: String?
        var domain: String
        var type: String
        var defaultValue: AttributeValue?
    }

    /// The element a `<data>` belongs to.
    enum Owner { case none, graph, node, edge }

    var sink: Sink
    let file: String?
    /// The problems found in the document's structure and values (the sink keeps its own).
    private(set) var diagnostics: [Diagnostic] = []
    /// The outermost graph's values (`title`, `place`, Cohesion's `cohesion` extras…).
    private(set) var graphFields: [String: AttributeValue] = [:]

    private var keys: [String: Key] = [:]
    private var hasDefaults = false
    private var sawGraphML = false
    private var graphDepth = 0
    private var graphDirected: [Bool] = []
    private var appliedExtras = false

    private var owner = Owner.none
    private var elementID = ""
    private var edgeSource = "", edgeTarget = ""
    private var edgeDirected: Bool?
    private var elementLocation = TextLocation(line: 1, column: 1)
    private var fields: [String: AttributeValue] = [:]

    private var collecting = false
    private var text = ""
    private var dataKey: String?
    private var dataLocation = TextLocation(line: 1, column: 1)
    private var defaultKey: String?
    private var currentKeyID: String?
    private var nestedInData = 0

    init(sink: Sink, file: String?) {
        self.sink = sink
        self.file = file
    }

    /// Reads the document, sending its nodes and edges to the sink as they end.
    ///
    /// - Throws: ``InvalidNetwork`` for XML that does not scan; every other problem is
    ///   collected in ``diagnostics`` (a document without `<graphml>` first).
    mutating func read(_ bytes: [UInt8]) throws {
        try XMLScanner(bytes: bytes, file: file).scan(wantsText: { self.collecting }) { event in self.handle(event) }
        if !sawGraphML {
            diagnostics.insert(Diagnostic(.error, "not GraphML: no <graphml> element", file: file, location: TextLocation(line: 1, column: 1)), at: 0)
        }
    }

    /// Completes the graph's values for a reader that keeps them: the graph keys' defaults,
    /// and Cohesion's extras when no node came to trigger them.
    mutating func finishGraphFields() {
        Self.applyDefaults("graph", of: keys, if: hasDefaults, to: &graphFields)
        if !appliedExtras { applyExtras() }
    }

    private mutating func error(_ message: String, _ location: TextLocation?) {
        diagnostics.append(Diagnostic(.error, message, file: file, location: location))
    }

    private mutating func applyExtras() {
        appliedExtras = true
        if case .string(let json)? = graphFields["cohesion"],
           let extras = try? PositionedJSON.parse(Array(json.utf8), file: file) {
            NodeLinkJSON.readCohesionExtras(extras, into: &sink.builder)
        }
    }

    private static func applyDefaults(_ domain: String, of keys: [String: Key], if hasDefaults: Bool,
                                      to fields: inout [String: AttributeValue]) {
        guard hasDefaults else { return }
        for key in keys.values where key.domain == domain || key.domain == "all" {
            if let name = key.name, let d = key.defaultValue, fields[name] == nil { fields[name] = d }
        }
    }

    private mutating func handle(_ event: XMLScanner.Event) {
        switch event {
        case .start(let name, let attributes, let location):
            if dataKey != nil || defaultKey != nil { nestedInData += 1; return }
            start(name, attributes, location)
        case .text(let t):
            if nestedInData == 0 { if text.isEmpty { text = t } else { text += t } }
        case .end(let name):
            if nestedInData > 0 { nestedInData -= 1; return }
            end(name)
        }
    }

    private mutating func start(_ name: String, _ attributes: [(String, String)], _ location: TextLocation) {
        func attribute(_ key: String) -> String? { XMLGraphElement.attribute(key, in: attributes) }
        switch name {
        case "graphml": sawGraphML = true
        case "key":
            guard let id = attribute("id") else { error("<key> has no 'id'", location); return }
            let type = (attribute("attr.type") ?? "string").lowercased()
            if !["boolean", "int", "long", "float", "double", "string"].contains(type) {
                error("key '\(id)' has unknown attr.type '\(type)' (boolean, int, long, float, double or string)", location)
            }
            keys[id] = Key(name: attribute("attr.name"), domain: attribute("for") ?? "all", type: type)
            currentKeyID = id
        case "default":
            guard let k = currentKeyID else { return }
            defaultKey = k
            collect(at: location)
        case "graph":
            graphDepth += 1
            let d = attribute("edgedefault")
            if let d, d != "directed" && d != "undirected" {
                error("edgedefault must be 'directed' or 'undirected', found '\(d)'", location)
            }
            let directed = d.map { $0 == "directed" } ?? (graphDirected.last ?? false)
            if graphDepth == 1 {
                sink.builder.defaultDirected = directed
                owner = .graph
            }
            graphDirected.append(directed)
        case "node":
            guard let id = XMLGraphElement.nodeID(attributes, at: location, report: { self.error($0, $1) }) else { return }
            // Cohesion's own declarations (kind names, sources) come before the first
            // stakeholder uses a kind, so they are not taken for undeclared kinds.
            if !appliedExtras { applyExtras() }
            owner = .node
            elementID = id
            elementLocation = location
            fields.removeAll(keepingCapacity: true)
        case "edge":
            guard let ends = XMLGraphElement.edgeEnds(attributes, at: location, report: { self.error($0, $1) }) else { return }
            owner = .edge
            (edgeSource, edgeTarget) = ends
            elementLocation = location
            edgeDirected = nil
            if let d = attribute("directed") {
                switch d.lowercased() {
                case "true", "1": edgeDirected = true
                case "false", "0": edgeDirected = false
                default: error("an edge's 'directed' must be true or false, found '\(d)'", location)
                }
            }
            fields.removeAll(keepingCapacity: true)
        case "data":
            guard let k = attribute("key") else { error("<data> has no 'key'", location); return }
            guard keys[k] != nil else { error("<data> refers to undeclared key '\(k)'", location); return }
            dataKey = k
            collect(at: location)
        case "hyperedge":
            error("hyperedges cannot be read: a tie joins two stakeholders", location)
        default: break
        }
    }

    /// Starts gathering a `<data>`'s or `<default>`'s text.
    private mutating func collect(at location: TextLocation) {
        dataLocation = location
        collecting = true
        text = ""
    }

    private mutating func end(_ name: String) {
        switch name {
        case "key": currentKeyID = nil
        case "default":
            if let k = defaultKey, let key = keys[k] {
                if let v = GraphMLReader.parse(text, type: key.type) { keys[k]?.defaultValue = v; hasDefaults = true }
                else { error("default '\(text)' of key '\(k)' is not a \(key.type)", dataLocation) }
            }
            defaultKey = nil
            collecting = false
        case "data":
            collecting = false
            guard let k = dataKey, let key = keys[k] else { return }
            dataKey = nil
            guard let attributeName = key.name else { return }
            guard let v = GraphMLReader.parse(text, type: key.type) else {
                error("value '\(text)' of '\(attributeName)' is not a \(key.type)", dataLocation)
                return
            }
            switch owner {
            case .node, .edge: fields[attributeName] = v
            case .graph: graphFields[attributeName] = v
            case .none: break
            }
        case "node":
            Self.applyDefaults("node", of: keys, if: hasDefaults, to: &fields)
            sink.addNode(id: elementID, fields: fields, location: elementLocation)
            owner = graphDepth == 1 ? .graph : .none
        case "edge":
            Self.applyDefaults("edge", of: keys, if: hasDefaults, to: &fields)
            sink.addEdge(source: edgeSource, target: edgeTarget, directed: edgeDirected ?? graphDirected.last ?? false,
                         fields: fields, location: elementLocation)
            owner = graphDepth == 1 ? .graph : .none
        case "graph":
            graphDepth -= 1
            graphDirected.removeLast()
            owner = .none
        default: break
        }
    }
}
