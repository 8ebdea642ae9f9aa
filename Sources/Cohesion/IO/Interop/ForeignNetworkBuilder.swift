/// Builds a ``Network`` from the nodes and edges of a foreign file (GraphML, node-link JSON,
/// Pajek, DL), reading the flat fields ``InteropFields`` names back into stakeholder and tie
/// fields.
///
/// A field whose value does not fit (a `firstYear` that is text, a negative `weight`) stays a
/// free attribute under its name, so nothing the file holds is dropped. A node without `kind`
/// gets the kind `stakeholder`; an edge without `kind` gets the kind `tie`, directed as the
/// edge is (a boolean `directed` field overrides the file's direction: GraphML written for
/// NetworkX keeps undirected kinds of a mixed network that way). A kind that is not built in is declared as the file first uses it: directed as
/// that edge, negative when its `sign` field says so. An edge naming an undeclared node adds
/// the node. Errors (duplicate node ids) are collected, each with its location, and thrown
/// together by ``finish()``.
struct ForeignNetworkBuilder {
    let file: String?
    var network = Network()
    var diagnostics: [Diagnostic] = []
    private var index: [String: Int] = [:]
    /// Ids added because an edge named them before their node was declared.
    private var implicit = Set<String>()
    private var stakeholderKinds: [String: StakeholderKind] = [:]
    private var tieKinds: [String: TieKind] = [:]
    /// The direction of edges that do not say, so the default kind is named after it.
    var defaultDirected: Bool
    /// Whether an edge's `value` is its weight when it has no `weight` (d3's node-link files).
    var valueIsWeight = false

    init(file: String?, defaultDirected: Bool) {
        self.file = file
        self.defaultDirected = defaultDirected
        for k in StakeholderKind.wellKnown { stakeholderKinds[k.id] = k }
        for k in TieKind.wellKnown { tieKinds[k.id] = k }
    }

    /// Whether a stakeholder with this id was added.
    func hasStakeholder(_ id: String) -> Bool { index[id] != nil }

    /// The number of stakeholders so far.
    var stakeholderCount: Int { network.stakeholders.count }

    /// Sets the network's title, place, period and description from graph-level values;
    /// other values are ignored (a network has no free attributes).
    mutating func setNetworkFields(_ fields: [String: AttributeValue]) {
        for (key, value) in fields {
            switch key {
            case "title", "name": if network.title == nil || key == "title" { network.title = value.description }
            case "place": network.place = value.description
            case "firstYear": network.firstYear = Self.year(value)
            case "lastYear": network.lastYear = Self.year(value)
            case "description": network.description = value.description
            default: break
            }
        }
    }

    /// Adds a stakeholder; a repeated id is an error at `location`.
    mutating func addStakeholder(id: String, fields: [String: AttributeValue], location: TextLocation? = nil) {
        var position = network.stakeholders.count
        if let existing = index[id] {
            guard implicit.remove(id) != nil else {
                diagnostics.append(Diagnostic(.error, "duplicate node id '\(id)'", file: file, location: location))
                return
            }
            position = existing
        }
        var s = Stakeholder(id: id, kind: EdgeListCSV.genericStakeholderKind)
        var kindGiven = false
        for (key, value) in fields {
            switch (key, value) {
            case ("name", .string(let v)): s.name = v
            case ("label", .string(let v)) where fields["name"] == nil: s.name = v
            case ("kind", .string(let v)) where !v.isEmpty: s.kind = stakeholderKind(v); kindGiven = true
            case ("sector", .string(let v)): s.sector = Sector(v)
            case ("level", .string(let v)): s.level = Level(v)
            case ("place", .string(let v)): s.place = v
            case ("citations", .string(let v)): s.citations = EdgeListCSV.splitList(v)
            case ("note", .string(let v)): s.note = v
            default: s.attributes[key] = value
            }
        }
        if !kindGiven { _ = stakeholderKind(EdgeListCSV.genericStakeholderKind.id) }
        if position < network.stakeholders.count {
            network.stakeholders[position] = s
        } else {
            index[id] = position
            network.stakeholders.append(s)
        }
    }

    /// Adds a tie, and its ends when they are new.
    mutating func addTie(source: String, target: String, directed: Bool, fields: [String: AttributeValue],
                         location: TextLocation? = nil) {
        if index[source] == nil {
            addStakeholder(id: source, fields: [:])
            implicit.insert(source)
        }
        if index[target] == nil {
            addStakeholder(id: target, fields: [:])
            implicit.insert(target)
        }
        var directed = directed
        if case .bool(let d)? = fields["directed"] { directed = d }
        var kindID: String?
        if case .string(let k)? = fields["kind"], !k.isEmpty { kindID = k }
        let id = kindID ?? defaultKindID(directed: directed)
        let kind = tieKinds[id] ?? tieKind(id, directed: directed, negative: fields["sign"].map { $0.description == "negative" } ?? false)
        var tie = Tie(source: source, target: target, kind: kind)
        var amount: Double?, currency: String?, amountYear: Int?
        var evidence: TieEvidence?
        for (key, value) in fields {
            switch key {
            case "kind" where kindID != nil: break
            case "directed" where { if case .bool = value { true } else { false } }(): break
            case "sign" where value.description == "negative" || value.description == "positive": break
            case "instrument":
                if case .string(let v) = value { tie.instrument = v } else { tie.attributes[key] = value }
            case "amount":
                if let d = value.doubleValue, d >= 0, d.isFinite { amount = d } else { tie.attributes[key] = value }
            case "currency":
                if case .string(let v) = value, !v.isEmpty { currency = v } else { tie.attributes[key] = value }
            case "amountYear":
                if let y = Self.year(value) { amountYear = y } else { tie.attributes[key] = value }
            case _ where Self.isWeightField(key, in: fields, valueIsWeight: valueIsWeight):
                guard let d = value.doubleValue else { tie.attributes[key] = value; continue }
                if !d.isFinite {
                    diagnostics.append(Diagnostic(.error, "weight must be a finite number, not \(d)", file: file, location: location))
                } else if d < 0 {
                    diagnostics.append(Diagnostic(.warning, "weight \(d) is below zero: kept as the attribute '\(key)', so the tie is unweighted (a negative tie kind marks negative ties)",
                                                  file: file, location: location))
                    tie.attributes[key] = value
                } else {
                    tie.weight = d
                }
            case "firstYear":
                if let y = Self.year(value) { tie.firstYear = y } else { tie.attributes[key] = value }
            case "lastYear":
                if let y = Self.year(value) { tie.lastYear = y } else { tie.attributes[key] = value }
            case "citations":
                if case .string(let v) = value { tie.citations = EdgeListCSV.splitList(v) } else { tie.attributes[key] = value }
            case "evidence":
                // An unknown level is refused as the native and CSV readers refuse it: kept as
                // an attribute, it would be written to YAML as the legacy `attributes.evidence`,
                // which the native reader refuses, so a round trip would give an unreadable file.
                if let e = TieEvidence(rawValue: value.description) {
                    evidence = e
                } else {
                    diagnostics.append(Diagnostic(.error, "unknown evidence '\(value.description)' (known: \(TieEvidence.spellings))",
                                                  file: file, location: location))
                }
            case "illustrative":
                if case .bool(let b) = value { tie.isIllustrative = b }
                else if let b = EdgeListCSV.parseFlag(value.description) { tie.isIllustrative = b }
                else { tie.attributes[key] = value }
            case "note":
                if case .string(let v) = value { tie.note = v } else { tie.attributes[key] = value }
            default: tie.attributes[key] = value
            }
        }
        if let evidence, evidence == .illustrative || !tie.isIllustrative { tie.evidence = evidence }
        if let amount {
            tie.amount = Amount(value: amount, currency: currency ?? "EUR", year: amountYear)
        } else {
            if let currency { tie.attributes["currency"] = .string(currency) }
            if let amountYear { tie.attributes["amountYear"] = .integer(amountYear) }
        }
        if let first = tie.firstYear, let last = tie.lastYear, first > last {
            diagnostics.append(Diagnostic(.error, "first year \(first) is after last year \(last)", file: file, location: location))
        }
        network.ties.append(tie)
        TieLocationRecorder.record(location)
    }

    /// The network, or every error found. Sources cited but not described in the file are
    /// declared by id alone (see ``Network/declaringCitedSources()``).
    func finish() throws -> Network {
        if diagnostics.hasErrors { throw InvalidNetwork(diagnostics) }
        return network.declaringCitedSources()
    }

    /// The network and the warnings collected (negative weights kept as attributes), or every
    /// error found.
    func finishWithWarnings() throws -> (network: Network, warnings: [Diagnostic]) {
        (try finish(), diagnostics.filter { $0.severity == .warning })
    }

    func defaultKindID(directed: Bool) -> String {
        directed == defaultDirected ? "tie" : (directed ? "directed-tie" : "undirected-tie")
    }

    private mutating func stakeholderKind(_ id: String) -> StakeholderKind {
        if let k = stakeholderKinds[id] { return k }
        let k = StakeholderKind(id: id)
        stakeholderKinds[id] = k
        network.stakeholderKinds.append(k)
        return k
    }

    /// Declares a tie kind that is not built in, as its first use shows it.
    mutating func declare(_ kind: TieKind) {
        guard tieKinds[kind.id] == nil else { return }
        tieKinds[kind.id] = kind
        network.tieKinds.append(kind)
    }

    /// Declares a stakeholder kind with its name and broader kind.
    mutating func declare(_ kind: StakeholderKind) {
        guard stakeholderKinds[kind.id] == nil else { return }
        stakeholderKinds[kind.id] = kind
        network.stakeholderKinds.append(kind)
    }

    private mutating func tieKind(_ id: String, directed: Bool, negative: Bool) -> TieKind {
        if let k = tieKinds[id] { return k }
        let k = TieKind(id: id, isDirected: directed, sign: negative ? .negative : .positive)
        tieKinds[id] = k
        network.tieKinds.append(k)
        return k
    }

    /// Whether an edge field holds the tie's weight: `weight` in any case (Gephi writes
    /// `Weight`), or, where the format says so, `value` (d3's node-link files) when there is
    /// no weight field.
    static func isWeightField(_ key: String, in fields: [String: AttributeValue], valueIsWeight: Bool) -> Bool {
        if key == "weight" { return true }
        if key.lowercased() == "weight" { return fields["weight"] == nil }
        if key == "value" && valueIsWeight { return !fields.keys.contains { $0.lowercased() == "weight" } }
        return false
    }

    /// A year from a whole number, or a real or text holding one.
    static func year(_ value: AttributeValue) -> Int? {
        switch value {
        case .integer(let i): i
        case .number(let d): d == d.rounded() && abs(d) < 1e6 ? Int(d) : nil
        case .string(let s): Int(s)
        case .bool: nil
        }
    }
}
