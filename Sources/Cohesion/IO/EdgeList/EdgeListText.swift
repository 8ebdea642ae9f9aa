/// Whitespace-separated edge lists, read and written: igraph's NCOL (`.ncol`), NetworkX's
/// `write_edgelist` and `write_weighted_edgelist` (`.edgelist`, `.edges`), and what R and
/// UCINET users export as plain text.
///
/// Each line is `source target`, then optionally a weight, then optionally NetworkX's
/// attribute dictionary (`{'weight': 2.0, 'kind': 'funding'}`); `#` starts a comment (a whole
/// line or the rest of one, as NetworkX and igraph have it). Blank lines are skipped. Names are
/// taken as written (no spaces, since spaces separate). Ties are directed unless `undirected`
/// is set (an edge list does not say). Written: one `source target [weight]` line per tie (no
/// comment, since igraph's NCOL reader takes none); white space, `#` and `{` in names become `_`.
///
/// ```swift
/// let network = try EdgeListText.read(bytes: Array("# two ties\na b 2.5\nb c\n".utf8), file: "x.ncol")
/// ```
///
/// - Complexity: O(bytes).
public enum EdgeListText {
    /// What an edge list holds of a network.
    public static let keeps: FormatCapabilities = [.weights, .parallelTies, .selfTies]

    /// Reads a network from an edge list's bytes.
    ///
    /// - Throws: ``InvalidNetwork`` naming the line and column of a line with one name, a
    ///   weight that is not a number, or a malformed attribute dictionary.
    public static func read(bytes: [UInt8], file: String?, undirected: Bool = false) throws -> Network {
        var builder = ForeignNetworkBuilder(file: file, defaultDirected: !undirected)
        var diagnostics: [Diagnostic] = []
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let text = String(decoding: bytes[start...], as: UTF8.self)
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = raw[...]
            var dictionary: Substring?
            if let brace = line.firstIndex(of: "{") {
                dictionary = line[brace...]
                line = line[..<brace]
            }
            if let hash = line.firstIndex(of: "#") { line = line[..<hash]; dictionary = nil }
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if tokens.isEmpty && dictionary == nil { continue }
            func column(of token: Substring) -> Int { raw.distance(from: raw.startIndex, to: token.startIndex) + 1 }
            let location = TextLocation(line: lineNumber, column: 1)
            guard tokens.count >= 2 else {
                diagnostics.append(Diagnostic(.error, "an edge line needs two names, found \(tokens.count)", file: file, location: location))
                continue
            }
            var fields: [String: AttributeValue] = [:]
            if tokens.count >= 3 {
                if let w = Double(tokens[2]), w.isFinite { fields["weight"] = .number(w) }
                else {
                    diagnostics.append(Diagnostic(.error, "the third field must be a weight, found '\(tokens[2])'", file: file,
                                                  location: TextLocation(line: lineNumber, column: column(of: tokens[2]))))
                    continue
                }
            }
            if tokens.count > 3 {
                diagnostics.append(Diagnostic(.error, "an edge line has at most a source, a target and a weight, found \(tokens.count) fields",
                                              file: file, location: TextLocation(line: lineNumber, column: column(of: tokens[3]))))
                continue
            }
            if let dictionary {
                let trimmed = dictionary.trimmingSpaces()
                guard let values = PythonLiteral.dictionary(String(trimmed)) else {
                    diagnostics.append(Diagnostic(.error, "cannot read the attribute dictionary '\(trimmed)' (keys and values in quotes, numbers, True, False)",
                                                  file: file, location: TextLocation(line: lineNumber, column: column(of: dictionary))))
                    continue
                }
                for (k, v) in values { fields[k] = v }
            }
            builder.addTie(source: String(tokens[0]), target: String(tokens[1]), directed: !undirected, fields: fields, location: location)
        }
        builder.diagnostics = diagnostics + builder.diagnostics
        return try builder.finish()
    }

    /// Writes a network as an edge list, with a warning listing what it cannot hold.
    public static func write(_ network: Network, file: String? = nil) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        // No comment line: igraph's NCOL reader takes none.
        var out = ""
        let weighted = network.ties.contains { $0.weight != nil }
        var spaced = Set<String>()
        func name(_ id: String) -> String {
            guard id.contains(where: { $0.isWhitespace || $0 == "#" || $0 == "{" }) || id.isEmpty else { return id }
            spaced.insert(id)
            let replaced = String(id.map { $0.isWhitespace || $0 == "#" || $0 == "{" ? "_" : $0 })
            return replaced.isEmpty ? "_" : replaced
        }
        for t in network.ties {
            out += name(t.source) + " " + name(t.target)
            if weighted { out += " " + CSVWriter.numberText(t.weight ?? 1) }
            out += "\n"
        }
        var extra: [String] = []
        if !spaced.isEmpty { extra.append("white space, '#' and '{' in names (written as _: \(spaced.sorted().prefix(5).joined(separator: ", ")))") }
        if weighted, network.ties.contains(where: { $0.weight == nil }) { extra.append("the absence of a weight (written as 1)") }
        if !network.layers.isEmpty { extra.append("the direction of ties (read back directed unless read as undirected)") }
        let warnings = FormatLosses.warnings(network, keeps: keeps, format: "edge list", file: file, extra: extra)
        return (Array(out.utf8), warnings)
    }
}
