import Foundation
import XMLCoder
import ZIPFoundation

/// The sheets of an Office Open XML workbook (`.xlsx`), each as rows of cell texts with their
/// references, read through ZIPFoundation (the zip container) and XMLCoder (the workbook,
/// relationships, shared strings and worksheets).
///
/// Cell values: shared strings (plain or rich text, phonetic runs left out), inline strings,
/// formula results (`str`), booleans (`true`/`false`) and numbers as written (`2015`,
/// `2.5`). Error cells (`#N/A`) are errors. Formulas are not evaluated: the cached value
/// is read, as every spreadsheet program saves it.
struct XLSXWorkbook {
    /// A cell's text and place (1-based row and column).
    struct Cell {
        var text: String
        var row: Int
        var column: Int
    }

    /// A sheet: its name and its non-empty cells in row order.
    struct Sheet {
        var name: String
        var cells: [Cell]
    }

    var sheets: [Sheet]

    /// Excel's last row and column (1,048,576 and XFD).
    static let maximumRows = 1 << 20
    static let maximumColumns = 1 << 14

    /// The most a workbook may inflate to, so a zip bomb is refused rather than read.
    static let maximumUncompressedBytes = 256 << 20

    /// Opens a workbook from its bytes.
    ///
    /// - Throws: ``InvalidNetwork`` naming `file` when the bytes are not a zip archive (or one
    ///   whose sizes and offsets are out of range, see ``XLSXArchiveCheck``), a part is missing
    ///   or not the XML it should be, or the workbook inflates past 256 MiB.
    /// - Complexity: O(bytes inflated).
    init(bytes: [UInt8], file: String?) throws {
        func fail(_ message: String) -> InvalidNetwork {
            InvalidNetwork([Diagnostic(.error, message, file: file)])
        }
        // ZIPFoundation traps on out-of-range ZIP64 values: refuse them before it reads.
        if let problem = XLSXArchiveCheck.problem(bytes) {
            throw fail("not an .xlsx workbook: the zip archive is damaged (\(problem))")
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw fail("not an .xlsx workbook: not a zip archive")
        }
        var inflated = 0
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    inflated += chunk.count
                    if inflated > Self.maximumUncompressedBytes { throw CocoaError(.fileReadTooLarge) }
                    data.append(chunk)
                }
            } catch {
                throw fail(inflated > Self.maximumUncompressedBytes
                           ? "the workbook inflates to more than \(Self.maximumUncompressedBytes >> 20) MiB"
                           : "cannot inflate \(path): \(error)")
            }
            return data
        }
        let decoder = XMLDecoder()
        decoder.shouldProcessNamespaces = true
        decoder.trimValueWhitespaces = false
        func decode<T: Decodable>(_ type: T.Type, _ path: String) throws -> T? {
            guard let data = try part(path) else { return nil }
            // Foundation's XML parser traps on element and attribute names that are not UTF-8
            // (a damaged archive hands it deflated bytes as text): refuse them first.
            if TextInput.firstInvalidUTF8(Array(data)) != nil {
                throw fail("not an .xlsx workbook: \(path) is not UTF-8 XML")
            }
            do {
                return try decoder.decode(T.self, from: data)
            } catch {
                throw fail("not an .xlsx workbook: \(path) is not the XML it should be")
            }
        }
        guard let workbook = try decode(WorkbookXML.self, "xl/workbook.xml") else {
            throw fail("not an .xlsx workbook: no xl/workbook.xml (an .xls or .ods file must be saved as .xlsx first)")
        }
        let relationships = try decode(RelationshipsXML.self, "xl/_rels/workbook.xml.rels")?.relationship ?? []
        var targets: [String: String] = [:]
        for r in relationships {
            let target = r.target.hasPrefix("/") ? String(r.target.dropFirst()) : "xl/" + r.target
            targets[r.id] = target
        }
        let shared = try decode(SharedStringsXML.self, "xl/sharedStrings.xml")?.si?.map(\.text) ?? []
        var sheets: [Sheet] = []
        for (k, s) in (workbook.sheets.sheet ?? []).enumerated() {
            let path = s.id.flatMap { targets[$0] } ?? "xl/worksheets/sheet\(k + 1).xml"
            guard let sheet = try decode(WorksheetXML.self, path) else { throw fail("the sheet '\(s.name)' has no part \(path)") }
            var cells: [Cell] = []
            var rowNumber = 0
            for row in sheet.sheetData.row ?? [] {
                rowNumber = row.r ?? (rowNumber + 1)
                guard rowNumber >= 1, rowNumber <= Self.maximumRows else {
                    throw InvalidNetwork([Diagnostic(.error, "a row number outside 1…\(Self.maximumRows) (\(rowNumber))", file: "\(file ?? "workbook"):\(s.name)")])
                }
                var columnNumber = 0
                for c in row.c ?? [] {
                    columnNumber = c.r.flatMap { Self.reference($0)?.column } ?? (columnNumber + 1)
                    guard columnNumber <= Self.maximumColumns else {
                        throw InvalidNetwork([Diagnostic(.error, "a column beyond Excel's last (XFD)", file: Self.place(file, s.name, rowNumber, Self.maximumColumns))])
                    }
                    let text: String
                    switch c.t ?? "n" {
                    case "s":
                        guard let v = c.v?.trimmingSpaces(), let i = Int(v), i >= 0, i < shared.count else {
                            throw InvalidNetwork([Diagnostic(.error, "a shared-string cell points at no string",
                                                             file: Self.place(file, s.name, rowNumber, columnNumber))])
                        }
                        text = shared[i]
                    case "inlineStr": text = c.inline?.text ?? ""
                    case "b": text = c.v?.trimmingSpaces() == "1" ? "true" : "false"
                    case "e":
                        throw InvalidNetwork([Diagnostic(.error, "the cell holds the error \(c.v ?? "")",
                                                         file: Self.place(file, s.name, rowNumber, columnNumber))])
                    default: text = c.v ?? ""
                    }
                    if !text.isEmpty { cells.append(Cell(text: text, row: rowNumber, column: columnNumber)) }
                }
            }
            sheets.append(Sheet(name: s.name, cells: cells))
        }
        self.sheets = sheets
    }

    /// `FILE:SHEET!B3`, the place of a cell in messages.
    static func place(_ file: String?, _ sheet: String, _ row: Int, _ column: Int) -> String {
        "\(file ?? "workbook"):\(sheet)!\(columnLetters(column))\(row)"
    }

    /// `1` → `A`, `27` → `AA`.
    static func columnLetters(_ column: Int) -> String {
        var n = max(1, column)
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The row and column of a reference such as `B12`.
    static func reference(_ ref: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = ""
        for c in ref.uppercased() {
            if let a = c.asciiValue, a >= 65, a <= 90, digits.isEmpty {
                column = column * 26 + Int(a - 64)
                if column > 1 << 20 { return nil }
            } else if c.isASCII, c.isNumber {
                digits.append(c)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        return (row, column)
    }
}

// The parts of the workbook XMLCoder decodes (SpreadsheetML, ECMA-376 part 1 §18).

struct WorkbookXML: Decodable {
    struct Sheets: Decodable { var sheet: [SheetEntry]? }
    struct SheetEntry: Decodable {
        var name: String
        var id: String?
    }
    var sheets: Sheets
}

struct RelationshipsXML: Decodable {
    struct Relationship: Decodable {
        var id: String
        var target: String
        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case target = "Target"
        }
    }
    var relationship: [Relationship]?
    enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
}

/// A run of text: `<t>` with its character data (XMLCoder's empty key), spaces kept.
struct XLSXText: Decodable {
    var value: String
    enum CodingKeys: String, CodingKey { case value = "" }
    init(from decoder: Decoder) throws {
        if let c = try? decoder.container(keyedBy: CodingKeys.self), let v = try? c.decode(String.self, forKey: .value) {
            value = v
        } else {
            value = (try? decoder.singleValueContainer().decode(String.self)) ?? ""
        }
    }
}

/// A string item: plain `<t>`, or rich-text runs `<r><t>…</t></r>`; phonetic `<rPh>` is skipped.
struct XLSXStringItem: Decodable {
    struct Run: Decodable { var t: XLSXText? }
    var t: XLSXText?
    var r: [Run]?
    var text: String { t?.value ?? (r ?? []).map { $0.t?.value ?? "" }.joined() }
}

struct SharedStringsXML: Decodable {
    var si: [XLSXStringItem]?
}

struct WorksheetXML: Decodable {
    struct SheetData: Decodable { var row: [Row]? }
    struct Row: Decodable {
        var r: Int?
        var c: [Cell]?
    }
    struct Cell: Decodable {
        var r: String?
        var t: String?
        var v: String?
        var inline: XLSXStringItem?
        enum CodingKeys: String, CodingKey {
            case r, t, v
            case inline = "is"
        }
    }
    var sheetData: SheetData
}
