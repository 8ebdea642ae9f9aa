import Cohesion
import Foundation
import Testing

/// The YAML writer's quoting: every string Cohesion holds reads back from the YAML it writes
/// as the same string, wherever it stands (a value, an attribute key, a list item). A fuzz run
/// found a CSV whose long attribute name was written as a simple key, which YAML readers
/// refuse past 1,024 characters ("mapping values are not allowed in this context").
@Suite("YAML quoting: nasty strings round-trip")
struct YAMLQuotingTests {
    /// Pieces YAML reads specially: indicators, reserved words, numbers, dates, breaks,
    /// controls, unicode, a key too long for a simple key.
    static let fragments: [String] = [
        ": ", ":", "#", " #", "-", "- ", "?", "? ", "{", "}", "[", "]", ",", "'", "\"", "\\", "\\n",
        "null", "Null", "NULL", "~", "yes", "No", "ON", "off", "y", "n", "true", "False",
        "1", "-1", "+1", "0x1F", "0o17", "1e3", "1.5", ".5", "-.inf", ".nan", ".NaN", "1_000", "12:30", "2024-01-01",
        "\n", "\r\n", "\r", "\t", " ", "  ", "é", "🧸", "\u{2028}", "\u{2029}", "\u{85}", "\u{FEFF}", "\u{A0}",
        "&a", "*a", "!tag", "!!str", "|", ">", "%", "@", "`", "<<", "=", "---", "...", "\u{1B}", "\u{7}", "\u{7F}",
        "\u{9F}", "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}", "a", "Crèche", "x y",
        String(repeating: "k", count: 1_100), String(repeating: "é", count: 700),
    ]

    /// A reproducible generator (SplitMix64), so a failure names the same string every run.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Every fragment alone, then 3,000 concatenations of one to four fragments.
    static let strings: [String] = {
        var g = Generator(state: 20)
        var out = fragments
        for _ in 0..<3_000 {
            out.append((0...g.below(4)).map { _ in fragments[g.below(fragments.count)] }.joined())
        }
        return out
    }()

    /// A network holding `s` as a title, a name, a note, an attribute key and value, a list
    /// item (a citation) and a key of a stakeholder's attributes.
    static func network(holding s: String) -> Network {
        var n = Network(title: s, description: s)
        n.stakeholders = [
            Stakeholder(id: "a", name: s, kind: .municipality, place: s,
                        attributes: [s: .string(s), "k": .string(s)], citations: [s, "b"], note: s),
            Stakeholder(id: "b", name: "B", kind: .municipality, attributes: [s: .integer(1)]),
        ]
        n.ties = [Tie(source: "a", target: "b", kind: .funding, instrument: s, attributes: [s: .string(s)], note: s)]
        return n
    }

    @Test("each string reads back from YAML and JSON as written")
    func everyStringRoundTrips() throws {
        var failures: [String] = []
        // A string that begins with U+FEFF loses it on reading: Yams makes its strings with
        // Foundation's UTF-8 decoding, which drops a leading byte-order mark, escaped or not.
        // No writer can keep it; such strings are left out.
        for s in Self.strings where s.unicodeScalars.first != "\u{FEFF}" {
            let original = Self.network(holding: s)
            // JSON is read by the same YAML parser, which finds no key longer than 1,024
            // characters in a flow mapping, and JSON has no explicit keys: long keys are
            // checked in YAML only.
            let longKey = s.unicodeScalars.count > 1_000
            for (text, format) in [(original.yamlText(), NetworkFormat.yaml), (original.jsonText(), .json)]
                where format == .yaml || !longKey {
                let (again, diagnostics) = NetworkFile.load(bytes: Array(text.utf8), file: "q.\(format.rawValue)", format: format)
                if again != original {
                    failures.append("\(format.rawValue) \(s.debugDescription.prefix(120)): \(diagnostics.map(\.description).joined(separator: "; ").prefix(300))")
                }
            }
            if failures.count > 40 { break }
        }
        #expect(failures.isEmpty, "\(failures.count) strings do not round-trip:\n\(failures.joined(separator: "\n"))")
    }

    @Test("a key longer than a simple key is written as an explicit key and read back")
    func longKeyIsExplicit() throws {
        let key = String(repeating: "k", count: 1_100)
        let original = Self.network(holding: key)
        let text = original.yamlText()
        #expect(text.contains("? " + key + "\n"))
        let (again, diagnostics) = NetworkFile.load(bytes: Array(text.utf8), file: "q.yaml", format: .yaml)
        // The citations name no declared source (validation says so); the YAML itself reads.
        #expect(!diagnostics.contains { $0.message.hasPrefix("not valid YAML") }, "\(diagnostics)")
        #expect(again == original)
    }
}
