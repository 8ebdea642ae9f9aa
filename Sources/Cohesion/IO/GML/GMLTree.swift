/// The key–value tree of a GML file (Himsolt's Graph Modelling Language), as NetworkX's and
/// igraph's `write_gml` produce it: keys, whole numbers, reals, double-quoted strings and
/// `[ … ]` lists, `#` comments to the end of a line.
///
/// Strings decode XML character references (`&#233;`, `&quot;`, `&amp;`), which NetworkX
/// writes for every character outside printable ASCII; raw UTF-8 is read as well.
struct GMLTree {
    enum Value {
        case integer(Int)
        case number(Double)
        case string(String)
        case list([GMLTree.Entry])
    }

    struct Entry {
        var key: String
        var value: Value
        var location: TextLocation
    }

    /// Parses GML text into its top-level entries.
    ///
    /// - Throws: ``InvalidNetwork`` at the first token that is not GML, an unclosed string or
    ///   list, or a `]` without its `[`.
    /// - Complexity: O(bytes).
    static func parse(_ bytes: [UInt8], file: String?) throws -> [Entry] {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var line = 1, lineStart = i
        func location(_ at: Int) -> TextLocation { TextLocation(line: line, column: at - lineStart + 1) }
        func fail(_ message: String, _ at: TextLocation) -> InvalidNetwork {
            InvalidNetwork([Diagnostic(.error, "malformed GML: \(message)", file: file, location: at)])
        }
        var stack: [(key: String, entries: [Entry], location: TextLocation)] = [("", [], TextLocation(line: 1, column: 1))]
        var pendingKey: (String, TextLocation)?
        let n = bytes.count
        func isKeyStart(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 }
        func isKeyByte(_ b: UInt8) -> Bool { isKeyStart(b) || (b >= 48 && b <= 57) }
        while i < n {
            let b = bytes[i]
            if b == 0x0A { i += 1; line += 1; lineStart = i; continue }
            if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; continue }
            if b == UInt8(ascii: "#") {
                while i < n, bytes[i] != 0x0A { i += 1 }
                continue
            }
            let here = location(i)
            if b == UInt8(ascii: "]") {
                guard pendingKey == nil else { throw fail("'\(pendingKey?.0 ?? "")' has no value", pendingKey?.1 ?? here) }
                guard stack.count > 1, let closed = stack.popLast() else { throw fail("']' without '['", here) }
                stack[stack.count - 1].entries.append(Entry(key: closed.key, value: .list(closed.entries), location: closed.location))
                i += 1
                continue
            }
            guard let (key, keyLocation) = pendingKey else {
                guard isKeyStart(b) else { throw fail("expected a key, found '\(Character(Unicode.Scalar(b)))'", here) }
                let start = i
                while i < n, isKeyByte(bytes[i]) { i += 1 }
                pendingKey = (String(decoding: bytes[start..<i], as: UTF8.self), here)
                continue
            }
            pendingKey = nil
            if b == UInt8(ascii: "[") {
                stack.append((key, [], keyLocation))
                i += 1
                continue
            }
            let value: Value
            if b == UInt8(ascii: "\"") {
                i += 1
                let start = i
                while i < n, bytes[i] != UInt8(ascii: "\"") {
                    if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
                    i += 1
                }
                guard i < n else { throw fail("a string is never closed", here) }
                value = .string(decodeEntities(String(decoding: bytes[start..<i], as: UTF8.self)))
                i += 1
            } else {
                let start = i
                while i < n, !(bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == UInt8(ascii: "]")
                               || bytes[i] == UInt8(ascii: "[") || bytes[i] == UInt8(ascii: "#")) { i += 1 }
                let token = String(decoding: bytes[start..<i], as: UTF8.self)
                if let v = Int(token) { value = .integer(v) }
                else if let v = number(token) { value = .number(v) }
                else { throw fail("'\(key)' has a value that is neither a number, a string nor a list: '\(token)'", here) }
            }
            stack[stack.count - 1].entries.append(Entry(key: key, value: value, location: keyLocation))
        }
        if let (key, at) = pendingKey { throw fail("'\(key)' has no value", at) }
        if stack.count > 1, let open = stack.last { throw fail("the list '\(open.key)' is never closed", open.location) }
        return stack.first?.entries ?? []
    }

    /// A GML real: digits with a point or an exponent, `INF`, `+INF`, `-INF`, `NAN`.
    static func number(_ token: String) -> Double? {
        switch token.uppercased() {
        case "INF", "+INF": return .infinity
        case "-INF": return -.infinity
        case "NAN", "+NAN", "-NAN": return .nan
        default:
            guard token.contains(where: { $0.isNumber }), token.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) else { return nil }
            return Double(token)
        }
    }

    /// Replaces XML character references and the five named entities.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...]
            guard let semi = after.firstIndex(of: ";"), after.distance(from: amp, to: semi) <= 10 else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = after[after.index(after: amp)..<semi]
            var scalar: Unicode.Scalar?
            if name.hasPrefix("#x") || name.hasPrefix("#X") { scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
            else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
            else {
                switch name {
                case "amp": scalar = "&"
                case "quot": scalar = "\""
                case "lt": scalar = "<"
                case "gt": scalar = ">"
                case "apos": scalar = "'"
                default: scalar = nil
                }
            }
            if let scalar {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        out += rest
        return out
    }
}
