/// Reads a CSV list of statements into a network's `statements`.
///
/// The header names the columns: `actor` and `concept` (required); `agree` (`true`/`false`,
/// also `yes`/`no`, `1`/`0`) or `qualifier` (a whole number on the network's scale); `date`
/// (`2015` or `2015-03-04`); `citations` (source ids separated by `;`); `excerpt` (the
/// verbatim words of the first citation); `illustrative`; `note`. Every other column is a
/// free attribute of the statement (a speaker, a venue). Empty cells are absent values.
///
/// ```swift
/// let csv = "actor,concept,agree,date,citations\ncaf,quality,true,2016-03-04,conseil-2016\n"
/// let statements = try StatementCSV.read(bytes: Array(csv.utf8), file: "s.csv")
/// network.statements += statements
/// ```
///
/// - Complexity: O(bytes).
public enum StatementCSV {
    /// The statements of a CSV file, in row order.
    ///
    /// - Throws: ``InvalidNetwork`` with every malformed cell, each at its `FILE:LINE:COL`.
    public static func read(bytes: [UInt8], file: String) throws -> [Statement] {
        var header: [String] = []
        var statements: [Statement] = []
        var problems: [Diagnostic] = []
        func fail(_ message: String, _ location: TextLocation) {
            problems.append(Diagnostic(.error, message, file: file, location: location))
        }
        try CSVReader(bytes: bytes, file: file).forEachRecord { fields, line in
            if header.isEmpty {
                header = fields.map { $0.text.trimmingSpaces() }
                for required in ["actor", "concept"] where !header.contains(required) {
                    fail("the statement list has no '\(required)' column", TextLocation(line: line, column: 1))
                }
                if header.contains("agree") == header.contains("qualifier") {
                    fail("the statement list needs one 'agree' or one 'qualifier' column", TextLocation(line: line, column: 1))
                }
                return
            }
            var s = Statement(actor: "", concept: "")
            var excerpt: String?
            var hasQualifier = false
            for (k, field) in fields.enumerated() {
                let text = field.text.trimmingSpaces()
                guard k < header.count else {
                    fail("more cells than the header has columns", field.location)
                    break
                }
                if text.isEmpty { continue }
                switch header[k] {
                case "actor": s.actor = text
                case "concept": s.concept = text
                case "agree":
                    switch text.lowercased() {
                    case "true", "yes", "1": s.qualifier = .agreement(true); hasQualifier = true
                    case "false", "no", "0": s.qualifier = .agreement(false); hasQualifier = true
                    default: fail("'agree' must be true or false, found '\(text)'", field.location)
                    }
                case "qualifier":
                    if let v = Int(text) { s.qualifier = .level(v); hasQualifier = true } else {
                        fail("'qualifier' must be a whole number, found '\(text)'", field.location)
                    }
                case "date":
                    if let d = StatementDate(text) { s.date = d } else {
                        fail("'date' must be a year (2015) or a day (2015-03-04), found '\(text)'", field.location)
                    }
                case "citations":
                    s.citations = text.split(separator: ";").map { StatementCitation(source: String($0).trimmingSpaces()) }
                case "excerpt": excerpt = text
                case "illustrative":
                    s.isIllustrative = ["true", "yes", "1"].contains(text.lowercased())
                case "note": s.note = text
                default:
                    if let i = Int(text) { s.attributes[header[k]] = .integer(i) }
                    else if let d = Double(text), d.isFinite { s.attributes[header[k]] = .number(d) }
                    else { s.attributes[header[k]] = .string(text) }
                }
            }
            if let excerpt {
                if s.citations.isEmpty {
                    fail("an 'excerpt' needs a citation to quote", TextLocation(line: line, column: 1))
                } else {
                    s.citations[0].excerpt = excerpt
                }
            }
            if s.actor.isEmpty || s.concept.isEmpty {
                fail("a statement needs an actor and a concept", TextLocation(line: line, column: 1))
            } else if !hasQualifier {
                fail("the statement of '\(s.actor)' on '\(s.concept)' has no agree/qualifier value", TextLocation(line: line, column: 1))
            } else {
                statements.append(s)
            }
        }
        guard problems.isEmpty else { throw InvalidNetwork(problems) }
        return statements
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
