import Cohesion
import Foundation

/// The text a diagram shows: names made visible, cut to a limit and wrapped; numbers for
/// people.
///
/// Every piece of text a ``NetworkDiagram`` takes from a network (names, places, instruments,
/// attribute values, titles) goes through ``visible(_:limit:)`` first: control characters,
/// which SVG (XML) cannot hold and terminals would obey, are shown as the Unicode control
/// pictures (ESC as `␛`, BEL as `␇`, DEL as `␡`), line breaks stay, and a text longer than the
/// limit is cut with "…".
///
/// ```swift
/// DiagramText.visible("Crèche\u{1b}[1m", limit: 60)              // "Crèche␛[1m"
/// DiagramText.wrap("CAF de Loire-Atlantique", width: 18)        // "CAF de\nLoire-Atlantique"
/// DiagramText.number(12500)                                     // "12 500"
/// ```
///
/// - Complexity: Each function is linear in the length of its text.
public enum DiagramText {
    /// The text with control characters as visible pictures, carriage returns dropped, tabs as
    /// spaces, and at most `limit` characters (the last one "…" when cut).
    public static func visible(_ text: String, limit: Int = .max) -> String {
        var out = ""
        var count = 0
        let cut = max(limit, 1)
        for character in text {
            if count >= cut { break }
            if character == "\r\n" || character == "\n" { out.append("\n"); count += 1; continue }
            var piece = ""
            for scalar in character.unicodeScalars {
                switch scalar.value {
                case 0x0d: continue
                case 0x09: piece.append(" ")
                case 0x00..<0x20: piece.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{fffd}")
                case 0x7f: piece.append("\u{2421}")
                case 0x80..<0xa0, 0xfffe, 0xffff: piece.append("\u{fffd}")
                default: piece.unicodeScalars.append(scalar)
                }
            }
            out += piece
            count += 1
        }
        if count >= cut && out.count < text.count {
            if !out.isEmpty { out.removeLast() }
            out.append("…")
        }
        return out
    }

    /// The name a diagram writes on a node when labels are short: the name without its
    /// explanation, so labels stay legible once a figure is fitted to a page.
    ///
    /// A parenthesised part is dropped ("CNAF (national family allowance fund)" → "CNAF"), so is
    /// a description after a comma ("Lise Daleux, deputy mayor…" → "Lise Daleux"), as long as
    /// at least two characters remain; what is left longer than `limit` characters is cut at a
    /// space with "…" (the rule of `NameText`, shared with the report's diagram to explore).
    /// The full name stays in the node's tooltip and `fullname` attribute.
    ///
    /// ```swift
    /// DiagramText.shortName("PMI du Nord (maternal and child health service)")   // "PMI du Nord"
    /// ```
    public static func shortName(_ name: String, limit: Int = 32) -> String {
        NameText.short(name, limit: limit)
    }

    /// A name broken into lines of at most `width` characters at spaces (a longer word keeps
    /// its own line); explicit line breaks are kept.
    public static func wrap(_ name: String, width: Int) -> String {
        guard width > 0, name.count > width else { return name }
        var lines: [String] = []
        for paragraph in name.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineLength = 0
            for word in paragraph.split(separator: " ") {
                let length = word.count
                if line.isEmpty {
                    line = String(word)
                    lineLength = length
                } else if lineLength + 1 + length <= width {
                    line += " " + word
                    lineLength += 1 + length
                } else {
                    lines.append(line)
                    line = String(word)
                    lineLength = length
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Names joined with commas into lines of about `width` characters.
    public static func lines(joining names: [String], width: Int = 40) -> [String] {
        var lines: [String] = []
        var line = ""
        for name in names {
            let piece = line.isEmpty ? name : ", " + name
            if !line.isEmpty && line.count + piece.count > width {
                lines.append(line + ",")
                line = name
            } else {
                line += piece
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A number for people: integers with thin grouping, others to three significant digits.
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return "n/a" }
        if x == x.rounded() && abs(x) < 1e15 {
            let digits = String(Int(abs(x)))
            var grouped = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { grouped += " " }
                grouped.append(c)
            }
            return (x < 0 ? "-" : "") + grouped
        }
        return NumberText.significant(x, digits: 3)
    }

    /// A length rounded to thousandths, so DOT stays short and deterministic.
    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
