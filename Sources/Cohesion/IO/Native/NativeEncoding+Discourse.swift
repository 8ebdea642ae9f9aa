extension Network {
    /// The native `scale`, `concepts` and `statements` sections, those the network has.
    var discourseSections: [(String, JSONValue)] {
        var out: [(String, JSONValue)] = []
        if let scale = qualifierScale {
            out.append(("scale", .object([("min", .integer(scale.minimum)), ("max", .integer(scale.maximum))])))
        }
        if !concepts.isEmpty {
            out.append(("concepts", .array(concepts.map { c in
                var o: [(String, JSONValue)] = [("id", .string(c.id))]
                if c.label != c.id { o.append(("label", .string(c.label))) }
                o.appendIfPresent("description", c.description.map(JSONValue.string))
                o.appendIfPresent("parent", c.parent.map(JSONValue.string))
                o.appendIfPresent("note", c.note.map(JSONValue.string))
                return .object(o)
            })))
        }
        if !statements.isEmpty {
            out.append(("statements", .array(statements.map { s in
                var o: [(String, JSONValue)] = [("actor", .string(s.actor)), ("concept", .string(s.concept))]
                switch s.qualifier {
                case .agreement(let agree): o.append(("agree", .bool(agree)))
                case .level(let level): o.append(("qualifier", .integer(level)))
                }
                o.appendIfPresent("date", s.date.map { .string($0.description) })
                if !s.citations.isEmpty {
                    o.append(("citations", .array(s.citations.map { c in
                        guard let excerpt = c.excerpt else { return .string(c.source) }
                        return .object([("source", .string(c.source)), ("excerpt", .string(excerpt))])
                    })))
                }
                if s.isIllustrative { o.append(("illustrative", .bool(true))) }
                if !s.attributes.isEmpty { o.append(("attributes", Self.attributesDocument(s.attributes))) }
                o.appendIfPresent("note", s.note.map(JSONValue.string))
                return .object(o)
            })))
        }
        return out
    }
}
