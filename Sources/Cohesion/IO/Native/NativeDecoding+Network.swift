import Yams

extension NativeDecoder {
    static let rootKeys = Set<String>(["cohesion", "network", "sources", "kinds", "stakeholders", "ties", "series"])
        .union(discourseRootKeys)

    /// Decodes the whole document. Sections are read in dependency order (sources, kinds,
    /// stakeholders, ties) whatever their order in the file.
    mutating func network(_ root: Node) -> Network {
        var network = Network()
        guard let sections = members(root, "the network file", allowed: Self.rootKeys) else { return network }
        func section(_ name: String) -> Node? { sections.first { $0.0 == name }?.2 }

        if let version = section("cohesion"), let v = integer(version, "cohesion"), v != 1 {
            error("unsupported format version \(v) (this version of Cohesion reads version 1)", version)
        }
        if let meta = section("network") { readMetadata(meta, into: &network) }
        if let node = section("sources"), let list = items(node, "'sources'") {
            for item in list { if let s = source(item) { network.sources.append(s) } }
        }
        if let node = section("kinds") { readKinds(node, into: &network) }
        if let node = section("stakeholders"), let list = items(node, "'stakeholders'") {
            for item in list { if let s = stakeholder(item, network) { network.stakeholders.append(s) } }
        } else if sections.first(where: { $0.0 == "stakeholders" }) == nil {
            error("the network has no 'stakeholders' list", root)
        }
        if let node = section("ties"), let list = items(node, "'ties'") {
            for item in list { if let t = tie(item, network) { network.ties.append(t) } }
        }
        readDiscourse(section, into: &network)
        if let node = section("series") { readSeries(node, into: &network) }
        return network
    }

    mutating func readMetadata(_ node: Node, into network: inout Network) {
        guard let pairs = members(node, "'network'", allowed: ["title", "place", "firstYear", "lastYear", "description"]) else { return }
        map.network[""] = location(node)
        for (key, keyNode, value) in pairs {
            map.network[key] = location(keyNode)
            switch key {
            case "title": network.title = string(value, key)
            case "place": network.place = string(value, key)
            case "firstYear": network.firstYear = integer(value, key)
            case "lastYear": network.lastYear = integer(value, key)
            default: network.description = string(value, key)
            }
        }
    }

    mutating func source(_ node: Node) -> Source? {
        guard let pairs = members(node, "a source", allowed: ["id", "title", "publisher", "url", "date", "partisan", "note"]) else { return nil }
        var locations: [String: TextLocation] = ["": location(node)].compactMapValues { $0 }
        var result = Source(id: "")
        var hasID = false
        for (key, keyNode, value) in pairs {
            locations[key] = location(value) ?? location(keyNode)
            switch key {
            case "id": if let id = string(value, key) { result.id = id; hasID = true }
            case "title": result.title = string(value, key)
            case "publisher": result.publisher = string(value, key)
            case "url": result.url = string(value, key)
            case "date": result.date = string(value, key)
            case "partisan": result.isPartisan = bool(value, key) ?? false
            default: result.note = string(value, key)
            }
        }
        guard hasID else { error("a source needs an 'id'", node); return nil }
        map.sources.append(locations)
        return result
    }

    mutating func readKinds(_ node: Node, into network: inout Network) {
        guard let pairs = members(node, "'kinds'", allowed: ["stakeholders", "ties"]) else { return }
        for (key, _, value) in pairs {
            guard let list = items(value, "'kinds.\(key)'") else { continue }
            for item in list {
                if key == "stakeholders" {
                    guard let fields = members(item, "a stakeholder kind", allowed: ["id", "name", "broader"]) else { continue }
                    var id: String?, name: String?, broader: String?
                    var locations: [String: TextLocation] = ["": location(item)].compactMapValues { $0 }
                    for (k, _, v) in fields {
                        locations[k] = location(v)
                        switch k {
                        case "id": id = string(v, k)
                        case "name": name = string(v, k)
                        default: broader = string(v, k)
                        }
                    }
                    guard let id else { error("a stakeholder kind needs an 'id'", item); continue }
                    network.stakeholderKinds.append(StakeholderKind(id: id, name: name, broader: broader))
                    map.stakeholderKinds.append(locations)
                } else {
                    guard let fields = members(item, "a tie kind", allowed: ["id", "directed", "sign"]) else { continue }
                    var id: String?, directed = true, sign = TieSign.positive
                    var locations: [String: TextLocation] = ["": location(item)].compactMapValues { $0 }
                    for (k, _, v) in fields {
                        locations[k] = location(v)
                        switch k {
                        case "id": id = string(v, k)
                        case "directed": directed = bool(v, k) ?? true
                        default:
                            if let text = string(v, k) {
                                if let parsed = TieSign(rawValue: text) { sign = parsed } else {
                                    error("'sign' must be positive or negative, found '\(text)'", v)
                                }
                            }
                        }
                    }
                    guard let id else { error("a tie kind needs an 'id'", item); continue }
                    network.tieKinds.append(TieKind(id: id, isDirected: directed, sign: sign))
                    map.tieKinds.append(locations)
                }
            }
        }
    }

    static let stakeholderKeys: Set<String> = ["id", "name", "kind", "sector", "level", "place", "attributes", "citations", "note"]

    mutating func stakeholder(_ node: Node, _ network: Network) -> Stakeholder? {
        guard let pairs = members(node, "a stakeholder", allowed: Self.stakeholderKeys) else { return nil }
        var locations: [String: TextLocation] = ["": location(node)].compactMapValues { $0 }
        var id: String?, name: String?, kind: StakeholderKind?
        var result = Stakeholder(id: "", kind: .provider)
        for (key, keyNode, value) in pairs {
            locations[key] = location(value) ?? location(keyNode)
            switch key {
            case "id": id = string(value, key)
            case "name": name = string(value, key)
            case "kind":
                if let k = string(value, key) { kind = network.stakeholderKind(id: k) ?? StakeholderKind(id: k) }
            case "sector": result.sector = string(value, key).map(Sector.init(rawValue:))
            case "level": result.level = string(value, key).map(Level.init(rawValue:))
            case "place": result.place = string(value, key)
            case "attributes": result.attributes = attributes(value, "stakeholder '\(id ?? "?")'")
            case "citations": result.citations = stringList(value, key)
            default: result.note = string(value, key)
            }
        }
        guard let id else { error("a stakeholder needs an 'id'", node); return nil }
        guard let kind else { error("stakeholder '\(id)' needs a 'kind'", node); return nil }
        result.id = id
        result.name = name ?? id
        result.kind = kind
        map.stakeholders.append(locations)
        return result
    }

    static let tieKeys: Set<String> = [
        "source", "target", "kind", "instrument", "amount", "weight", "firstYear", "lastYear",
        "citations", "illustrative", "evidence", "attributes", "note",
    ]

    mutating func tie(_ node: Node, _ network: Network) -> Tie? {
        guard let pairs = members(node, "a tie", allowed: Self.tieKeys) else { return nil }
        var locations: [String: TextLocation] = ["": location(node)].compactMapValues { $0 }
        var source: String?, target: String?, kind: TieKind?
        var result = Tie(source: "", target: "", kind: .funding)
        var illustrative: (flag: Bool, node: Node)?
        var evidence: (value: TieEvidence, node: Node)?
        var attributeEvidence: (value: TieEvidence, node: Node)?
        for (key, keyNode, value) in pairs {
            locations[key] = location(value) ?? location(keyNode)
            switch key {
            case "source": source = string(value, key)
            case "target": target = string(value, key)
            case "kind": if let k = string(value, key) { kind = network.tieKind(id: k) ?? TieKind(id: k) }
            case "instrument": result.instrument = string(value, key)
            case "amount": result.amount = amount(value)
            case "weight": result.weight = number(value, key)
            case "firstYear": result.firstYear = integer(value, key)
            case "lastYear": result.lastYear = integer(value, key)
            case "citations": result.citations = stringList(value, key)
            case "illustrative": if let flag = bool(value, key) { illustrative = (flag, value) }
            case "evidence":
                if let text = string(value, key) {
                    if let e = tieEvidence(text, value) { evidence = (e, value) }
                }
            case "attributes":
                result.attributes = attributes(value, "a tie")
                // Files written before evidence was a field kept it as a free attribute.
                if let old = result.attributes.removeValue(forKey: "evidence") {
                    let node = attributeNode(value, "evidence") ?? value
                    if let e = tieEvidence(old.description, node) { attributeEvidence = (e, node) }
                    if locations["evidence"] == nil { locations["evidence"] = location(node) }
                }
            default: result.note = string(value, key)
            }
        }
        if let evidence, let attributeEvidence, evidence.value != attributeEvidence.value {
            error("the tie's evidence is '\(evidence.value)' but its attributes say '\(attributeEvidence.value)'", attributeEvidence.node)
        }
        let stated = evidence ?? attributeEvidence
        if let illustrative, let stated {
            if illustrative.flag != (stated.value == .illustrative) {
                error("the tie says 'illustrative: \(illustrative.flag)' but its evidence is '\(stated.value)'", illustrative.node)
            }
        }
        result.evidence = stated?.value ?? (illustrative?.flag == true ? .illustrative : nil)
        guard let source, let target else { error("a tie needs a 'source' and a 'target'", node); return nil }
        guard let kind else { error("the tie from '\(source)' to '\(target)' needs a 'kind'", node); return nil }
        result.source = source
        result.target = target
        result.kind = kind
        map.ties.append(locations)
        return result
    }

    /// Reads an evidence level; an unknown one is an error naming the known ones.
    mutating func tieEvidence(_ text: String, _ node: Node) -> TieEvidence? {
        if let e = TieEvidence(rawValue: text) { return e }
        error("unknown evidence '\(text)' (known: \(TieEvidence.spellings))", node)
        return nil
    }

    /// The value node of a key in a mapping node, for locating an error.
    func attributeNode(_ node: Node, _ key: String) -> Node? {
        guard let mapping = node.mapping else { return nil }
        for (k, v) in mapping where k.string == key { return v }
        return nil
    }

    mutating func amount(_ node: Node) -> Amount? {
        if case .scalar = node, let value = number(node, "amount") { return Amount(value: value) }
        guard case .mapping = node, let pairs = members(node, "an amount", allowed: ["value", "currency", "year"]) else {
            if case .scalar = node { return nil }
            error("'amount' must be a number or a mapping with value, currency and year", node)
            return nil
        }
        var value: Double?, currency = "EUR", year: Int?
        for (key, _, v) in pairs {
            switch key {
            case "value": value = number(v, "amount.value")
            case "currency": currency = string(v, "amount.currency") ?? currency
            default: year = integer(v, "amount.year")
            }
        }
        guard let value else { error("an amount needs a 'value'", node); return nil }
        return Amount(value: value, currency: currency, year: year)
    }
}
