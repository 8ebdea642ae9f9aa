/// Writes a network as CSV edge and node lists that ``EdgeListCSV`` reads back, quoted as
/// RFC 4180 says: a field holding a comma, a quote, a line break or leading or trailing space
/// is quoted and its quotes doubled.
///
/// The edge list has `source`, `target`, `kind` and then only the columns some tie uses, in
/// this order: `weight`, `instrument`, `amount`, `currency`, `year` (of the amount),
/// `firstYear`, `lastYear`, `citations` (joined by `;`), `illustrative`, `note`, then free
/// attributes sorted by name. The node list has `id`, `name`, `kind`, then `sector`, `level`,
/// `place`, `citations`, `note` and attributes as used. Empty cells mean "absent".
///
/// ```swift
/// let ties = CSVWriter.edgeList(network)
/// let stakeholders = CSVWriter.nodeList(network)
/// ```
///
/// - Complexity: O(*n* + *m*) in the size of the output.
public enum CSVWriter {
    /// What an edge list holds without a node list of a network (the rest is listed by ``FormatLosses``).
    public static let keeps: FormatCapabilities = [.tieKinds, .weights, .tieFields, .amounts, .years, .tieAttributes, .parallelTies, .mixedDirection, .selfTies]

    /// The edge list's bytes.
    public static func edgeList(_ network: Network) -> [UInt8] {
        let fixed = ["weight", "instrument", "amount", "currency", "year", "firstYear", "lastYear", "citations", "evidence", "illustrative", "note"]
        var used = Set<String>()
        var attributeNames = Set<String>()
        for t in network.ties {
            if t.weight != nil { used.insert("weight") }
            if t.instrument != nil { used.insert("instrument") }
            if let a = t.amount { used.insert("amount"); used.insert("currency"); if a.year != nil { used.insert("year") } }
            if t.firstYear != nil { used.insert("firstYear") }
            if t.lastYear != nil { used.insert("lastYear") }
            if !t.citations.isEmpty { used.insert("citations") }
            if t.evidence != nil { used.insert("evidence") }
            if t.isIllustrative { used.insert("illustrative") }
            if t.note != nil { used.insert("note") }
            for k in t.attributes.keys { attributeNames.insert(k) }
        }
        let attributes = attributeNames.filter { !edgeHeaders.contains(EdgeListCSV.Column.normalized($0)) }.sorted()
        let columns = ["source", "target", "kind"] + fixed.filter(used.contains) + attributes
        return rows(network.ties, columns: columns, capacity: 48 * network.ties.count + 256) { t, c in
            switch c {
            case "source": t.source
            case "target": t.target
            case "kind": t.kind.id
            case "weight": t.weight.map(numberText) ?? ""
            case "instrument": t.instrument ?? ""
            case "amount": t.amount.map { numberText($0.value) } ?? ""
            case "currency": t.amount?.currency ?? ""
            case "year": t.amount?.year.map(String.init) ?? ""
            case "firstYear": t.firstYear.map(String.init) ?? ""
            case "lastYear": t.lastYear.map(String.init) ?? ""
            case "citations": t.citations.joined(separator: ";")
            case "evidence": t.evidence?.rawValue ?? ""
            case "illustrative": t.isIllustrative ? "true" : ""
            case "note": t.note ?? ""
            default: t.attributes[c].map(cellText) ?? ""
            }
        }
    }

    /// A header of `columns`, then one row per item with `cell(item, column)` in each column.
    static func rows<Item>(_ items: [Item], columns: [String], capacity: Int = 0,
                           cell: (Item, String) -> String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        appendRow(columns, to: &out)
        var row: [String] = []
        for item in items {
            row.removeAll(keepingCapacity: true)
            for c in columns { row.append(cell(item, c)) }
            appendRow(row, to: &out)
        }
        return out
    }

    /// The node list's bytes.
    public static func nodeList(_ network: Network) -> [UInt8] {
        let fixed = ["sector", "level", "place", "citations", "note"]
        var used = Set<String>()
        var attributeNames = Set<String>()
        for s in network.stakeholders {
            if s.sector != nil { used.insert("sector") }
            if s.level != nil { used.insert("level") }
            if s.place != nil { used.insert("place") }
            if !s.citations.isEmpty { used.insert("citations") }
            if s.note != nil { used.insert("note") }
            for k in s.attributes.keys { attributeNames.insert(k) }
        }
        let attributes = attributeNames.filter { !nodeHeaders.contains(EdgeListCSV.Column.normalized($0)) }.sorted()
        let columns = ["id", "name", "kind"] + fixed.filter(used.contains) + attributes
        return rows(network.stakeholders, columns: columns) { s, c in
            switch c {
            case "id": s.id
            case "name": s.name
            case "kind": s.kind.id
            case "sector": s.sector?.rawValue ?? ""
            case "level": s.level?.rawValue ?? ""
            case "place": s.place ?? ""
            case "citations": s.citations.joined(separator: ";")
            case "note": s.note ?? ""
            default: s.attributes[c].map(cellText) ?? ""
            }
        }
    }

    /// What CSV cannot hold of a network: sources, kind declarations, attribute types that do
    /// not read back, and, without a node list, the stakeholders' fields.
    public static func warnings(_ network: Network, withNodeList: Bool, file: String?) -> [Diagnostic] {
        var keeps = Self.keeps
        if withNodeList { keeps.formUnion([.stakeholderNames, .stakeholderFields, .stakeholderAttributes, .isolates]) }
        var extra: [String] = []
        var retyped = Set<String>()
        func check(_ attributes: [String: AttributeValue]) {
            for (k, v) in attributes where !retyped.contains(k) {
                if EdgeListCSV.typedValue(cellText(v)) != v { retyped.insert(k) }
            }
        }
        for t in network.ties { check(t.attributes) }
        if withNodeList { for s in network.stakeholders { check(s.attributes) } }
        var hidden = Set<String>()
        for t in network.ties { for k in t.attributes.keys where edgeHeaders.contains(EdgeListCSV.Column.normalized(k)) { hidden.insert(k) } }
        if withNodeList {
            for s in network.stakeholders { for k in s.attributes.keys where nodeHeaders.contains(EdgeListCSV.Column.normalized(k)) { hidden.insert(k) } }
        }
        if !hidden.isEmpty { extra.append("attributes named like a column (\(hidden.sorted().joined(separator: ", ")))") }
        if !retyped.isEmpty {
            extra.append("the types of attributes \(retyped.sorted().joined(separator: ", ")) (CSV reads cells back as numbers or text)")
        }
        return FormatLosses.warnings(network, keeps: keeps, format: "CSV", file: file, extra: extra)
    }

    /// Headers (as ``EdgeListCSV`` normalizes them) that the reader takes as tie fields, so an
    /// attribute of that name cannot be written.
    static let edgeHeaders: Set<String> = ["source", "from", "target", "to", "kind", "type", "layer", "weight", "instrument", "amount",
                                           "currency", "year", "amountyear", "firstyear", "lastyear", "citations", "sources",
                                           "illustrative", "evidence", "note"]
    /// Headers the node reader takes as stakeholder fields.
    static let nodeHeaders: Set<String> = ["id", "name", "kind", "sector", "level", "place", "citations", "note"]

    static func numberText(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }

    static func cellText(_ v: AttributeValue) -> String {
        switch v {
        case .integer(let i): String(i)
        case .number(let d): String(d)
        case .string(let s): s
        case .bool(let b): b ? "true" : "false"
        }
    }

    static func appendRow(_ fields: [String], to out: inout [UInt8]) {
        for (k, f) in fields.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            appendField(f, to: &out)
        }
        out.append(UInt8(ascii: "\n"))
    }

    static func appendField(_ f: String, to out: inout [UInt8]) {
        var needsQuotes = false
        for c in f.utf8 where c == UInt8(ascii: ",") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") {
            needsQuotes = true
            break
        }
        if let first = f.unicodeScalars.first, let last = f.unicodeScalars.last,
           first.properties.isWhitespace || last.properties.isWhitespace { needsQuotes = true }
        guard needsQuotes else { out.append(contentsOf: f.utf8); return }
        out.append(UInt8(ascii: "\""))
        for c in f.utf8 {
            if c == UInt8(ascii: "\"") { out.append(c) }
            out.append(c)
        }
        out.append(UInt8(ascii: "\""))
    }
}
