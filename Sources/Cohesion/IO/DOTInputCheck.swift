import Foundation

/// Checks DOT text before Graphviz parses it, and places Graphviz's messages.
///
/// Graphviz's scanner takes time quadratic in the length of one token, so a 10 MB id took
/// 40 s to refuse; every token (an ID, a quoted string, an HTML string) longer than
/// ``ReadLimits/maximumTokenLength`` bytes is refused here first, at its line and column.
/// Graphviz's own errors say `syntax error in line N` inside their text; ``diagnostic(_:file:)``
/// turns that into a `FILE:LINE:COL` diagnostic.
///
/// ```swift
/// let problems = DOTInputCheck.check(Array("digraph { a -> b }".utf8), file: "g.gv")   // []
/// ```
///
/// - Complexity: O(bytes).
public enum DOTInputCheck {
    /// Errors for tokens over the length limit, in file order (at most one per token).
    public static func check(_ bytes: [UInt8], file: String?) -> [Diagnostic] {
        let limit = ReadLimits.maximumTokenLength
        var found: [Diagnostic] = []
        var line = 1, column = 1
        var i = 0
        let n = bytes.count
        func advance() {
            if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        func report(_ what: String, _ start: Int, _ at: TextLocation) {
            found.append(Diagnostic(.error, "\(what) of \(i - start) bytes is longer than Cohesion reads (\(limit))",
                                    file: file, location: at))
        }
        func isIDByte(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2E || b >= 0x80
        }
        while i < n {
            let b = bytes[i]
            let start = i, at = TextLocation(line: line, column: column)
            if b == 0x22 {  // "quoted string", with \" escapes
                advance()
                while i < n && bytes[i] != 0x22 {
                    if bytes[i] == 0x5C && i + 1 < n { advance() }
                    advance()
                }
                if i < n { advance() }
                if i - start > limit { report("a quoted string", start, at) }
            } else if b == 0x3C {  // <HTML string>, nested
                var depth = 0
                repeat {
                    if bytes[i] == 0x3C { depth += 1 } else if bytes[i] == 0x3E { depth -= 1 }
                    advance()
                } while i < n && depth > 0
                if i - start > limit { report("an HTML string", start, at) }
            } else if b == 0x2F && i + 1 < n && bytes[i + 1] == 0x2A {  // /* comment */
                advance(); advance()
                while i < n && !(bytes[i] == 0x2A && i + 1 < n && bytes[i + 1] == 0x2F) { advance() }
                if i < n { advance(); advance() }
            } else if (b == 0x2F && i + 1 < n && bytes[i + 1] == 0x2F) || (b == 0x23 && column == 1) {  // // or # line
                while i < n && bytes[i] != 0x0A { advance() }
            } else if isIDByte(b) {
                while i < n && isIDByte(bytes[i]) { advance() }
                if i - start > limit { report("an ID", start, at) }
            } else {
                advance()
            }
        }
        return found
    }

    /// A Graphviz message as a diagnostic, at the line it names (`syntax error in line 3`).
    public static func diagnostic(_ message: String, file: String?) -> Diagnostic {
        var text = message
        var location: TextLocation?
        if let range = text.range(of: "in line ") {
            let digits = text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if let line = Int(digits) {
                location = TextLocation(line: line, column: 1)
                text.removeSubrange(range.lowerBound..<text.index(range.upperBound, offsetBy: digits.count))
            }
        }
        // "Error: FILE: syntax error  near 'x'" → "syntax error near 'x'"
        if let file, let r = text.range(of: "Error: \(file): ") { text.removeSubrange(r) }
        text = text.replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        return Diagnostic(.error, text, file: file, location: location)
    }
}
