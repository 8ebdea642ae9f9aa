/// A field of a CSV record with the place it started, for error messages.
struct CSVField {
    var text: String
    var location: TextLocation
}

/// An RFC 4180 tokenizer over UTF-8 bytes: fields separated by a delimiter (a comma, or the
/// semicolon or tab of other CSV dialects), double-quoted fields that
/// may hold commas, quotes (doubled) and line breaks, CRLF or LF line ends, an optional BOM.
///
/// Hand-written rather than taken from a CSV package because the tool must name the line and
/// column of every malformed field, including records whose quoted fields span lines, and
/// read a million rows in well under a second.
struct CSVReader {
    let bytes: [UInt8]
    let file: String?
    let delimiter: UInt8

    init(bytes: [UInt8], file: String?, delimiter: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.file = file
        self.delimiter = delimiter
    }

    /// The delimiter of a file's first record: the most frequent of comma, semicolon and tab
    /// outside quotes (a comma when none occurs or on a tie), as French Excel saves `;` files
    /// and spreadsheets export `\t` ones.
    ///
    /// - Complexity: O(length of the first record).
    static func sniffDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var inQuotes = false
        for b in bytes {
            if b == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if b == 0x0A { break }
            if counts[b] != nil { counts[b, default: 0] += 1 }
        }
        let comma = counts[UInt8(ascii: ",")] ?? 0, semicolon = counts[UInt8(ascii: ";")] ?? 0, tab = counts[0x09] ?? 0
        if semicolon > comma && semicolon >= tab { return UInt8(ascii: ";") }
        if tab > comma && tab > semicolon { return 0x09 }
        return UInt8(ascii: ",")
    }

    /// Calls `body` with each record's fields and the line it starts on. Blank lines are
    /// skipped. Throws a ``InvalidNetwork`` at the first malformed quote.
    ///
    /// - Complexity: O(bytes).
    func forEachRecord(_ body: (_ fields: [CSVField], _ line: Int) throws -> Void) throws {
        var i = 0
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var line = 1
        var lineStart = i
        var fields: [CSVField] = []
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        while i < n {
            let recordLine = line
            fields.removeAll(keepingCapacity: true)
            var endOfRecord = false
            while !endOfRecord {
                let fieldLocation = TextLocation(line: line, column: i - lineStart + 1)
                buffer.removeAll(keepingCapacity: true)
                if i < n, bytes[i] == UInt8(ascii: "\"") {
                    i += 1
                    var closed = false
                    while i < n {
                        let b = bytes[i]
                        if b == UInt8(ascii: "\"") {
                            if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\"") {
                                buffer.append(b)
                                i += 2
                                continue
                            }
                            i += 1
                            closed = true
                            break
                        }
                        if b == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
                        buffer.append(b)
                        i += 1
                    }
                    guard closed else {
                        throw InvalidNetwork([Diagnostic(.error, "a quoted field is never closed", file: file, location: fieldLocation)])
                    }
                    if i < n, bytes[i] != delimiter, bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") {
                        throw InvalidNetwork([Diagnostic(.error, "text after the closing quote of a field",
                                                          file: file, location: TextLocation(line: line, column: i - lineStart + 1))])
                    }
                } else {
                    while i < n {
                        let b = bytes[i]
                        if b == delimiter || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { break }
                        if b == UInt8(ascii: "\"") {
                            throw InvalidNetwork([Diagnostic(.error, "a quote inside an unquoted field (quote the whole field and double the quote)",
                                                              file: file, location: TextLocation(line: line, column: i - lineStart + 1))])
                        }
                        buffer.append(b)
                        i += 1
                    }
                }
                fields.append(CSVField(text: String(decoding: buffer, as: UTF8.self), location: fieldLocation))
                if i < n, bytes[i] == delimiter {
                    i += 1
                    continue
                }
                if i < n, bytes[i] == UInt8(ascii: "\r") { i += 1 }
                if i < n, bytes[i] == UInt8(ascii: "\n") { i += 1 }
                line += 1
                lineStart = i
                endOfRecord = true
            }
            if fields.count == 1, fields[0].text.isEmpty { continue }
            try body(fields, recordLine)
        }
    }
}
