/// The checks every network file's bytes pass before a reader parses them: a UTF-8 byte-order
/// mark is dropped, invalid UTF-8 is refused with its place (never silently replaced, which
/// would merge two different bad labels into one), and for line-oriented formats CRLF line
/// ends are read as LF.
///
/// ```swift
/// let text = try TextInput.text(Array("\u{FEFF}*Vertices 2\r\n".utf8), file: "a.net")
/// // "*Vertices 2\n"
/// ```
///
/// - Complexity: O(bytes).
public enum TextInput {
    /// The bytes without a leading UTF-8 byte-order mark.
    public static func droppingByteOrderMark(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil when all are.
    public static func firstInvalidUTF8<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
        // The standard library's validation is fast; find the place only when it fails.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// An error for invalid UTF-8 at a byte offset, located by line and column.
    public static func invalidUTF8(at offset: Int, in bytes: [UInt8], file: String?) -> Diagnostic {
        let shown = bytes.indices.contains(offset) ? " (0x\(String(bytes[offset], radix: 16, uppercase: true)))" : ""
        return Diagnostic(.error, "the file is not valid UTF-8 text: invalid byte\(shown) at byte \(offset + 1)",
                          file: file, location: TextLocation.of(byte: offset, in: bytes))
    }

    /// The bytes as text: without a byte-order mark, with CRLF read as LF.
    ///
    /// - Throws: ``InvalidNetwork`` naming the file, line, column and byte of the first byte
    ///   that is not UTF-8.
    public static func text(_ bytes: [UInt8], file: String?) throws -> String {
        let body = Array(droppingByteOrderMark(bytes))
        if let bad = firstInvalidUTF8(body) { throw InvalidNetwork([invalidUTF8(at: bad, in: body, file: file)]) }
        guard body.contains(0x0D) else { return String(decoding: body, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        for (i, b) in body.enumerated() where !(b == 0x0D && i + 1 < body.count && body[i + 1] == 0x0A) {
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
