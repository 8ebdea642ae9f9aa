extension Network {
    /// The network as the native document tree, in the schema's key order; empty and default
    /// fields are left out so files stay short.
    ///
    /// - Complexity: O(size of the network).
    public var nativeDocument: JSONValue {
        var root: [(String, JSONValue)] = [("cohesion", .integer(1))]
        var meta: [(String, JSONValue)] = []
        meta.appendIfPresent("title", title.map(JSONValue.string))
        meta.appendIfPresent("place", place.map(JSONValue.string))
        meta.appendIfPresent("firstYear", firstYear.map(JSONValue.integer))
        meta.appendIfPresent("lastYear", lastYear.map(JSONValue.integer))
        meta.appendIfPresent("description", description.map(JSONValue.string))
        if !meta.isEmpty { root.append(("network", .object(meta))) }

        if !sources.isEmpty {
            root.append(("sources", .array(sources.map { s in
                var o: [(String, JSONValue)] = [("id", .string(s.id))]
                o.appendIfPresent("title", s.title.map(JSONValue.string))
                o.appendIfPresent("publisher", s.publisher.map(JSONValue.string))
                o.appendIfPresent("url", s.url.map(JSONValue.string))
                o.appendIfPresent("date", s.date.map(JSONValue.string))
                if s.isPartisan { o.append(("partisan", .bool(true))) }
                o.appendIfPresent("note", s.note.map(JSONValue.string))
                return .object(o)
            })))
        }

        var kinds: [(String, JSONValue)] = []
        if !stakeholderKinds.isEmpty {
            kinds.append(("stakeholders", .array(stakeholderKinds.map { k in
                var o: [(String, JSONValue)] = [("id", .string(k.id))]
                if k.name != StakeholderKind(id: k.id).name { o.append(("name", .string(k.name))) }
                o.appendIfPresent("broader", k.broader.map(JSONValue.string))
                return .object(o)
            })))
        }
        if !tieKinds.isEmpty {
            kinds.append(("ties", .array(tieKinds.map { k in
                .object([("id", .string(k.id)), ("directed", .bool(k.isDirected)), ("sign", .string(k.sign.rawValue))])
            })))
        }
        if !kinds.isEmpty { root.append(("kinds", .object(kinds))) }

        root.append(("stakeholders", .array(stakeholders.map { s in
            var o: [(String, JSONValue)] = [("id", .string(s.id))]
            if s.name != s.id { o.append(("name", .string(s.name))) }
            o.append(("kind", .string(s.kind.id)))
            o.appendIfPresent("sector", s.sector.map { .string($0.rawValue) })
            o.appendIfPresent("level", s.level.map { .string($0.rawValue) })
            o.appendIfPresent("place", s.place.map(JSONValue.string))
            if !s.attributes.isEmpty { o.append(("attributes", Self.attributesDocument(s.attributes))) }
            if !s.citations.isEmpty { o.append(("citations", .array(s.citations.map(JSONValue.string)))) }
            o.appendIfPresent("note", s.note.map(JSONValue.string))
            return .object(o)
        })))

        root.append(("ties", .array(ties.map { t in
            var o: [(String, JSONValue)] = [
                ("source", .string(t.source)), ("target", .string(t.target)), ("kind", .string(t.kind.id)),
            ]
            o.appendIfPresent("instrument", t.instrument.map(JSONValue.string))
            if let a = t.amount {
                var amount: [(String, JSONValue)] = [("value", .number(a.value)), ("currency", .string(a.currency))]
                amount.appendIfPresent("year", a.year.map(JSONValue.integer))
                o.append(("amount", .object(amount)))
            }
            o.appendIfPresent("weight", t.weight.map(JSONValue.number))
            o.appendIfPresent("firstYear", t.firstYear.map(JSONValue.integer))
            o.appendIfPresent("lastYear", t.lastYear.map(JSONValue.integer))
            if !t.citations.isEmpty { o.append(("citations", .array(t.citations.map(JSONValue.string)))) }
            if let evidence = t.evidence { o.append(("evidence", .string(evidence.rawValue))) }
            if t.isIllustrative { o.append(("illustrative", .bool(true))) }
            if !t.attributes.isEmpty { o.append(("attributes", Self.attributesDocument(t.attributes))) }
            o.appendIfPresent("note", t.note.map(JSONValue.string))
            return .object(o)
        })))
        root.append(contentsOf: discourseSections)
        if !series.isEmpty { root.append(("series", seriesDocument)) }
        return .object(root)
    }

    /// The network in the native YAML form.
    public func yamlText() -> String { YAMLText.text(nativeDocument) }

    /// The network in the native JSON form (same schema as YAML), indented.
    public func jsonText() -> String { nativeDocument.text(pretty: true) + "\n" }

    static func attributesDocument(_ attributes: [String: AttributeValue]) -> JSONValue {
        .object(attributes.keys.sorted().compactMap { key in
            attributes[key].map { (key, $0.jsonValue) }
        })
    }
}

extension AttributeValue {
    /// The value as JSON: integers stay integers, reals keep their fraction.
    public var jsonValue: JSONValue {
        switch self {
        case .integer(let i): .integer(i)
        case .number(let d): .number(d)
        case .string(let s): .string(s)
        case .bool(let b): .bool(b)
        }
    }
}

extension Array where Element == (String, JSONValue) {
    mutating func appendIfPresent(_ key: String, _ value: JSONValue?) {
        if let value { append((key, value)) }
    }
}
