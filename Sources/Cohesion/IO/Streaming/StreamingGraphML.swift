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
        // The events are read exactly as GraphMLReader reads them; only the sink differs.
        var events = GraphMLEvents(sink: Sink(file: file), file: file)
        try events.read(bytes)
        let all = events.diagnostics + events.sink.diagnostics
        if all.hasErrors { throw InvalidNetwork(all) }
        return events.sink.table(warnings: all.filter { $0.severity == .warning })
    }

    /// Collects the table: interned ids, the ties' columns, and the checks
    /// `ForeignNetworkBuilder.addTie` makes.
    struct Sink: GraphMLSink {
        let file: String?
        var ties = TieColumns<String>()
        /// Per id: declared by a node element (a second one is a duplicate).
        var declared: [Bool] = []
        /// Decides each tie kind as the network builder would: it sees the first edge of each
        /// kind id (and Cohesion's declarations), so its kinds are declared as they would be.
        var builder: ForeignNetworkBuilder
        var kindIndex: [String: Int] = [:]
        var kindList: [TieKind] = []
        var diagnostics: [Diagnostic] = []

        init(file: String?) {
            self.file = file
            builder = ForeignNetworkBuilder(file: file, defaultDirected: false)
        }

        mutating func intern(_ id: String) -> (index: Int, isNew: Bool) {
            var id = id
            let before = ties.ids.count
            let k = id.withUTF8 { ties.ids.intern($0) }
            if k == before { declared.append(false) }
            return (k, k == before)
        }

        /// Node fields are checked by the machine as they are read, not kept.
        mutating func addNode(id: String, fields: [String: AttributeValue], location: TextLocation) {
            let (k, isNew) = intern(id)
            if !isNew && declared[k] {
                diagnostics.append(Diagnostic(.error, "duplicate node id '\(id)'", file: file, location: location))
                return
            }
            declared[k] = true
        }

        /// The tie's row, and the checks ``ForeignNetworkBuilder/addTie(source:target:directed:fields:location:)`` makes.
        mutating func addEdge(source: String, target: String, directed: Bool, fields: [String: AttributeValue],
                              location: TextLocation) {
            let u = intern(source).index, v = intern(target).index
            var directed = directed
            if case .bool(let d)? = fields["directed"] { directed = d }
            var kindID: String?
            if case .string(let k)? = fields["kind"], !k.isEmpty { kindID = k }
            let id = kindID ?? builder.defaultKindID(directed: directed)
            let kind: Int
            if let known = kindIndex[id] {
                kind = known
            } else {
                // The builder's first tie of this kind id declares the kind as the full reader would.
                builder.addTie(source: "s", target: "t", directed: directed, fields: fields.filter { $0.key == "kind" || $0.key == "sign" })
                let tieKind = builder.network.ties.last?.kind ?? TieKind(id: id, isDirected: directed)
                builder.network.ties.removeAll()
                kind = kindList.count
                kindIndex[id] = kind
                kindList.append(tieKind)
            }
            let row = ties.count
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
                ties.appendSparse(value.description, column: key, row: row)
            }
            if let firstYear, let lastYear, firstYear > lastYear {
                diagnostics.append(Diagnostic(.error, "first year \(firstYear) is after last year \(lastYear)", file: file, location: location))
            }
            if let weight {
                if ties.weights.isEmpty { ties.weights = [Double](repeating: 1, count: row) }
                ties.weights.append(weight)
            } else if !ties.weights.isEmpty {
                ties.weights.append(1)
            }
            ties.appendEnds(u, v)
            ties.kindIndices.append(UInt16(truncatingIfNeeded: kind))
        }

        func table(warnings: [Diagnostic]) -> TieTable {
            ties.table(kinds: kindList, keepsKindIndices: kindList.count > 1, sparseColumns: ties.sparse, warnings: warnings)
        }
    }
}
