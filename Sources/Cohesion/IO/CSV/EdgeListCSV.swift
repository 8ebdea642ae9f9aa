/// Options for reading a CSV edge list.
public struct CSVReadOptions: Hashable, Sendable {
    /// Read ties of undeclared kinds (and ties with no `kind` column) as undirected.
    /// Built-in kinds keep their own direction.
    public var undirected: Bool
    /// The text of a node file (`id` column plus attributes), and its name for messages.
    public var nodes: (text: [UInt8], file: String)?
    /// The field delimiter (`,`, `;` or a tab); nil sniffs it from each file's header.
    public var delimiter: UInt8?
    /// How numbers write their decimal separator.
    public var decimal: CSVDecimalSeparator

    /// Creates options: directed, no node file, the delimiter sniffed, decimal commas read
    /// in semicolon files.
    public init(undirected: Bool = false, nodes: (text: [UInt8], file: String)? = nil,
                delimiter: UInt8? = nil, decimal: CSVDecimalSeparator = .automatic) {
        self.undirected = undirected
        self.nodes = nodes
        self.delimiter = delimiter
        self.decimal = decimal
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.undirected == rhs.undirected && lhs.nodes?.text == rhs.nodes?.text && lhs.nodes?.file == rhs.nodes?.file
            && lhs.delimiter == rhs.delimiter && lhs.decimal == rhs.decimal
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(undirected)
        hasher.combine(nodes?.file)
        hasher.combine(delimiter)
        hasher.combine(decimal)
    }

    /// The reader for a file's bytes: the delimiter given, or sniffed.
    func reader(_ bytes: [UInt8], file: String?) -> CSVReader {
        CSVReader(bytes: bytes, file: file, delimiter: delimiter ?? CSVReader.sniffDelimiter(bytes))
    }

    /// Whether numbers in a file read with this delimiter take a decimal comma.
    func decimalComma(delimiter: UInt8) -> Bool {
        switch decimal {
        case .comma: true
        case .point: false
        case .automatic: delimiter == UInt8(ascii: ";")
        }
    }
}

/// Reads networks from CSV edge lists and node lists.
///
/// Dialects: the delimiter is a comma, a semicolon or a tab, sniffed from the header unless
/// ``CSVReadOptions/delimiter`` sets it; numbers take a decimal comma (`2,5`) in semicolon
/// files, as French Excel saves them, or wherever ``CSVReadOptions/decimal`` says.
///
/// The edge file has a header naming its columns: `source` and `target` are required; `weight`,
/// `kind`, `instrument`, `amount`, `currency`, `year` (of the amount), `firstYear`, `lastYear`,
/// `citations` (ids separated by `;`), `illustrative` and `note` fill the tie's fields; any
/// other column becomes a tie attribute (typed: whole number, number or text). Header names are
/// matched without regard to case, `_` or `-` (`first_year` is `firstYear`).
///
/// The node file is keyed by its `id` column or, failing that, `label` or `name` (Kumu's
/// `Label,Type`; Gephi's `Id,Label`, where the label is the name); `name` (else `label`),
/// `kind` (or `type`), `sector`, `level`, `place`, `citations`
/// and `note` fill the stakeholder's fields, other columns become attributes. A stakeholder
/// named by a tie but absent from the node file is added with the kind `stakeholder`.
/// Kinds not built in are declared as the file uses them.
///
/// ```swift
/// let network = try EdgeListCSV.read(bytes: Array(text.utf8), file: "ties.csv")
/// ```
///
/// - Complexity: O(bytes) plus O(*m*) dictionary look-ups.
public enum EdgeListCSV {
    /// The kind given to stakeholders that only the edge list names.
    public static let genericStakeholderKind = StakeholderKind(id: "stakeholder")

    /// Reads a network from an edge list's bytes.
    ///
    /// - Throws: ``InvalidNetwork`` listing every malformed row with its line and column.
    public static func read(bytes: [UInt8], file: String?, options: CSVReadOptions = CSVReadOptions()) throws -> Network {
        let reader = options.reader(bytes, file: file)
        var nodes: (records: Records, file: String, decimalComma: Bool)?
        if let n = options.nodes {
            let nodeReader = options.reader(n.text, file: n.file)
            nodes = (nodeReader.forEachRecord, n.file, options.decimalComma(delimiter: nodeReader.delimiter))
        }
        return try read(records: reader.forEachRecord, file: file, nodes: nodes, undirected: options.undirected,
                        decimalComma: options.decimalComma(delimiter: reader.delimiter))
    }

    /// Records of fields with the line each starts on, from a CSV file or a spreadsheet's sheet.
    typealias Records = (_ body: (_ fields: [CSVField], _ line: Int) throws -> Void) throws -> Void

    /// Reads a network from the records of an edge list and, optionally, a node list.
    static func read(records: Records, file: String?, nodes: (records: Records, file: String, decimalComma: Bool)?,
                     undirected: Bool, decimalComma: Bool) throws -> Network {
        let options = CSVReadOptions(undirected: undirected)
        var network = Network()
        var diagnostics: [Diagnostic] = []
        var index: [String: Int] = [:]
        var declaredKinds: [String: StakeholderKind] = [:]

        if let nodes {
            try readNodes(records: nodes.records, file: nodes.file, decimalComma: nodes.decimalComma, into: &network, index: &index,
                          declaredKinds: &declaredKinds, diagnostics: &diagnostics)
        }

        var tieKinds: [String: TieKind] = [:]
        let defaultKind = TieKind(id: "tie", isDirected: !options.undirected)
        func tieKind(_ id: String) -> TieKind {
            if let k = tieKinds[id] { return k }
            let k = TieKind.wellKnown.first { $0.id == id } ?? TieKind(id: id, isDirected: !options.undirected)
            tieKinds[id] = k
            if !TieKind.wellKnown.contains(k) { network.tieKinds.append(k) }
            return k
        }

        var columns: [Column] = []
        var sourceColumn = -1, targetColumn = -1
        let recording = TieLocationRecorder.current != nil
        try records { fields, line in
            if columns.isEmpty {
                columns = fields.map { Column(header: $0.text) }
                sourceColumn = columns.firstIndex { $0.role == .source } ?? -1
                targetColumn = columns.firstIndex { $0.role == .target } ?? -1
                if sourceColumn < 0 || targetColumn < 0 {
                    throw InvalidNetwork([Diagnostic(.error, "the header must name 'source' and 'target' columns, found: \(fields.map(\.text).joined(separator: ","))",
                                                      file: file, location: TextLocation(line: line, column: 1))])
                }
                if !columns.contains(where: { $0.role == .kind }) { _ = tieKind(defaultKind.id) }
                return
            }
            guard fields.count == columns.count else {
                diagnostics.append(Diagnostic(.error, "expected \(columns.count) fields as in the header, found \(fields.count)",
                                              file: file, location: fields.first?.location))
                return
            }
            let source = fields[sourceColumn].text, target = fields[targetColumn].text
            if source.isEmpty || target.isEmpty {
                diagnostics.append(Diagnostic(.error, "empty \(source.isEmpty ? "source" : "target")",
                                              file: file, location: fields[source.isEmpty ? sourceColumn : targetColumn].location))
                return
            }
            var tie = Tie(source: source, target: target, kind: defaultKind)
            // The fields' places, kept only while an error is being placed (TieLocationRecorder).
            var places: [String: TextLocation] = [:]
            var amountValue: Double?, currency = "EUR", amountYear: Int?
            var evidence: TieEvidence?
            for (c, field) in fields.enumerated() where !field.text.isEmpty {
                let column = columns[c]
                func number() -> Double? {
                    if let d = parseNumber(field.text, decimalComma: decimalComma) { return d }
                    diagnostics.append(Diagnostic(.error, "'\(column.header)' must be a number, found '\(field.text)'", file: file, location: field.location))
                    return nil
                }
                func year() -> Int? {
                    if let y = Int(field.text) { return y }
                    diagnostics.append(Diagnostic(.error, "'\(column.header)' must be a year, found '\(field.text)'", file: file, location: field.location))
                    return nil
                }
                switch column.role {
                case .source: if recording { places["source"] = field.location }
                case .target: if recording { places["target"] = field.location }
                case .kind: tie.kind = tieKind(field.text)
                case .weight:
                    if recording { places["weight"] = field.location }
                    tie.weight = number()
                    if let w = tie.weight, w < 0 {
                        diagnostics.append(Diagnostic(.error, "weight must not be negative, found \(w)", file: file, location: field.location))
                    }
                case .instrument: tie.instrument = field.text
                case .amount:
                    if recording { places["amount"] = field.location }
                    amountValue = number()
                    if let a = amountValue, a < 0 {
                        diagnostics.append(Diagnostic(.error, "amount must not be negative, found \(a)", file: file, location: field.location))
                    }
                case .currency: currency = field.text
                case .year: amountYear = year()
                case .firstYear: tie.firstYear = year()
                case .lastYear: tie.lastYear = year()
                case .citations: tie.citations = splitList(field.text)
                case .illustrative:
                    guard let flag = parseFlag(field.text) else {
                        diagnostics.append(Diagnostic(.error, "'illustrative' must be true or false, found '\(field.text)'", file: file, location: field.location))
                        break
                    }
                    tie.isIllustrative = flag
                case .evidence:
                    if field.text.isEmpty { break }
                    guard let e = TieEvidence(rawValue: field.text) else {
                        diagnostics.append(Diagnostic(.error, "unknown evidence '\(field.text)' (known: \(TieEvidence.spellings))", file: file, location: field.location))
                        break
                    }
                    evidence = e
                case .note: tie.note = field.text
                case .attribute: tie.attributes[column.header] = typedValue(field.text, decimalComma: decimalComma)
                }
            }
            if let evidence, evidence == .illustrative || !tie.isIllustrative { tie.evidence = evidence }
            if let amountValue { tie.amount = Amount(value: amountValue, currency: currency, year: amountYear) }
            if let first = tie.firstYear, let last = tie.lastYear, first > last {
                diagnostics.append(Diagnostic(.error, "first year \(first) is after last year \(last)", file: file, location: fields.first?.location))
            }
            for id in [source, target] where index[id] == nil {
                index[id] = network.stakeholders.count
                network.stakeholders.append(Stakeholder(id: id, kind: genericStakeholderKind))
                if declaredKinds[genericStakeholderKind.id] == nil {
                    declaredKinds[genericStakeholderKind.id] = genericStakeholderKind
                    network.stakeholderKinds.append(genericStakeholderKind)
                }
            }
            network.ties.append(tie)
            if recording { TieLocationRecorder.record(fields.first?.location, fields: places) }
        }
        if columns.isEmpty {
            diagnostics.append(Diagnostic(.error, "the file is empty: expected a header with 'source' and 'target'", file: file,
                                          location: TextLocation(line: 1, column: 1)))
        }
        if diagnostics.hasErrors { throw InvalidNetwork(diagnostics) }
        return network
    }

    static func readNodes(records: Records, file: String, decimalComma: Bool,
                          into network: inout Network, index: inout [String: Int],
                          declaredKinds: inout [String: StakeholderKind], diagnostics: inout [Diagnostic]) throws {
        var headers: [String] = []
        var idColumn = -1
        var hasNameColumn = false
        try records { fields, line in
            if headers.isEmpty {
                headers = fields.map(\.text)
                let normalized = headers.map(Column.normalized)
                idColumn = normalized.firstIndex(of: "id") ?? normalized.firstIndex(of: "label") ?? normalized.firstIndex(of: "name") ?? -1
                hasNameColumn = normalized.contains("name")
                if idColumn < 0 {
                    throw InvalidNetwork([Diagnostic(.error, "the node file's header must name an 'id' column (or 'label' or 'name'), found: \(headers.joined(separator: ","))",
                                                      file: file, location: TextLocation(line: line, column: 1))])
                }
                return
            }
            guard fields.count == headers.count else {
                diagnostics.append(Diagnostic(.error, "expected \(headers.count) fields as in the header, found \(fields.count)",
                                              file: file, location: fields.first?.location))
                return
            }
            let id = fields[idColumn].text
            guard !id.isEmpty else {
                diagnostics.append(Diagnostic(.error, "empty id", file: file, location: fields[idColumn].location))
                return
            }
            guard index[id] == nil else {
                diagnostics.append(Diagnostic(.error, "duplicate stakeholder id '\(id)'", file: file, location: fields[idColumn].location))
                return
            }
            var s = Stakeholder(id: id, kind: genericStakeholderKind)
            var hasKind = false
            for (c, field) in fields.enumerated() where c != idColumn && !field.text.isEmpty {
                switch Column.normalized(headers[c]) {
                case "name": s.name = field.text
                case "label" where !hasNameColumn: s.name = field.text
                case "kind", "type":
                    hasKind = true
                    if let known = declaredKinds[field.text] ?? StakeholderKind.wellKnown.first(where: { $0.id == field.text }) {
                        s.kind = known
                    } else {
                        let k = StakeholderKind(id: field.text)
                        declaredKinds[k.id] = k
                        network.stakeholderKinds.append(k)
                        s.kind = k
                    }
                case "sector": s.sector = Sector(field.text)
                case "level": s.level = Level(field.text)
                case "place": s.place = field.text
                case "citations": s.citations = splitList(field.text)
                case "note": s.note = field.text
                default: s.attributes[headers[c]] = typedValue(field.text, decimalComma: decimalComma)
                }
            }
            if !hasKind, declaredKinds[genericStakeholderKind.id] == nil {
                declaredKinds[genericStakeholderKind.id] = genericStakeholderKind
                network.stakeholderKinds.append(genericStakeholderKind)
            }
            index[id] = network.stakeholders.count
            network.stakeholders.append(s)
        }
    }

    static func splitList(_ text: String) -> [String] {
        text.split(separator: ";").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
    }

    static func parseFlag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "1": true
        case "false", "no", "0": false
        default: nil
        }
    }

    /// A cell as a whole number, a number or text, in that order of preference; with
    /// `decimalComma`, `2,5` is the number 2.5.
    static func typedValue(_ text: String, decimalComma: Bool = false) -> AttributeValue {
        if let i = Int(text) { return .integer(i) }
        if NativeDecoder.plainNumber(text) != nil, let d = Double(text), d.isFinite { return .number(d) }
        if decimalComma, text.contains(","), !text.contains(".") {
            let point = text.replacingOccurrences(of: ",", with: ".")
            if NativeDecoder.plainNumber(point) != nil, let d = Double(point), d.isFinite { return .number(d) }
        }
        return .string(text)
    }

    /// A finite number, with `,` as the decimal separator when `decimalComma` is set.
    static func parseNumber(_ text: String, decimalComma: Bool) -> Double? {
        if let d = Double(text), d.isFinite { return d }
        guard decimalComma, text.contains(","), !text.contains(".") else { return nil }
        if let d = Double(text.replacingOccurrences(of: ",", with: ".")), d.isFinite { return d }
        return nil
    }

    /// What a column of the edge file holds, from its header.
    struct Column {
        enum Role { case source, target, kind, weight, instrument, amount, currency, year, firstYear, lastYear, citations, illustrative, evidence, note, attribute }
        let header: String
        let role: Role

        init(header: String) {
            self.header = header
            self.role = switch Self.normalized(header) {
            case "source", "from": .source
            case "target", "to": .target
            case "kind", "type", "layer": .kind
            case "weight": .weight
            case "instrument": .instrument
            case "amount": .amount
            case "currency": .currency
            case "year", "amountyear": .year
            case "firstyear": .firstYear
            case "lastyear": .lastYear
            case "citations", "sources": .citations
            case "illustrative": .illustrative
            case "evidence": .evidence
            case "note": .note
            default: .attribute
            }
        }

        static func normalized(_ header: String) -> String {
            String(header.trimmingSpaces().lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
        }
    }
}

extension StringProtocol {
    func trimmingSpaces() -> SubSequence {
        var start = startIndex, end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
