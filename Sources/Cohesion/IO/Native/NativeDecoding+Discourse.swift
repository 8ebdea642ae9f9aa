import Yams

extension NativeDecoder {
    static let discourseRootKeys: Set<String> = ["scale", "concepts", "statements"]
    static let conceptKeys: Set<String> = ["id", "label", "description", "parent", "note"]
    static let statementKeys: Set<String> = [
        "actor", "concept", "agree", "qualifier", "date", "citations", "illustrative", "attributes", "note",
    ]

    /// Reads the discourse sections (`scale`, `concepts`, `statements`) once the rest is read.
    mutating func readDiscourse(_ section: (String) -> Node?, into network: inout Network) {
        if let node = section("scale") { network.qualifierScale = scale(node) }
        if let node = section("concepts"), let list = items(node, "'concepts'") {
            for item in list { if let c = concept(item) { network.concepts.append(c) } }
        }
        if let node = section("statements"), let list = items(node, "'statements'") {
            for item in list { if let s = statement(item) { network.statements.append(s) } }
        }
    }

    mutating func scale(_ node: Node) -> QualifierScale? {
        guard let pairs = members(node, "'scale'", allowed: ["min", "max"]) else { return nil }
        map.scale[""] = location(node)
        var lo: Int?, hi: Int?
        for (key, keyNode, value) in pairs {
            map.scale[key] = location(value) ?? location(keyNode)
            if key == "min" { lo = integer(value, "scale.min") } else { hi = integer(value, "scale.max") }
        }
        guard let lo, let hi else { error("'scale' needs a 'min' and a 'max'", node); return nil }
        return QualifierScale(minimum: lo, maximum: hi)
    }

    mutating func concept(_ node: Node) -> Concept? {
        guard let pairs = members(node, "a concept", allowed: Self.conceptKeys) else { return nil }
        var locations: [String: TextLocation] = ["": location(node)].compactMapValues { $0 }
        var result = Concept(id: "")
        var id: String?, label: String?
        for (key, keyNode, value) in pairs {
            locations[key] = location(value) ?? location(keyNode)
            switch key {
            case "id": id = string(value, key)
            case "label": label = string(value, key)
            case "description": result.description = string(value, key)
            case "parent": result.parent = string(value, key)
            default: result.note = string(value, key)
            }
        }
        guard let id else { error("a concept needs an 'id'", node); return nil }
        result.id = id
        result.label = label ?? id
        map.concepts.append(locations)
        return result
    }

    mutating func statement(_ node: Node) -> Statement? {
        guard let pairs = members(node, "a statement", allowed: Self.statementKeys) else { return nil }
        var locations: [String: TextLocation] = ["": location(node)].compactMapValues { $0 }
        var actor: String?, concept: String?, qualifier: StatementQualifier?
        var result = Statement(actor: "", concept: "")
        var sawAgree = false, sawLevel = false
        for (key, keyNode, value) in pairs {
            locations[key] = location(value) ?? location(keyNode)
            switch key {
            case "actor": actor = string(value, key)
            case "concept": concept = string(value, key)
            case "agree":
                sawAgree = true
                if let b = bool(value, key) { qualifier = .agreement(b) }
            case "qualifier":
                sawLevel = true
                if let i = integer(value, key) { qualifier = .level(i) }
            case "date":
                if let text = string(value, key) {
                    if let d = StatementDate(text) { result.date = d } else {
                        error("'date' must be a year (\"2015\") or a day (\"2015-03-04\"), found '\(text)'", value)
                    }
                }
            case "citations": result.citations = citations(value)
            case "illustrative": result.isIllustrative = bool(value, key) ?? false
            case "attributes": result.attributes = attributes(value, "a statement")
            default: result.note = string(value, key)
            }
        }
        guard let actor, let concept else { error("a statement needs an 'actor' and a 'concept'", node); return nil }
        if sawAgree && sawLevel {
            error("a statement has either 'agree' or 'qualifier', not both", node)
            return nil
        }
        guard let qualifier else {
            if !sawAgree && !sawLevel {
                error("the statement of '\(actor)' on '\(concept)' needs 'agree: true|false' or a 'qualifier' level", node)
            }
            return nil
        }
        result.actor = actor
        result.concept = concept
        result.qualifier = qualifier
        map.statements.append(locations)
        return result
    }

    /// A list of citations: source ids, or mappings `{source, excerpt}`.
    mutating func citations(_ node: Node) -> [StatementCitation] {
        if case .scalar = node, !isNull(node) { return string(node, "citations").map { [StatementCitation(source: $0)] } ?? [] }
        guard let list = items(node, "'citations'") else { return [] }
        var result: [StatementCitation] = []
        for item in list {
            if case .mapping = item {
                guard let pairs = members(item, "a citation", allowed: ["source", "excerpt"]) else { continue }
                var source: String?, excerpt: String?
                for (key, _, value) in pairs {
                    if key == "source" { source = string(value, "source") } else { excerpt = string(value, "excerpt") }
                }
                guard let source else { error("a citation needs a 'source'", item); continue }
                result.append(StatementCitation(source: source, excerpt: excerpt))
            } else if let id = string(item, "citations") {
                result.append(StatementCitation(source: id))
            }
        }
        return result
    }
}
