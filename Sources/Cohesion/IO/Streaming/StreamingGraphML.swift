/// Reads GraphML straight into a ``TieTable`` (and from there an ``AnalysisGraph``), for
/// files too large for a ``Network`` of one value per stakeholder and tie.
///
/// It reads what ``GraphMLReader`` reads, the same way: the same keys, types and defaults, the
/// same direction rules (`edgedefault`, an edge's `directed` attribute or boolean `directed`
/// field), the same kinds (an edge's `kind`, else `tie` or `directed-tie`/`undirected-tie`,
/// declared as first used or as Cohesion's own graph-level declarations say), and it reports
/// the same errors and warnings: malformed XML, undeclared keys, values that do not parse as
/// their key's type, duplicate node ids, non-finite weights, unknown evidence, a first year
/// after the last, negative weights (a warning; the tie is unweighted). Stakeholders are
/// interned ids in the order ``GraphMLReader`` adds them (a node when its element ends, an
/// edge's unknown ends when the edge does); node fields are checked, not kept. An edge's
/// weight (`weight`, or `Weight` as Gephi writes it) fills ``TieTable/weights`` (1 for an edge
/// without one) when any edge has one; every other edge field is kept out of line as text.
///
/// ```swift
/// let table = try StreamingGraphML.read(path: "large.graphml")
/// let graph = table.graph()
/// ```
///
/// - Complexity: O(bytes) time; the file's bytes while reading, then about 10–18 bytes a tie
///   plus the distinct ids and the optional fields present.
public enum StreamingGraphML {
    /// Reads the GraphML file at `path`.
    ///
    /// - Throws: ``InvalidNetwork`` with every problem found, or a file-system error.
    public static func read(path: String) throws -> TieTable {
        try read(bytes: StreamingEdgeList.readFile(path), file: path)
    }

    /// Reads GraphML from its bytes; `file` names it in messages.
    ///
    /// - Throws: ``InvalidNetwork`` with every problem found (as ``GraphMLReader`` finds them).
    public static func read(bytes: [UInt8], file: String?) throws -> TieTable {
        var sink = Sink(file: file)
        var keys: [String: GraphMLReader.Key] = [:]
        var diagnostics: [Diagnostic] = []
        var sawGraphML = false
        var graphDepth = 0
        var graphDirected: [Bool] = []
        var graphFields: [String: AttributeValue] = [:]
        var appliedExtras = false
        func applyExtras() {
            appliedExtras = true
            if case .string(let json)? = graphFields["cohesion"],
               let extras = try? PositionedJSON.parse(Array(json.utf8), file: file) {
                NodeLinkJSON.readCohesionExtras(extras, into: &sink.kinds)
            }
        }

        var owner = GraphMLReader.Owner.none
        var elementID = ""
        var edgeSource = "", edgeTarget = ""
        var edgeDirected: Bool?
        var elementLocation = TextLocation(line: 1, column: 1)
        var fields: [String: AttributeValue] = [:]

        var collecting = false
        var text = ""
        var dataKey: String?
        var dataLocation = TextLocation(line: 1, column: 1)
        var defaultKey: String?
        var currentKeyID: String?
        var nestedInData = 0

        func error(_ message: String, _ location: TextLocation?) {
            diagnostics.append(Diagnostic(.error, message, file: file, location: location))
        }

        var hasDefaults = false
        func applyDefaults(_ domain: String, to fields: inout [String: AttributeValue]) {
            guard hasDefaults else { return }
            for key in keys.values where key.domain == domain || key.domain == "all" {
                if let name = key.name, let d = key.defaultValue, fields[name] == nil { fields[name] = d }
            }
        }

        // The events are handled exactly as GraphMLReader handles them; only the sink differs.
        try XMLScanner(bytes: bytes, file: file).scan(wantsText: { collecting }) { event in
            switch event {
            case .start(let name, let attributes, let location):
                func attribute(_ key: String) -> String? { attributes.first { $0.0 == key }?.1 }
                if dataKey != nil || defaultKey != nil { nestedInData += 1; return }
                switch name {
                case "graphml": sawGraphML = true
                case "key":
                    guard let id = attribute("id") else { error("<key> has no 'id'", location); return }
                    let type = (attribute("attr.type") ?? "string").lowercased()
                    if !["boolean", "int", "long", "float", "double", "string"].contains(type) {
                        error("key '\(id)' has unknown attr.type '\(type)' (boolean, int, long, float, double or string)", location)
                    }
                    keys[id] = GraphMLReader.Key(name: attribute("attr.name"), domain: attribute("for") ?? "all", type: type)
                    currentKeyID = id
                case "default":
                    guard let k = currentKeyID else { return }
                    defaultKey = k
                    dataLocation = location
                    collecting = true
                    text = ""
                case "graph":
                    graphDepth += 1
                    let d = attribute("edgedefault")
                    if let d, d != "directed" && d != "undirected" {
                        error("edgedefault must be 'directed' or 'undirected', found '\(d)'", location)
                    }
                    let directed = d.map { $0 == "directed" } ?? (graphDirected.last ?? false)
                    if graphDepth == 1 {
                        sink.kinds.defaultDirected = directed
                        owner = .graph
                    }
                    graphDirected.append(directed)
                case "node":
                    guard let id = attribute("id") else { error("<node> has no 'id'", location); return }
                    if !appliedExtras { applyExtras() }
                    owner = .node
                    elementID = id
                    elementLocation = location
                    fields.removeAll(keepingCapacity: true)
                case "edge":
                    guard let s = attribute("source"), let t = attribute("target") else {
                        error("<edge> needs 'source' and 'target'", location)
                        return
                    }
                    owner = .edge
                    edgeSource = s
                    edgeTarget = t
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
                    dataLocation = location
                    collecting = true
                    text = ""
                case "hyperedge":
                    error("hyperedges cannot be read: a tie joins two stakeholders", location)
                default: break
                }
            case .text(let t):
                if nestedInData == 0 { if text.isEmpty { text = t } else { text += t } }
            case .end(let name):
                if nestedInData > 0 { nestedInData -= 1; return }
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
                    applyDefaults("node", to: &fields)   // as GraphMLReader does, so `fields` is in the same state
                    sink.addNode(id: elementID, location: elementLocation)
                    owner = graphDepth == 1 ? .graph : .none
                case "edge":
                    applyDefaults("edge", to: &fields)
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
        if !sawGraphML {
            diagnostics.insert(Diagnostic(.error, "not GraphML: no <graphml> element", file: file, location: TextLocation(line: 1, column: 1)), at: 0)
        }
        let all = diagnostics + sink.diagnostics
        if all.hasErrors { throw InvalidNetwork(all) }
        return sink.table(warnings: all.filter { $0.severity == .warning })
    }

    /// Collects the table: interned ids, the ties' columns, and the checks
    /// `ForeignNetworkBuilder.addTie` makes.
    struct Sink {
        let file: String?
        var ids = InternTable(capacity: 1 << 16)
        /// Per id: declared by a node element (a second one is a duplicate).
        var declared: [Bool] = []
        /// Decides each tie kind as the network builder would: it sees the first edge of each
        /// kind id (and Cohesion's declarations), so its kinds are declared as they would be.
        var kinds: ForeignNetworkBuilder
        var kindIndex: [String: Int] = [:]
        var kindList: [TieKind] = []
        var sources: [Int32] = []
        var targets: [Int32] = []
        var kindIndices: [UInt16] = []
        var weights: [Double] = []
        var sparse: [String: TieTable.SparseColumn] = [:]
        var diagnostics: [Diagnostic] = []

        init(file: String?) {
            self.file = file
            kinds = ForeignNetworkBuilder(file: file, defaultDirected: false)
        }

        mutating func intern(_ id: String) -> (index: Int, isNew: Bool) {
            var id = id
            let before = ids.count
            let k = id.withUTF8 { ids.intern($0) }
            if k == before { declared.append(false) }
            return (k, k == before)
        }

        mutating func addNode(id: String, location: TextLocation) {
            let (k, isNew) = intern(id)
            if !isNew && declared[k] {
                diagnostics.append(Diagnostic(.error, "duplicate node id '\(id)'", file: file, location: location))
                return
            }
            declared[k] = true
        }

        mutating func addEdge(source: String, target: String, directed: Bool, fields: [String: AttributeValue],
                              location: TextLocation) {
            let u = intern(source).index, v = intern(target).index
            var directed = directed
            if case .bool(let d)? = fields["directed"] { directed = d }
            var kindID: String?
            if case .string(let k)? = fields["kind"], !k.isEmpty { kindID = k }
            let id = kindID ?? kinds.defaultKindID(directed: directed)
            let kind: Int
            if let known = kindIndex[id] {
                kind = known
            } else {
                // The builder's first tie of this kind id declares the kind as the full reader would.
                kinds.addTie(source: "s", target: "t", directed: directed, fields: fields.filter { $0.key == "kind" || $0.key == "sign" })
                let tieKind = kinds.network.ties.last?.kind ?? TieKind(id: id, isDirected: directed)
                kinds.network.ties.removeAll()
                kind = kindList.count
                kindIndex[id] = kind
                kindList.append(tieKind)
            }
            let row = sources.count
            var weight: Double?
            var firstYear: Int?, lastYear: Int?
            for (key, value) in fields {
                switch key {
                case "kind" where kindID != nil: continue
                case "directed" where { if case .bool = value { true } else { false } }(): continue
                case _ where ForeignNetworkBuilder.isWeightField(key, in: fields, valueIsWeight: false):
                    if let d = value.doubleValue {
                        if !d.isFinite {
                            diagnostics.append(Diagnostic(.error, "weight must be a finite number, not \(d)", file: file, location: location))
                        } else if d < 0 {
                            diagnostics.append(Diagnostic(.warning, "weight \(d) is below zero: kept as the attribute '\(key)', so the tie is unweighted (a negative tie kind marks negative ties)",
                                                          file: file, location: location))
                        } else {
                            weight = d
                            continue
                        }
                    }
                case "firstYear": firstYear = ForeignNetworkBuilder.year(value)
                case "lastYear": lastYear = ForeignNetworkBuilder.year(value)
                case "evidence":
                    if TieEvidence(rawValue: value.description) == nil {
                        diagnostics.append(Diagnostic(.error, "unknown evidence '\(value.description)' (known: \(TieEvidence.spellings))",
                                                      file: file, location: location))
                    }
                default: break
                }
                sparse[key, default: TieTable.SparseColumn(rows: [], values: [])].rows.append(Int32(truncatingIfNeeded: row))
                sparse[key]?.values.append(value.description)
            }
            if let firstYear, let lastYear, firstYear > lastYear {
                diagnostics.append(Diagnostic(.error, "first year \(firstYear) is after last year \(lastYear)", file: file, location: location))
            }
            if let weight {
                if weights.isEmpty { weights = [Double](repeating: 1, count: row) }
                weights.append(weight)
            } else if !weights.isEmpty {
                weights.append(1)
            }
            sources.append(Int32(truncatingIfNeeded: u))
            targets.append(Int32(truncatingIfNeeded: v))
            kindIndices.append(UInt16(truncatingIfNeeded: kind))
        }

        func table(warnings: [Diagnostic]) -> TieTable {
            let single = kindList.count <= 1
            return TieTable(ids: ids.strings(), kinds: kindList,
                            sources: sources, targets: targets, kindIndices: single ? [] : kindIndices,
                            weights: weights, sparseColumns: sparse, warnings: warnings)
        }
    }
}
