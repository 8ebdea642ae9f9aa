/// Writes a ``JSONValue`` as block-style YAML that reads back to the same values.
///
/// Strings stay plain where YAML would read them back as the same string, and are
/// double-quoted (with JSON escapes, which YAML shares) where they could be taken for a
/// number, a boolean, a null, a date or syntax.
enum YAMLText {
    static func text(_ value: JSONValue) -> String {
        var out = ""
        writeBlock(value, indent: 0, to: &out)
        return out
    }

    private static func writeBlock(_ value: JSONValue, indent: Int, to out: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let members) where !members.isEmpty:
            for (key, member) in members {
                out += pad + keyText(key, pad: pad)
                writeValue(member, indent: indent, to: &out)
            }
        case .array(let items) where !items.isEmpty:
            for item in items {
                out += pad + "-"
                if case .object(let members) = item, !members.isEmpty {
                    // The first member shares the dash's line; the rest align under it.
                    var first = true
                    for (key, member) in members {
                        out += (first ? " " : pad + "  ") + keyText(key, pad: pad + "  ")
                        writeValue(member, indent: indent + 2, to: &out)
                        first = false
                    }
                } else {
                    writeValue(item, indent: indent, to: &out)
                }
            }
        default:
            out += pad + (inline(value) ?? "null") + "\n"
        }
    }

    /// Writes what follows `key:` or `-`: inline when it fits, else a nested block.
    private static func writeValue(_ value: JSONValue, indent: Int, to out: inout String) {
        if let text = inline(value) {
            out += " " + text + "\n"
            return
        }
        out += "\n"
        writeBlock(value, indent: indent + 2, to: &out)
    }

    /// A one-line form for scalars, empty or short scalar collections; nil when a block reads better.
    private static func inline(_ value: JSONValue) -> String? {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d): return numberText(d)
        case .string(let s): return scalar(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            let parts = items.compactMap { item -> String? in
                if case .object = item { return nil }
                if case .array = item { return nil }
                return inlineFlow(item)
            }
            guard parts.count == items.count else { return nil }
            let text = "[" + parts.joined(separator: ", ") + "]"
            return text.count <= 80 ? text : nil
        case .object(let members):
            if members.isEmpty { return "{}" }
            guard members.count <= 4 else { return nil }
            var parts: [String] = []
            for (key, member) in members {
                switch member {
                case .object, .array: return nil
                default: break
                }
                guard let text = inlineFlow(member), let k = flowSafe(key) else { return nil }
                parts.append(k + ": " + text)
            }
            let text = "{" + parts.joined(separator: ", ") + "}"
            return text.count <= 80 ? text : nil
        }
    }

    private static func inlineFlow(_ value: JSONValue) -> String? {
        if case .string(let s) = value { return flowSafe(s) ?? quoted(s) }
        return inline(value)
    }

    private static func numberText(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        var text = String(d)
        // YAML 1.1 floats need a dot before the exponent: 1e+20 would read back as a string.
        if !text.contains("."), let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            text.insert(contentsOf: ".0", at: e)
        }
        return text
    }

    static func scalar(_ s: String) -> String { isPlainSafe(s) ? s : quoted(s) }

    /// The longest key written as a simple key (`key:`). YAML readers look for the `:` of a
    /// simple key within 1,024 characters of its start (libyaml, which Yams uses, then
    /// reports "mapping values are not allowed in this context"), so a longer key is written
    /// as an explicit key: `? key` on its line, then `:` and the value.
    static let longestSimpleKey = 1_000

    /// A mapping key and its colon, as a simple key or, when long, an explicit one
    /// (`? key`, a line break, `pad` and `:`); the value follows.
    private static func keyText(_ key: String, pad: String) -> String {
        let text = scalar(key)
        return text.utf8.count <= longestSimpleKey ? text + ":" : "? " + text + "\n" + pad + ":"
    }

    /// Plain inside `[…]` or `{…}`: also without flow indicators, and without `:`, which
    /// libyaml refuses inside a plain scalar in flow context ("found unexpected ':'").
    private static func flowSafe(_ s: String) -> String? {
        isPlainSafe(s) && !s.contains(where: { ",[]{}:".contains($0) }) ? s : nil
    }

    static func quoted(_ s: String) -> String {
        var out = ""
        JSONValue.writeString(s, to: &out)
        return out
    }

    private static let reserved: Set<String> = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
        // YAML 1.1's merge and value keys.
        "<<", "=",
    ]

    /// Whether a string can be written without quotes and read back as the same string.
    static func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        if reserved.contains(s.lowercased()) { return false }
        if "-?:,[]{}#&*!|>'\"%@`0123456789+. \t".unicodeScalars.contains(first) { return false }
        if last == " " || last == "\t" || last == ":" { return false }
        if s.contains(": ") || s.contains(" #") { return false }
        for c in s.unicodeScalars where c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c.value == 0xFEFF
            || c.value == 0xFFFE || c.value == 0xFFFF
            || c.value == 0x2028 || c.value == 0x2029 || c.value == 0xA0 {
            return false
        }
        return true
    }
}
