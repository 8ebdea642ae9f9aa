/// Reads UCINET DL files: `fullmatrix`, `edgelist1` and `nodelist1` data, labels given in a
/// `labels:` list or embedded in the data, and several matrices (`nm=`) named by
/// `matrix labels:`, one tie kind per matrix.
///
/// Header keywords are case-insensitive and may share lines, separated by spaces, commas or
/// `=` (`dl n=5, format = fullmatrix`). In `fullmatrix` data with embedded labels the first
/// row holds the column labels and each row starts with its label; `edgelist1` lines are
/// `from to [value]`, `nodelist1` lines `from to to …`, by label or by number from 1. In edge
/// and node lists, several matrices are separated by a line holding `!`. A cell or pair gives
/// a tie where its value is not 0; a matrix whose values are all 1 gives unweighted ties,
/// otherwise the value is the weight. A symmetric matrix gives undirected ties, one per
/// pair, since DL has no other way to say a relation is undirected. Two-mode data
/// (`nr` ≠ `nc`), `diagonal = absent` and the half-matrix formats are refused with a clear
/// error.
///
/// ```swift
/// let network = try DLReader.read(bytes: Array("dl n=3\ndata:\n0 1 0\n1 0 1\n0 1 0\n".utf8), file: nil)
/// ```
///
/// - Complexity: O(bytes + *n*² per full matrix).
public enum DLReader {
    struct Token {
        var text: String
        var quoted: Bool
        var line: Int
    }

    /// The most nodes a file may declare, so a typo in `n` cannot exhaust memory
    /// (``ReadLimits/maximumNodes``).
    static let maximumNodes = ReadLimits.maximumNodes

    /// Reads a network from DL text.
    ///
    /// - Throws: ``InvalidNetwork`` naming the line of what does not parse.
    public static func read(bytes: [UInt8], file: String?) throws -> Network {
        try readWithWarnings(bytes: bytes, file: file).network
    }

    /// Reads a network and the reader's warnings (a negative weight kept as an attribute).
    static func readWithWarnings(bytes: [UInt8], file: String?) throws -> (network: Network, warnings: [Diagnostic]) {
        let text = try TextInput.text(bytes, file: file)
        func fail(_ message: String, _ line: Int) -> InvalidNetwork {
            InvalidNetwork([Diagnostic(.error, message, file: file, location: TextLocation(line: line, column: 1))])
        }
        var lines: [[Token]] = []
        // Split on the byte: "\r\n" is one Character, so splitting the String on "\n" would miss it.
        for (k, raw) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            lines.append(tokenize(Substring(raw), line: k + 1))
        }
        let header = lines.flatMap { $0 }
        guard let first = header.first, first.text.lowercased() == "dl" else {
            throw fail("not a DL file: it must start with 'DL'", header.first?.line ?? 1)
        }
        var n: Int?
        var nm = 1
        var format = "fullmatrix"
        var embedded = false
        var labels: [String] = []
        // The line of each label, so a duplicate is reported where it stands.
        var labelLines: [Int] = []
        var matrixLabels: [String] = []
        var dataLine: Int?
        var dataStartColumnToken = 0
        var k = 1
        func next() -> Token? { k < header.count ? header[k] : nil }
        while k < header.count {
            let token = header[k]
            let word = token.quoted ? "" : token.text.lowercased()
            k += 1
            func integer() throws -> Int {
                guard let t = next(), let v = Int(t.text), v >= 0 else { throw fail("'\(token.text)' needs a whole number", token.line) }
                k += 1
                return v
            }
            func list(_ count: Int) -> [String] {
                var out: [String] = []
                labelLines = []
                while out.count < count, let t = next(), t.quoted || !t.text.hasSuffix(":") {
                    out.append(t.text)
                    labelLines.append(t.line)
                    k += 1
                }
                return out
            }
            switch word {
            case "n":
                let v = try integer()
                if v > maximumNodes { throw fail("n = \(v) is more nodes than Cohesion reads (\(maximumNodes))", token.line) }
                n = v
            case "nm":
                let v = try integer()
                if v > ReadLimits.maximumMatrices { throw fail("nm = \(v) is more matrices than Cohesion reads (\(ReadLimits.maximumMatrices))", token.line) }
                nm = max(1, v)
            case "nr", "nc":
                let v = try integer()
                if v > maximumNodes { throw fail("'\(token.text)' = \(v) is more nodes than Cohesion reads (\(maximumNodes))", token.line) }
                if let existing = n, existing != v { throw fail("two-mode DL data (nr ≠ nc) cannot be read as a network", token.line) }
                n = v
            case "format":
                guard let t = next() else { throw fail("'format' needs a value", token.line) }
                format = t.text.lowercased()
                k += 1
            case "diagonal":
                if let t = next(), t.text.lowercased() == "absent" { throw fail("'diagonal = absent' is not supported: write the full matrix", token.line) }
                k += 1
            case "labels", "row", "column", "col":
                if let t = next(), t.text.lowercased().hasPrefix("embedded") { embedded = true; k += 1; continue }
                if let t = next(), t.text.lowercased() == "labels:" { k += 1 }
                labels = list(n ?? Int.max)
            case "labels:", "row labels:":
                labels = list(n ?? Int.max)
            case "column labels:", "col labels:":
                let lines = labelLines
                _ = list(n ?? Int.max)
                labelLines = lines
            case "matrix":
                if let t = next(), t.text.lowercased() == "labels:" { k += 1 }
                let lines = labelLines
                matrixLabels = list(nm)
                labelLines = lines
            case "embedded", "embedded:": embedded = true
            case "data:":
                dataLine = token.line
                dataStartColumnToken = (lines[token.line - 1].firstIndex { $0.text.lowercased() == "data:" } ?? 0) + 1
                k = header.count
            default:
                throw fail("unknown DL keyword '\(token.text)'", token.line)
            }
        }
        guard let dataLine else { throw fail("no 'data:' line", lines.count) }
        var dataLines: [[Token]] = []
        let firstRest = Array(lines[dataLine - 1].dropFirst(dataStartColumnToken))
        if !firstRest.isEmpty { dataLines.append(firstRest) }
        for line in lines[dataLine...] where !line.isEmpty { dataLines.append(line) }

        var index: [String: Int] = [:]
        for (i, l) in labels.enumerated() where index[l] == nil { index[l] = i }
        var names = labels
        if !embedded, let n, names.count < n { names += (names.count..<n).map { String($0 + 1) } }
        // Each matrix: cells (row, column, value, line).
        var matrices: [[(Int, Int, Double, Int)]] = Array(repeating: [], count: nm)

        func node(_ t: Token) throws -> Int {
            if let i = index[t.text] { return i }
            if !embedded {
                guard let v = Int(t.text), v >= 1, v <= (n ?? maximumNodes) else {
                    throw fail("'\(t.text)' is neither a label nor a node number between 1 and \(n ?? 0)", t.line)
                }
                while names.count < v { names.append(String(names.count + 1)) }
                return v - 1
            }
            if let n, names.count >= n { throw fail("label '\(t.text)' is one more than n = \(n)", t.line) }
            let i = names.count
            names.append(t.text)
            index[t.text] = i
            return i
        }

        switch format {
        case "fullmatrix", "full":
            guard let n else { throw fail("a full matrix needs 'n ='", 1) }
            // The values must all be in the file: check before reading a declared size.
            let available = dataLines.reduce(0) { $0 + $1.count }
            let perMatrix = n.multipliedReportingOverflow(by: n).partialValue + (embedded ? 2 * n : 0)
            let (needed, overflow) = perMatrix.multipliedReportingOverflow(by: nm)
            if overflow || needed > available {
                throw fail("the data hold \(available) values, fewer than \(nm) matrices of \(n)×\(n) need", dataLine)
            }
            var cursor = dataLines.flatMap { $0 }.makeIterator()
            for m in 0..<nm {
                if embedded {
                    var columns: [String] = []
                    if m == 0 { labelLines = [] }
                    for _ in 0..<n {
                        guard let t = cursor.next() else { throw fail("the data end inside the column labels of matrix \(m + 1)", lines.count) }
                        columns.append(t.text)
                        if m == 0 { labelLines.append(t.line) }
                    }
                    if m == 0 {
                        names = columns
                        index = [:]
                        for (i, l) in columns.enumerated() where index[l] == nil { index[l] = i }
                    }
                }
                for i in 0..<n {
                    var row = i
                    if embedded {
                        guard let t = cursor.next() else { throw fail("the data end before row \(i + 1) of matrix \(m + 1)", lines.count) }
                        guard let r = index[t.text] else { throw fail("row label '\(t.text)' is not a column label", t.line) }
                        row = r
                    }
                    for j in 0..<n {
                        guard let t = cursor.next() else { throw fail("the data end inside row \(i + 1) of matrix \(m + 1) (expected \(n) values)", lines.count) }
                        guard let v = Double(t.text) else { throw fail("'\(t.text)' is not a number", t.line) }
                        if v != 0 { matrices[m].append((row, j, v, t.line)) }
                    }
                }
            }
            if let extra = cursor.next() { throw fail("more values than \(nm) matrices of \(n)×\(n) hold: '\(extra.text)'", extra.line) }
        case "edgelist1", "edgelist", "nodelist1", "nodelist":
            var m = 0
            for line in dataLines {
                if line.count == 1, line[0].text == "!", !line[0].quoted {
                    m += 1
                    guard m < nm else { throw fail("more matrices than nm = \(nm)", line[0].line) }
                    continue
                }
                if format.hasPrefix("edgelist") {
                    guard line.count == 2 || line.count == 3 else {
                        throw fail("an edgelist1 line is 'from to [value]', found \(line.count) items", line[0].line)
                    }
                    let a = try node(line[0]), b = try node(line[1])
                    var v = 1.0
                    if line.count == 3 {
                        guard let d = Double(line[2].text) else { throw fail("'\(line[2].text)' is not a number", line[2].line) }
                        v = d
                    }
                    if v != 0 { matrices[m].append((a, b, v, line[0].line)) }
                } else {
                    let a = try node(line[0])
                    for t in line.dropFirst() { matrices[m].append((a, try node(t), 1, t.line)) }
                }
            }
        default:
            throw fail("the DL format '\(format)' is not supported (fullmatrix, edgelist1, nodelist1)", 1)
        }

        var builder = ForeignNetworkBuilder(file: file, defaultDirected: true)
        for (i, name) in names.enumerated() {
            builder.addStakeholder(id: name, fields: [:], location: i < labelLines.count ? TextLocation(line: labelLines[i], column: 1) : nil)
        }
        for (m, cells) in matrices.enumerated() {
            let kind = m < matrixLabels.count ? matrixLabels[m] : (nm == 1 ? nil : "relation-\(m + 1)")
            var value: [Int: Double] = [:]
            let width = names.count
            var valued = false
            for (a, b, v, _) in cells {
                value[a * width + b] = v
                if v != 1 { valued = true }
            }
            let known = kind.flatMap { id in TieKind.wellKnown.first { $0.id == id } }
            let symmetric = known.map { !$0.isDirected } ?? (!cells.isEmpty && cells.allSatisfy { value[$0.1 * width + $0.0] == $0.2 })
            for (a, b, v, line) in cells {
                if symmetric && a > b { continue }
                var fields: [String: AttributeValue] = [:]
                if let kind { fields["kind"] = .string(kind) }
                if valued { fields["weight"] = .number(v) }
                builder.addTie(source: names[a], target: names[b], directed: !symmetric, fields: fields,
                               location: TextLocation(line: line, column: 1))
            }
        }
        return try builder.finishWithWarnings()
    }

    /// Splits a line on spaces, tabs, commas and `=`; double- or single-quoted labels may
    /// hold those.
    static func tokenize<S: StringProtocol>(_ line: S, line number: Int) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var quote: Character?
        var quoted = false
        func flush() {
            if !current.isEmpty || quoted { tokens.append(Token(text: current, quoted: quoted, line: number)) }
            current = ""
            quoted = false
        }
        for c in line {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
                continue
            }
            switch c {
            case "\"" where current.isEmpty, "'" where current.isEmpty: quote = c; quoted = true
            case " ", "\t", "\r", ",", "=": flush()
            default: current.append(c)
            }
        }
        flush()
        // "row labels:" and "matrix labels:" read as one keyword; "labels" keeps its colon.
        var merged: [Token] = []
        for t in tokens {
            if let last = merged.last, !t.quoted, !last.quoted, t.text.lowercased() == "labels:",
               ["row", "column", "col"].contains(last.text.lowercased()) {
                merged[merged.count - 1].text = last.text.lowercased() + " labels:"
            } else {
                merged.append(t)
            }
        }
        return merged
    }
}
