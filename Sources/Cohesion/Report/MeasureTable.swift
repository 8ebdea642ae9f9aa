/// How a table of results is written.
public enum TableFormat: String, Hashable, Sendable, CaseIterable {
    /// Aligned columns for a terminal.
    case table
    /// RFC 4180 CSV with a header.
    case csv
    /// `{"<rows>":[{"id":…, "<column>":value, …}, …]}`; NaN is `null`.
    case json
    /// A GitHub-flavoured Markdown table.
    case markdown
}

/// One value in a ``MeasureTable``.
public enum MeasureCell: Hashable, Sendable {
    /// A whole number (a degree, a count).
    case integer(Int)
    /// A real number; NaN prints as `NaN` in tables and `null` in JSON.
    case number(Double)
    /// Text (a kind, a group).
    case text(String)
    /// No value.
    case missing
}

/// A table of per-node (or per-group) results that every command writes the same way.
///
/// Column names are lowerCamelCase measure names (`betweenness`, `inDegree`), as the JSON
/// output uses them.
///
/// ```swift
/// var table = MeasureTable(columns: ["degree", "betweenness"])
/// table.append(id: "caf", [.integer(4), .number(0.25)])
/// print(table.render(.table))
/// ```
public struct MeasureTable: Hashable, Sendable {
    /// The name of the first column and of each row's identifier in JSON.
    public var idColumn: String
    /// The JSON key holding the rows (`nodes`, `groups`…).
    public var rowsKey: String
    /// The measure columns, in order.
    public var columns: [String]
    /// The rows: an identifier and one cell per column.
    public private(set) var rows: [(id: String, cells: [MeasureCell])]
    /// A name per row identifier, shown beside the identifier in tables and Markdown (not in
    /// CSV or JSON, whose rows keep their keys); empty for none.
    public var names: [String: String] = [:]

    /// Creates an empty table.
    public init(columns: [String], idColumn: String = "id", rowsKey: String = "nodes") {
        self.columns = columns
        self.idColumn = idColumn
        self.rowsKey = rowsKey
        self.rows = []
    }

    /// Appends a row; missing cells are padded, extra ones dropped.
    public mutating func append(id: String, _ cells: [MeasureCell]) {
        var padded = Array(cells.prefix(columns.count))
        while padded.count < columns.count { padded.append(.missing) }
        rows.append((id, padded))
    }

    /// Sorts rows by a column, descending for numbers (NaN last), ascending for text.
    public mutating func sort(by column: String) {
        guard let c = columns.firstIndex(of: column) else { return }
        rows = rows.enumerated().sorted { a, b in
            let (x, y) = (a.element.cells[c], b.element.cells[c])
            switch (x.numeric, y.numeric) {
            case (let p?, let q?) where !p.isNaN && !q.isNaN && p != q: return p > q
            case (let p?, let q?) where p.isNaN != q.isNaN: return q.isNaN
            default: break
            }
            if case .text(let s) = x, case .text(let t) = y, s != t { return s < t }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The table written in a format.
    ///
    /// - Complexity: O(rows × columns).
    public func render(_ format: TableFormat) -> String {
        render(format, width: nil)
    }

    /// The table written in a format; a `.table` wider than `width` characters is cut into
    /// blocks of columns, each repeating the identifier (and name), and long text cells wrap.
    ///
    /// - Complexity: O(rows × columns).
    public func render(_ format: TableFormat, width: Int?) -> String {
        switch format {
        case .json: jsonValue.text(pretty: true) + "\n"
        case .csv: csvText()
        case .table: terminalText(width: width)
        case .markdown: alignedText(markdown: true)
        }
    }

    /// The table with only the named columns, in the order given (a name it lacks is skipped),
    /// the same rows, identifiers and names.
    ///
    /// ```swift
    /// let roles = brokerage.table(graph).selecting(["group", "gatekeeper", "liaison"])
    /// ```
    ///
    /// - Complexity: O(rows × columns).
    public func selecting(_ names: [String]) -> MeasureTable {
        let kept = names.compactMap { name in columns.firstIndex(of: name).map { (name, $0) } }
        var out = MeasureTable(columns: kept.map(\.0), idColumn: idColumn, rowsKey: rowsKey)
        out.names = self.names
        for row in rows { out.append(id: row.id, kept.map { row.cells[$0.1] }) }
        return out
    }

    /// The first column holding numbers, if any: what tables of stakeholders sort by by default.
    public var firstMeasure: String? {
        columns.indices.first { c in rows.contains { $0.cells[c].numeric != nil } }.map { columns[$0] }
    }

    /// The table as JSON: `{"<rowsKey>":[{"<idColumn>":…, …}]}`.
    public var jsonValue: JSONValue {
        .object([(rowsKey, .array(rows.map { row in
            .object([(idColumn, .string(row.id))] + zip(columns, row.cells).map { ($0, $1.jsonValue) })
        }))])
    }

    private func csvText() -> String {
        var out = ([idColumn] + columns).map(Self.csvField).joined(separator: ",") + "\n"
        for row in rows {
            out += ([Self.csvField(row.id)] + row.cells.map { Self.csvField($0.exactText) }).joined(separator: ",") + "\n"
        }
        return out
    }

    private func alignedText(markdown: Bool) -> String {
        let named = !names.isEmpty
        let header = [idColumn] + (named ? ["name"] : []) + columns
        let body = rows.map { row in
            [markdown ? Self.markdownEscaped(row.id) : row.id]
                + (named ? [markdown ? Self.markdownEscaped(names[row.id] ?? "") : names[row.id] ?? ""] : [])
                + row.cells.map { $0.shortText }
        }
        var widths = header.map(\.count)
        for line in body { for (c, cell) in line.enumerated() { widths[c] = max(widths[c], cell.count) } }
        let numeric = (named ? [false] : []) + columns.indices.map { c in rows.contains { $0.cells[c].numeric != nil } }
        func pad(_ s: String, _ c: Int) -> String {
            let fill = String(repeating: " ", count: widths[c] - s.count)
            return c > 0 && numeric[c - 1] ? fill + s : s + fill
        }
        func line(_ cells: [String]) -> String {
            let joined = cells.enumerated().map { pad($1, $0) }
            return markdown ? "| " + joined.joined(separator: " | ") + " |" : joined.joined(separator: "  ")
        }
        var out = line(header) + "\n"
        if markdown {
            out += "|" + widths.enumerated().map { c, w in
                c > 0 && numeric[c - 1] ? " " + String(repeating: "-", count: max(w - 1, 1)) + ": " : " " + String(repeating: "-", count: w) + " "
            }.joined(separator: "|") + "|\n"
        } else {
            out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        }
        for cells in body { out += line(cells) + "\n" }
        return out
    }

    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingQuotes() + "\"" : s
    }

    static func markdownEscaped(_ s: String) -> String {
        String(s.flatMap { $0 == "|" ? ["\\", "|"] : [$0] })
    }

    public static func == (lhs: MeasureTable, rhs: MeasureTable) -> Bool {
        lhs.idColumn == rhs.idColumn && lhs.rowsKey == rhs.rowsKey && lhs.columns == rhs.columns && lhs.names == rhs.names
            && lhs.rows.count == rhs.rows.count && zip(lhs.rows, rhs.rows).allSatisfy { $0.id == $1.id && $0.cells == $1.cells }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(columns)
        for row in rows { hasher.combine(row.id); hasher.combine(row.cells) }
    }
}

extension MeasureCell {
    var numeric: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }

    /// Full precision, for CSV.
    var exactText: String {
        switch self {
        case .integer(let i): String(i)
        case .number(let d): d.isNaN ? "NaN" : String(d)
        case .text(let s): s
        case .missing: ""
        }
    }

    /// At most four significant digits and no exponent, for reading (``NumberText``).
    var shortText: String {
        switch self {
        case .number(let d): NumberText.significant(d)
        default: exactText
        }
    }

    var jsonValue: JSONValue {
        switch self {
        case .integer(let i): .integer(i)
        case .number(let d): .number(d)
        case .text(let s): .string(s)
        case .missing: .null
        }
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        String(flatMap { $0 == "\"" ? ["\"", "\""] : [$0] })
    }
}
