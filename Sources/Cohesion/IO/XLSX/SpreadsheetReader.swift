/// Reads a network from an Excel workbook (`.xlsx`), as researchers fill in
/// `Networks/template.xlsx` or export from Kumu.
///
/// Sheets, matched by name without regard to case:
/// - `ties` (or Kumu's `Connections`): the columns of a CSV edge list (``EdgeListCSV``):
///   `source` and `target` (Kumu's `From`, `To`), `kind` (Kumu's `Type`), `weight`, `amount`,
///   `firstYear`, `lastYear`, `citations`… A workbook with one sheet is read as ties.
/// - `stakeholders` (or Kumu's `Elements`): a node list keyed by `id`, else `label` or `name`
///   (Kumu's `Label`); `name`, `kind` (Kumu's `Type`), `sector`, `level`… and attributes.
/// - `sources`: `id`, `title`, `publisher`, `url`, `date`, `partisan`, `note`.
///
/// The first row of each sheet is its header; empty rows are skipped. Numbers are read as the
/// spreadsheet stored them (never with a decimal comma, whatever the display language).
/// Every error names its cell: `ties.xlsx:ties!C4: error: 'weight' must be a number…`.
///
/// ```swift
/// let network = try SpreadsheetReader.read(bytes: Array(data), file: "fieldwork.xlsx")
/// ```
///
/// - Throws: ``InvalidNetwork`` with every problem found, each at `FILE:SHEET!CELL`.
/// - Complexity: O(bytes inflated + cells).
public enum SpreadsheetReader {
    /// Reads a network from a workbook's bytes; `file` names it in messages.
    public static func read(bytes: [UInt8], file: String?) throws -> Network {
        let book = try XLSXWorkbook(bytes: bytes, file: file)
        func sheet(_ names: [String]) -> XLSXWorkbook.Sheet? {
            book.sheets.first { names.contains($0.name.lowercased()) }
        }
        guard let ties = sheet(["ties", "connections", "edges"]) ?? (book.sheets.count == 1 ? book.sheets.first : nil) else {
            throw InvalidNetwork([Diagnostic(.error, "no sheet named 'ties' (or Kumu's 'Connections'); the sheets are: \(book.sheets.map(\.name).joined(separator: ", "))",
                                             file: file)])
        }
        let nodes = sheet(["stakeholders", "elements", "nodes"])
        let sources = sheet(["sources"])
        func tag(_ s: XLSXWorkbook.Sheet) -> String { "\(file ?? "workbook"):\(s.name)" }

        var outside: [Diagnostic] = []
        func records(_ s: XLSXWorkbook.Sheet) -> EdgeListCSV.Records {
            { body in
                var rows: [Int: [XLSXWorkbook.Cell]] = [:]
                for c in s.cells { rows[c.row, default: []].append(c) }
                let order = rows.keys.sorted()
                guard let headerRow = order.first, let header = rows[headerRow] else { return }
                let width = header.map(\.column).max() ?? 0
                for r in order {
                    guard let cells = rows[r] else { continue }
                    var fields = (1...max(1, width)).map { CSVField(text: "", location: TextLocation(line: r, column: $0)) }
                    for c in cells {
                        if c.column > width {
                            outside.append(Diagnostic(.error, "a value right of the header's last column ('\(c.text)')",
                                                      file: XLSXWorkbook.place(file, s.name, r, c.column)))
                        } else {
                            fields[c.column - 1].text = c.text
                        }
                    }
                    if r != headerRow && fields.allSatisfy({ $0.text.trimmingSpaces().isEmpty }) { continue }
                    try body(fields, r)
                }
            }
        }
        /// Diagnostics at a sheet's (row, column) become `FILE:SHEET!CELL`.
        func relocated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
            diagnostics.map { d in
                var d = d
                if let s = book.sheets.first(where: { d.file == tag($0) }) {
                    if let l = d.location { d.file = XLSXWorkbook.place(file, s.name, l.line, l.column) } else { d.file = "\(file ?? "workbook"):\(s.name)" }
                    d.location = nil
                }
                return d
            }
        }
        var network: Network
        do {
            network = try EdgeListCSV.read(records: records(ties), file: tag(ties),
                                           nodes: nodes.map { (records($0), tag($0), false) }, undirected: false, decimalComma: false)
        } catch let error as InvalidNetwork {
            throw InvalidNetwork(relocated(outside + error.diagnostics))
        }
        var diagnostics = outside
        if let sources {
            network.sources = readSources(sources, file: file, diagnostics: &diagnostics)
        }
        if diagnostics.hasErrors { throw InvalidNetwork(diagnostics) }
        return network.declaringCitedSources()
    }

    static func readSources(_ sheet: XLSXWorkbook.Sheet, file: String?, diagnostics: inout [Diagnostic]) -> [Source] {
        var rows: [Int: [XLSXWorkbook.Cell]] = [:]
        for c in sheet.cells { rows[c.row, default: []].append(c) }
        let order = rows.keys.sorted()
        guard let headerRow = order.first else { return [] }
        var header: [Int: String] = [:]
        for c in rows[headerRow] ?? [] { header[c.column] = EdgeListCSV.Column.normalized(c.text) }
        guard let idColumn = header.first(where: { $0.value == "id" })?.key else {
            diagnostics.append(Diagnostic(.error, "the sources sheet's header must name an 'id' column",
                                          file: XLSXWorkbook.place(file, sheet.name, headerRow, 1)))
            return []
        }
        var sources: [Source] = []
        var seen = Set<String>()
        for r in order.dropFirst() {
            let cells = rows[r] ?? []
            guard let id = cells.first(where: { $0.column == idColumn })?.text, !id.isEmpty else {
                diagnostics.append(Diagnostic(.error, "a source without an id", file: XLSXWorkbook.place(file, sheet.name, r, idColumn)))
                continue
            }
            guard seen.insert(id).inserted else {
                diagnostics.append(Diagnostic(.error, "duplicate source id '\(id)'", file: XLSXWorkbook.place(file, sheet.name, r, idColumn)))
                continue
            }
            var source = Source(id: id)
            for c in cells where c.column != idColumn {
                switch header[c.column] {
                case "title": source.title = c.text
                case "publisher": source.publisher = c.text
                case "url": source.url = c.text
                case "date", "year": source.date = c.text
                case "partisan":
                    if let flag = EdgeListCSV.parseFlag(c.text) { source.isPartisan = flag }
                    else { diagnostics.append(Diagnostic(.error, "'partisan' must be true or false, found '\(c.text)'", file: XLSXWorkbook.place(file, sheet.name, r, c.column))) }
                case "note": source.note = c.text
                default: break
                }
            }
            sources.append(source)
        }
        return sources
    }
}
