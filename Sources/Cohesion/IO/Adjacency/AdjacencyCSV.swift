/// Adjacency matrices as CSV, read and written: labels in the first row and the first column,
/// a value per cell, as UCINET, R (`write.csv(as.matrix(net))`) and spreadsheets export them.
///
/// Reading: the first row's first cell is ignored (often empty); its other cells name the
/// columns, the first cell of each row names the row, and row and column labels must be the
/// same set (in any order). A non-zero cell is a tie from the row to the column; a value other
/// than 1 is its weight; an empty cell is 0. With `undirected`, the matrix must be symmetric
/// and each pair is read once. The delimiter and decimal separator follow
/// ``CSVReadOptions`` (sniffed; decimal commas in semicolon files).
///
/// Writing: one row and column per stakeholder (by id), each cell the number of ties (or the
/// sum of their weights) from row to column over every layer, undirected ties counted both
/// ways; the matrix is symmetric when every tie is undirected.
///
/// ```swift
/// let network = try AdjacencyCSV.read(bytes: Array(",a,b\na,0,1\nb,0,0\n".utf8), file: "m.csv")
/// ```
///
/// - Complexity: O(*n*²) cells.
public enum AdjacencyCSV {
    /// What an adjacency matrix holds of a network.
    public static let keeps: FormatCapabilities = [.weights, .isolates, .selfTies]

    /// Reads a network from an adjacency matrix's bytes.
    ///
    /// - Throws: ``InvalidNetwork`` naming the line and column of a row of the wrong length, a
    ///   label not in the header, a cell that is not a number, or an asymmetric cell when
    ///   `undirected` is set.
    public static func read(bytes: [UInt8], file: String?, options: CSVReadOptions = CSVReadOptions()) throws -> Network {
        let reader = options.reader(bytes, file: file)
        let decimalComma = options.decimalComma(delimiter: reader.delimiter)
        var diagnostics: [Diagnostic] = []
        var columns: [String] = []
        var rows: [(label: String, values: [Double], location: TextLocation)] = []
        try reader.forEachRecord { fields, line in
            if columns.isEmpty && rows.isEmpty && diagnostics.isEmpty {
                columns = fields.dropFirst().map { String($0.text.trimmingSpaces()) }
                if columns.isEmpty {
                    diagnostics.append(Diagnostic(.error, "the first row must name the columns", file: file, location: TextLocation(line: line, column: 1)))
                }
                return
            }
            guard fields.count == columns.count + 1 else {
                diagnostics.append(Diagnostic(.error, "expected a label and \(columns.count) values, found \(fields.count) fields",
                                              file: file, location: fields.first?.location))
                return
            }
            var values: [Double] = []
            for f in fields.dropFirst() {
                let t = String(f.text.trimmingSpaces())
                if t.isEmpty { values.append(0); continue }
                guard let d = EdgeListCSV.parseNumber(t, decimalComma: decimalComma) else {
                    diagnostics.append(Diagnostic(.error, "a cell must be a number, found '\(t)'", file: file, location: f.location))
                    values.append(0)
                    continue
                }
                if d < 0 {
                    diagnostics.append(Diagnostic(.error, "a tie's weight must not be negative, found \(t)", file: file, location: f.location))
                }
                values.append(d)
            }
            rows.append((String(fields[0].text.trimmingSpaces()), values, fields[0].location))
        }
        if columns.isEmpty && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.error, "the file is empty: expected a header row of labels", file: file, location: TextLocation(line: 1, column: 1)))
        }
        var columnIndex: [String: Int] = [:]
        for (j, c) in columns.enumerated() {
            if columnIndex[c] != nil {
                diagnostics.append(Diagnostic(.error, "the column label '\(c)' is repeated", file: file, location: TextLocation(line: 1, column: 1)))
            }
            columnIndex[c] = j
        }
        var rowOfColumn = Array(repeating: -1, count: columns.count)
        for (r, row) in rows.enumerated() {
            guard let j = columnIndex[row.label] else {
                diagnostics.append(Diagnostic(.error, "the row label '\(row.label)' is not a column label", file: file, location: row.location))
                continue
            }
            if rowOfColumn[j] >= 0 {
                diagnostics.append(Diagnostic(.error, "the row label '\(row.label)' is repeated", file: file, location: row.location))
            }
            rowOfColumn[j] = r
        }
        if diagnostics.isEmpty, let missing = rowOfColumn.firstIndex(of: -1) {
            diagnostics.append(Diagnostic(.error, "no row for the column '\(columns[missing])'", file: file, location: TextLocation(line: 1, column: 1)))
        }
        if diagnostics.hasErrors { throw InvalidNetwork(diagnostics) }

        var builder = ForeignNetworkBuilder(file: file, defaultDirected: !options.undirected)
        for c in columns { builder.addStakeholder(id: c, fields: [:]) }
        for row in rows {
            guard let i = columnIndex[row.label] else { continue }
            for (j, w) in row.values.enumerated() where w != 0 {
                if options.undirected {
                    let mirror = rows[rowOfColumn[j]].values[i]
                    if mirror != w {
                        diagnostics.append(Diagnostic(.error, "the matrix is not symmetric: \(row.label)→\(columns[j]) is \(CSVWriter.numberText(w)) but \(columns[j])→\(row.label) is \(CSVWriter.numberText(mirror))",
                                                      file: file, location: row.location, remedy: .readAsDirected))
                        continue
                    }
                    if j < i { continue }
                }
                builder.addTie(source: row.label, target: columns[j], directed: !options.undirected,
                               fields: w == 1 ? [:] : ["weight": .number(w)], location: row.location)
            }
        }
        builder.diagnostics = diagnostics + builder.diagnostics
        return try builder.finish()
    }

    /// The matrix of a network: per ordered pair of stakeholders, the number of ties (or the sum
    /// of weights, when any tie is weighted) from the first to the second, over every layer.
    ///
    /// - Complexity: O(*n*² + *m*).
    public static func matrix(_ network: Network, ties: [Tie]? = nil) -> [[Double]] {
        let n = network.stakeholders.count
        var index: [String: Int] = [:]
        for (k, s) in network.stakeholders.enumerated() where index[s.id] == nil { index[s.id] = k }
        var m = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        let chosen = ties ?? network.ties
        let weighted = chosen.contains { $0.weight != nil }
        for t in chosen {
            guard let a = index[t.source], let b = index[t.target] else { continue }
            let w = weighted ? (t.weight ?? 1) : 1
            m[a][b] += w
            if !t.kind.isDirected && a != b { m[b][a] += w }
        }
        return m
    }

    /// Writes a network as an adjacency matrix, with a warning listing what it cannot hold.
    public static func write(_ network: Network, file: String? = nil) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        let m = matrix(network)
        var out: [UInt8] = []
        CSVWriter.appendRow([""] + network.stakeholders.map(\.id), to: &out)
        for (k, s) in network.stakeholders.enumerated() {
            CSVWriter.appendRow([s.id] + m[k].map(CSVWriter.numberText), to: &out)
        }
        // Parallel ties of different kinds share a cell too: FormatLosses counts those of one kind.
        var extra: [String] = []
        var pairs = Set<[String]>()
        if network.ties.contains(where: { !pairs.insert([$0.source, $0.target]).inserted }) {
            extra.append("ties between the same pair (their weights summed in one cell)")
        }
        return (out, FormatLosses.warnings(network, keeps: keeps, format: "adjacency matrix", file: file, extra: extra))
    }
}
