/// How a stakeholder's and a tie's fields are spelled as flat attributes in formats that only
/// know "a node or an edge with named values" (GraphML, GEXF, node-link JSON, CSV).
///
/// Stakeholders carry `name`, `kind`, `sector`, `level`, `place`, `citations` (ids joined by
/// `;`) and `note`; ties carry `kind`, `sign` (only for a declared negative kind), `instrument`,
/// `amount`, `currency`, `amountYear`, `weight`, `firstYear`, `lastYear`, `citations`,
/// `evidence` (``TieEvidence``'s spelling), `illustrative` and `note`. Free attributes follow under their own names; one whose name is a
/// field the element has set is left out and reported, since it would read back as that field.
///
/// ```swift
/// InteropFields.fields(of: tie)   // [("kind", "funding"), ("instrument", "PSU"), ("firstYear", 2023)]
/// ```
public enum InteropFields {
    /// The names stakeholder fields take.
    public static let stakeholderFieldNames: [String] = ["name", "kind", "sector", "level", "place", "citations", "note"]
    /// The names tie fields take.
    public static let tieFieldNames: [String] = [
        "kind", "sign", "instrument", "amount", "currency", "amountYear", "weight", "firstYear", "lastYear",
        "citations", "evidence", "illustrative", "note",
    ]
    /// The names the network's own fields take (graph-level data).
    public static let networkFieldNames: [String] = ["title", "place", "firstYear", "lastYear", "description"]

    /// A stakeholder's fields then its attributes (sorted by name), leaving out empty fields.
    /// The name is always given, so tools that show labels have one.
    ///
    /// - Complexity: O(*a* log *a*) for *a* attributes.
    public static func fields(of s: Stakeholder) -> [(String, AttributeValue)] {
        var out: [(String, AttributeValue)] = [("name", .string(s.name)), ("kind", .string(s.kind.id))]
        if let v = s.sector { out.append(("sector", .string(v.rawValue))) }
        if let v = s.level { out.append(("level", .string(v.rawValue))) }
        if let v = s.place { out.append(("place", .string(v))) }
        if !s.citations.isEmpty { out.append(("citations", .string(s.citations.joined(separator: ";")))) }
        if let v = s.note { out.append(("note", .string(v))) }
        appendAttributes(s.attributes, reserved: stakeholderFieldNames, to: &out)
        return out
    }

    /// A tie's fields then its attributes (sorted by name), leaving out empty fields.
    ///
    /// - Complexity: O(*a* log *a*) for *a* attributes.
    public static func fields(of t: Tie) -> [(String, AttributeValue)] {
        var out: [(String, AttributeValue)] = [("kind", .string(t.kind.id))]
        if t.kind.sign == .negative, !TieKind.wellKnown.contains(t.kind) { out.append(("sign", .string("negative"))) }
        if let v = t.instrument { out.append(("instrument", .string(v))) }
        if let a = t.amount {
            out.append(("amount", .number(a.value)))
            out.append(("currency", .string(a.currency)))
            if let y = a.year { out.append(("amountYear", .integer(y))) }
        }
        if let v = t.weight { out.append(("weight", .number(v))) }
        if let v = t.firstYear { out.append(("firstYear", .integer(v))) }
        if let v = t.lastYear { out.append(("lastYear", .integer(v))) }
        if !t.citations.isEmpty { out.append(("citations", .string(t.citations.joined(separator: ";")))) }
        if let v = t.evidence { out.append(("evidence", .string(v.rawValue))) }
        if t.isIllustrative { out.append(("illustrative", .bool(true))) }
        if let v = t.note { out.append(("note", .string(v))) }
        appendAttributes(t.attributes, reserved: tieFieldNames, to: &out)
        return out
    }

    /// The network's title, place, period and description.
    public static func fields(of n: Network) -> [(String, AttributeValue)] {
        var out: [(String, AttributeValue)] = []
        if let v = n.title { out.append(("title", .string(v))) }
        if let v = n.place { out.append(("place", .string(v))) }
        if let v = n.firstYear { out.append(("firstYear", .integer(v))) }
        if let v = n.lastYear { out.append(("lastYear", .integer(v))) }
        if let v = n.description { out.append(("description", .string(v))) }
        return out
    }

    static func appendAttributes(_ attributes: [String: AttributeValue], reserved: [String], to out: inout [(String, AttributeValue)]) {
        guard !attributes.isEmpty else { return }
        let taken = Set(out.map(\.0))
        for key in attributes.keys.sorted() where !taken.contains(key) && key != "id" {
            if let v = attributes[key] { out.append((key, v)) }
        }
    }

    /// Attribute names that a flat format cannot carry because a field has the same name.
    static func collidingAttributes(_ network: Network) -> [String] {
        var names = Set<String>()
        for s in network.stakeholders where !s.attributes.isEmpty {
            let taken = Set(fields(of: Stakeholder(id: s.id, name: s.name, kind: s.kind, sector: s.sector, level: s.level,
                                                   place: s.place, citations: s.citations, note: s.note)).map(\.0))
            for k in s.attributes.keys where taken.contains(k) || k == "id" { names.insert(k) }
        }
        for t in network.ties where !t.attributes.isEmpty {
            var bare = t
            bare.attributes = [:]
            let taken = Set(fields(of: bare).map(\.0))
            for k in t.attributes.keys where taken.contains(k) { names.insert(k) }
        }
        return names.sorted()
    }
}
