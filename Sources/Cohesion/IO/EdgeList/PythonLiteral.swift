/// The Python literals NetworkX's `write_edgelist` prints after each edge: a flat dictionary
/// of quoted keys to numbers, strings, `True`, `False` or `None`.
enum PythonLiteral {
    /// The entries of `{'weight': 2.0, 'kind': 'funding'}`, or nil when the text is not one.
    ///
    /// - Complexity: O(length).
    static func dictionary(_ text: String) -> [(String, AttributeValue)]? {
        let chars = Array(text)
        var i = 0
        func skip() { while i < chars.count, chars[i].isWhitespace { i += 1 } }
        func string() -> String? {
            guard i < chars.count, chars[i] == "'" || chars[i] == "\"" else { return nil }
            let quote = chars[i]
            i += 1
            var out = ""
            while i < chars.count, chars[i] != quote {
                if chars[i] == "\\", i + 1 < chars.count {
                    i += 1
                    switch chars[i] {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    default: out.append(chars[i])
                    }
                } else {
                    out.append(chars[i])
                }
                i += 1
            }
            guard i < chars.count else { return nil }
            i += 1
            return out
        }
        skip()
        guard i < chars.count, chars[i] == "{" else { return nil }
        i += 1
        var entries: [(String, AttributeValue)] = []
        skip()
        if i < chars.count, chars[i] == "}" { i += 1; skip(); return i == chars.count ? entries : nil }
        while true {
            skip()
            guard let key = string() else { return nil }
            skip()
            guard i < chars.count, chars[i] == ":" else { return nil }
            i += 1
            skip()
            if let s = string() {
                entries.append((key, .string(s)))
            } else {
                var token = ""
                while i < chars.count, chars[i] != ",", chars[i] != "}", !chars[i].isWhitespace { token.append(chars[i]); i += 1 }
                switch token {
                case "True": entries.append((key, .bool(true)))
                case "False": entries.append((key, .bool(false)))
                case "None": break
                default:
                    if let v = Int(token) { entries.append((key, .integer(v))) }
                    else if let v = Double(token) { entries.append((key, .number(v))) }
                    else { return nil }
                }
            }
            skip()
            guard i < chars.count else { return nil }
            if chars[i] == "," { i += 1; continue }
            if chars[i] == "}" { i += 1; break }
            return nil
        }
        skip()
        return i == chars.count ? entries : nil
    }
}
