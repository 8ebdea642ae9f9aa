/// A JSON value with the line and column where it starts, from ``PositionedJSON/parse(_:file:)``.
///
/// Node-link files can hold a million edges: this parser reads UTF-8 bytes directly, keeps
/// whole numbers apart from reals (`3` is an integer, `3.0` a real, as Python wrote them) and
/// names the line and column of a syntax error, which `JSONSerialization` does not do on Linux.
struct PositionedJSON {
    indirect enum Value {
        case null
        case bool(Bool)
        case integer(Int)
        case number(Double)
        case string(String)
        case array([PositionedJSON])
        case object([(String, PositionedJSON)])
    }

    var value: Value
    var location: TextLocation

    /// The member with a key, for an object.
    subscript(key: String) -> PositionedJSON? {
        if case .object(let members) = value { return members.first { $0.0 == key }?.1 }
        return nil
    }

    /// The value as an attribute value, when it is a scalar; `null` and containers give nil.
    var attributeValue: AttributeValue? {
        switch value {
        case .bool(let b): .bool(b)
        case .integer(let i): .integer(i)
        case .number(let d): .number(d)
        case .string(let s): .string(s)
        case .null, .array, .object: nil
        }
    }

    /// Parses a JSON document.
    ///
    /// - Throws: ``InvalidNetwork`` with the line and column of the first syntax error.
    /// - Complexity: O(bytes).
    static func parse(_ bytes: [UInt8], file: String?) throws -> PositionedJSON {
        try bytes.withUnsafeBufferPointer { b in
            var p = Parser(b: b, file: file)
            if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { p.i = 3; p.lineStart = 3 }
            p.skipSpace()
            let root = try p.value(depth: 0)
            p.skipSpace()
            if p.i < b.count { throw p.fail("text after the end of the JSON document") }
            return root
        }
    }

    /// The parser is a ``ByteCursor`` with JSON's grammar added (below).
    typealias Parser = ByteCursor
}

extension ByteCursor {
    fileprivate func fail(_ message: String) -> InvalidNetwork { error("not valid JSON: \(message)") }

    fileprivate mutating func value(depth: Int) throws -> PositionedJSON {
        guard depth < 512 else { throw fail("nested too deeply") }
        guard i < b.count else { throw fail("the document ends where a value was expected") }
        let at = location
        switch b[i] {
        case UInt8(ascii: "{"):
            i += 1
            var members: [(String, PositionedJSON)] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return PositionedJSON(value: .object(members), location: at) }
            while true {
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
                let key = try string()
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail("expected ':' after key \"\(key)\"") }
                i += 1
                skipSpace()
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard i < b.count else { throw fail("the document ends inside an object") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; break }
                throw fail("expected ',' or '}' in an object")
            }
            return PositionedJSON(value: .object(members), location: at)
        case UInt8(ascii: "["):
            i += 1
            var items: [PositionedJSON] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return PositionedJSON(value: .array(items), location: at) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < b.count else { throw fail("the document ends inside an array") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; break }
                throw fail("expected ',' or ']' in an array")
            }
            return PositionedJSON(value: .array(items), location: at)
        case UInt8(ascii: "\""):
            return PositionedJSON(value: .string(try string()), location: at)
        case UInt8(ascii: "t"):
            try literal("true")
            return PositionedJSON(value: .bool(true), location: at)
        case UInt8(ascii: "f"):
            try literal("false")
            return PositionedJSON(value: .bool(false), location: at)
        case UInt8(ascii: "n"):
            try literal("null")
            return PositionedJSON(value: .null, location: at)
        case UInt8(ascii: "N"):
            // Python's json writes NaN and Infinity unless told not to.
            try literal("NaN")
            return PositionedJSON(value: .number(.nan), location: at)
        case UInt8(ascii: "I"):
            try literal("Infinity")
            return PositionedJSON(value: .number(.infinity), location: at)
        default:
            return PositionedJSON(value: try number(), location: at)
        }
    }

    fileprivate mutating func literal(_ word: StaticString) throws {
        guard matches(word) else { throw fail("unexpected character '\(Character(Unicode.Scalar(b[i])))'") }
        i += word.utf8CodeUnitCount
    }

    fileprivate mutating func number() throws -> PositionedJSON.Value {
        let start = i
        var isReal = false
        if i < b.count, b[i] == UInt8(ascii: "-") {
            i += 1
            if i + 8 <= b.count, b[i] == UInt8(ascii: "I") {
                try literal("Infinity")
                return .number(-.infinity)
            }
        }
        while i < b.count {
            let c = b[i]
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { i += 1; continue }
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { isReal = true; i += 1; continue }
            break
        }
        guard i > start else { throw fail("unexpected character '\(Character(Unicode.Scalar(b[i])))'") }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        if !isReal, let n = Int(text) { return .integer(n) }
        guard let d = Double(text) else { i = start; throw fail("malformed number '\(text)'") }
        return .number(d)
    }

    fileprivate mutating func string() throws -> String {
        i += 1
        let start = i
        var plain = true
        while i < b.count, b[i] != UInt8(ascii: "\"") {
            if b[i] == UInt8(ascii: "\\") { plain = false; i += 2; continue }
            if b[i] < 0x20 { throw fail("a control character inside a string") }
            i += 1
        }
        guard i < b.count else { throw fail("a string is never closed") }
        defer { i += 1 }
        if plain { return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self) }
        var out: [UInt8] = []
        var k = start
        while k < i {
            let c = b[k]
            guard c == UInt8(ascii: "\\") else { out.append(c); k += 1; continue }
            k += 1
            switch b[k] {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                func hex(_ at: Int) -> UInt32? {
                    guard at + 4 <= i else { return nil }
                    return UInt32(String(decoding: UnsafeBufferPointer(rebasing: b[at..<(at + 4)]), as: UTF8.self), radix: 16)
                }
                guard var code = hex(k + 1) else { throw fail("malformed \\u escape") }
                k += 4
                if code >= 0xD800 && code < 0xDC00, k + 2 < i, b[k + 1] == UInt8(ascii: "\\"), b[k + 2] == UInt8(ascii: "u"),
                   let low = hex(k + 3), low >= 0xDC00 && low < 0xE000 {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    k += 6
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8))
            default: out.append(b[k])
            }
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
