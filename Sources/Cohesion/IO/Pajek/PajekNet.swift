/// Pajek `.net` files, read and written.
///
/// A file has `*Vertices n`, then a line per vertex (`1 "label" x y z` and drawing options),
/// then sections of ties: `*Arcs` (directed) and `*Edges` (undirected), a line per tie
/// `from to [weight]`, or `*Arcslist`/`*Edgeslist` (`from to to …`), or `*Matrix` (an n×n
/// matrix, a tie where non-zero). A section header may name a relation, `*Arcs :2 "funding"`,
/// as multirelational Pajek files do; the relation is the tie kind. Lines starting with `%`
/// are comments.
///
/// Reading: labels become stakeholder ids when they are unique (else the vertex numbers do,
/// and labels become names); coordinates become attributes `x`, `y`, `z`; a shape and
/// `key value` pairs after it become attributes too, as do `key value` pairs after a tie's
/// weight; an edge label (`l "funding"`) is the tie kind. Writing: vertices are labelled by
/// stakeholder id; directed ties go under `*Arcs`, undirected under `*Edges`, and a network
/// mixing both is written as `*Arcs` alone, each undirected tie as two opposite arcs (NetworkX
/// reads every tie as the first section says and igraph makes a file with `*Edges` after
/// `*Arcs` undirected, so only one section lets both read the same graph), with a comment
/// naming the undirected kinds so ``PajekMirroredArcs`` folds the pairs back; each tie line
/// carries its weight (1 when it has none) and its kind as the edge label, unless the network
/// has one unnamed kind. Relation headers (`*Arcs :1 "funding"`) are read but not written,
/// because neither NetworkX nor igraph reads them. Pajek holds nothing else: the warning lists
/// what is left out.
///
/// ```swift
/// let network = try PajekNet.read(bytes: Array(text.utf8), file: "padgett.net")
/// ```
///
/// - Complexity: O(bytes).
public enum PajekNet {
    /// What the format holds of a network (the rest is listed by ``FormatLosses``).
    public static let keeps: FormatCapabilities = [.weights, .parallelTies, .isolates, .selfTies, .tieKinds, .mixedDirection, .tieKindDeclarations]

    /// Reads a network from Pajek text.
    ///
    /// - Throws: ``InvalidNetwork`` naming the line of a malformed vertex or tie line, a vertex
    ///   number out of range, or a section Cohesion cannot read.
    public static func read(bytes: [UInt8], file: String?) throws -> Network {
        try readWithWarnings(bytes: bytes, file: file).network
    }

    /// Reads a network and the reader's warnings (a negative weight kept as an attribute).
    static func readWithWarnings(bytes: [UInt8], file: String?) throws -> (network: Network, warnings: [Diagnostic]) {
        let text = try TextInput.text(bytes, file: file)
        var diagnostics: [Diagnostic] = []
        func error(_ message: String, _ line: Int, _ column: Int = 1) {
            diagnostics.append(Diagnostic(.error, message, file: file, location: TextLocation(line: line, column: column)))
        }
        enum Section { case none, vertices, arcs, edges, arcsList, edgesList, matrix }
        var section = Section.none
        var vertexCount = 0
        var labels: [String?] = []
        var vertexFields: [[String: AttributeValue]] = []
        var title: String?
        struct PendingTie { var from: Int; var to: Int; var directed: Bool; var relation: String?; var fields: [String: AttributeValue]; var line: Int }
        var ties: [PendingTie] = []
        var relation: String?
        var matrixRow = 0

        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("%") { continue }
            if trimmed.hasPrefix("*") {
                let tokens = tokenize(trimmed)
                let head = tokens.first?.lowercased() ?? ""
                relation = nil
                if tokens.count >= 3, tokens[1].hasPrefix(":") { relation = tokens[2] }
                else if tokens.count >= 2, tokens[1].hasPrefix(":") { relation = String(tokens[1].dropFirst()) }
                switch head {
                case "*network":
                    title = tokens.dropFirst().joined(separator: " ")
                    section = .none
                case "*vertices":
                    guard tokens.count >= 2, let n = Int(tokens[1]), n >= 0, n <= DLReader.maximumNodes else {
                        error("*Vertices needs the number of vertices (at most \(DLReader.maximumNodes))", lineNumber)
                        section = .none
                        continue
                    }
                    vertexCount = n
                    labels = Array(repeating: nil, count: n)
                    vertexFields = Array(repeating: [:], count: n)
                    section = .vertices
                case "*arcs": section = .arcs
                case "*edges": section = .edges
                case "*arcslist": section = .arcsList
                case "*edgeslist": section = .edgesList
                case "*matrix":
                    section = .matrix
                    matrixRow = 0
                default:
                    error("the section \(tokens.first ?? "") cannot be read (Cohesion reads *Network, *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist and *Matrix)", lineNumber)
                    section = .none
                }
                if section != .vertices && section != .none && labels.isEmpty && vertexCount == 0 {
                    error("ties come before *Vertices", lineNumber)
                }
                continue
            }
            let tokens = tokenize(trimmed)
            func vertex(_ token: String) -> Int? {
                guard let v = Int(token), v >= 1, v <= vertexCount else {
                    error("vertex '\(token)' is not a number between 1 and \(vertexCount)", lineNumber)
                    return nil
                }
                return v - 1
            }
            switch section {
            case .none:
                error("a line outside any section", lineNumber)
            case .vertices:
                guard let v = vertex(tokens[0]) else { continue }
                var rest = tokens.dropFirst()
                if let label = rest.first { labels[v] = label; rest = rest.dropFirst() }
                var fields: [String: AttributeValue] = [:]
                for name in ["x", "y", "z"] {
                    guard let t = rest.first, let d = Double(t) else { break }
                    fields[name] = .number(d)
                    rest = rest.dropFirst()
                }
                if rest.count % 2 == 1, let shape = rest.first {
                    fields["shape"] = .string(shape)
                    rest = rest.dropFirst()
                }
                while rest.count >= 2 {
                    let k = rest.removeFirst(), value = rest.removeFirst()
                    fields[k] = EdgeListCSV.typedValue(value)
                }
                vertexFields[v] = fields
            case .arcs, .edges:
                guard tokens.count >= 2 else { error("a tie line needs two vertex numbers", lineNumber); continue }
                guard let a = vertex(tokens[0]), let b = vertex(tokens[1]) else { continue }
                var fields: [String: AttributeValue] = [:]
                var rest = tokens.dropFirst(2)
                if let w = rest.first, let d = Double(w) {
                    fields["weight"] = .number(d)
                    rest = rest.dropFirst()
                }
                while rest.count >= 2 {
                    let k = rest.removeFirst(), value = rest.removeFirst()
                    // Pajek's edge label `l` carries the tie kind, as Cohesion writes it.
                    if k == "l" && relation == nil { fields["kind"] = .string(value) } else { fields[k] = EdgeListCSV.typedValue(value) }
                }
                ties.append(PendingTie(from: a, to: b, directed: section == .arcs, relation: relation, fields: fields, line: lineNumber))
            case .arcsList, .edgesList:
                guard let a = vertex(tokens[0]) else { continue }
                for t in tokens.dropFirst() {
                    guard let b = vertex(t) else { continue }
                    ties.append(PendingTie(from: a, to: b, directed: section == .arcsList, relation: relation, fields: [:], line: lineNumber))
                }
            case .matrix:
                guard matrixRow < vertexCount else { error("more matrix rows than vertices", lineNumber); continue }
                guard tokens.count == vertexCount else {
                    error("a matrix row needs \(vertexCount) values, found \(tokens.count)", lineNumber)
                    matrixRow += 1
                    continue
                }
                for (j, t) in tokens.enumerated() {
                    guard let d = Double(t) else { error("'\(t)' is not a number", lineNumber); continue }
                    if d != 0 {
                        ties.append(PendingTie(from: matrixRow, to: j, directed: true, relation: relation,
                                               fields: d == 1 ? [:] : ["weight": .number(d)], line: lineNumber))
                    }
                }
                matrixRow += 1
            }
        }
        if vertexCount == 0 && labels.isEmpty && diagnostics.isEmpty && ties.isEmpty {
            error("not a Pajek network: no *Vertices line", 1)
        }
        if diagnostics.hasErrors { throw InvalidNetwork(diagnostics) }

        let given = labels.compactMap { $0 }
        let labelsAreIDs = Set(given).count == given.count
        var ids: [String] = []
        var builder = ForeignNetworkBuilder(file: file, defaultDirected: ties.first?.directed ?? true)
        if let title, !title.isEmpty { builder.setNetworkFields(["title": .string(title)]) }
        for v in 0..<vertexCount {
            var fields = vertexFields[v]
            let id: String
            if labelsAreIDs, let label = labels[v] {
                id = label
            } else {
                id = String(v + 1)
                if let label = labels[v] { fields["name"] = .string(label) }
            }
            ids.append(id)
            builder.addStakeholder(id: id, fields: fields)
        }
        let relations = Set(ties.compactMap(\.relation))
        let directions = Set(ties.map(\.directed))
        for t in ties {
            var fields = t.fields
            if let r = t.relation { fields["kind"] = .string(r) }
            else if relations.isEmpty, directions.count > 1, fields["kind"] == nil { fields["kind"] = .string(t.directed ? "arc" : "edge") }
            builder.addTie(source: ids[t.from], target: ids[t.to], directed: t.directed, fields: fields, location: TextLocation(line: t.line, column: 1))
        }
        return try builder.finishWithWarnings()
    }

    /// Writes a network as Pajek text, with a warning listing what Pajek cannot hold.
    public static func write(_ network: Network, file: String? = nil) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        var out = ""
        if let title = network.title { out += "*Network \(title.replacingOccurrences(of: "\n", with: " "))\n" }
        out += "*Vertices \(network.stakeholders.count)\n"
        var number: [String: Int] = [:]
        var quotesReplaced = false
        for (k, s) in network.stakeholders.enumerated() {
            if number[s.id] == nil { number[s.id] = k + 1 }
            if s.id.contains("\"") { quotesReplaced = true }
            out += "\(k + 1) \"\(s.id.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " "))\"\n"
        }
        let layers = network.layers
        let labelKinds = layers.count > 1 || layers.contains { $0.id != "tie" }
        let weighted = network.ties.contains { $0.weight != nil }
        // One direction per file, because NetworkX reads every tie as the first section's kind
        // and igraph makes a graph with *Edges after *Arcs undirected: a mixed network is
        // written as arcs, each undirected tie as a pair of opposite arcs.
        let mixed = layers.contains(where: \.isDirected) && layers.contains { !$0.isDirected }
        func line(_ t: Tie, _ a: Int, _ b: Int) {
            out += "\(a) \(b)"
            if weighted || labelKinds { out += " \(CSVWriter.numberText(t.weight ?? 1))" }
            if labelKinds { out += " l \"\(t.kind.id.replacingOccurrences(of: "\"", with: "'"))\"" }
            out += "\n"
        }
        if mixed {
            out = PajekMirroredArcs.comment(layers.filter { !$0.isDirected }) + out
            out += "*Arcs\n"
            for t in network.ties {
                guard let a = number[t.source], let b = number[t.target] else { continue }
                line(t, a, b)
                if !t.kind.isDirected && a != b { line(t, b, a) }
            }
        } else {
            for directed in [true, false] where network.ties.contains(where: { $0.kind.isDirected == directed }) {
                out += directed ? "*Arcs\n" : "*Edges\n"
                for t in network.ties where t.kind.isDirected == directed {
                    guard let a = number[t.source], let b = number[t.target] else { continue }
                    line(t, a, b)
                }
            }
        }
        var extra: [String] = []
        let negative = layers.filter { $0.sign == .negative }
        if !negative.isEmpty { extra.append("the negative sign of \(negative.map(\.id).joined(separator: ", "))") }
        if quotesReplaced { extra.append("double quotes in ids (written as ')") }
        if weighted || labelKinds, network.ties.contains(where: { $0.weight == nil }) {
            extra.append("the absence of a weight (written as 1, since Pajek's edge label follows the weight)")
        }
        if mixed {
            extra.append("one direction per file for NetworkX and igraph: each undirected tie (\(layers.filter { !$0.isDirected }.map(\.id).joined(separator: ", "))) is written as two opposite arcs")
        }
        let keeps = Self.keeps
        var warnings = FormatLosses.warnings(network, keeps: keeps.union(.networkFields), format: "Pajek", file: file, extra: extra)
        if network.place != nil || network.firstYear != nil || network.lastYear != nil || network.description != nil {
            warnings = FormatLosses.warnings(network, keeps: keeps, format: "Pajek", file: file, extra: extra)
        }
        return (Array(out.utf8), warnings)
    }

    /// Splits a line into tokens; double-quoted tokens may hold spaces.
    static func tokenize<S: StringProtocol>(_ line: S) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inQuotes = false
        var hasToken = false
        for c in line {
            if inQuotes {
                if c == "\"" { inQuotes = false } else { current.append(c) }
            } else if c == "\"" {
                inQuotes = true
                hasToken = true
            } else if c == " " || c == "\t" || c == "\r" {
                if hasToken { tokens.append(current); current = ""; hasToken = false }
            } else {
                current.append(c)
                hasToken = true
            }
        }
        if hasToken { tokens.append(current) }
        return tokens
    }
}
