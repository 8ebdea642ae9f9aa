import Foundation
import Testing

/// Issue 20's corpus, generated: malformed and hostile files in every format the tool reads,
/// run through every subcommand that reads a network. Each run must fail with status 1 (never
/// a trap or a signal), print only one-line `FILE[:LINE:COL]: error|warning: …` messages that
/// name the file, and leave an existing output file untouched.
@Suite("Hostile input corpus, end to end")
struct HostileCorpusTests {
    /// A bad file: its name (the extension picks the reader) and bytes.
    struct Case {
        var name: String
        var bytes: [UInt8]
        init(_ name: String, _ text: String) { self.name = name; bytes = Array(text.utf8) }
        init(_ name: String, bytes: [UInt8]) { self.name = name; self.bytes = bytes }
    }

    static let badUTF8: [UInt8] = [0xC3, 0x28, 0xFF]

    static let corpus: [Case] = {
        var cases: [Case] = [
            // Native YAML and JSON.
            Case("years.yaml", "network:\n  firstYear: -9223372036854775808\n  lastYear: 9223372036854775807\nstakeholders:\n  - {id: a, kind: municipality}\nties: []\n"),
            Case("dupkey.yaml", "title: a\nstakeholders: []\ntitle: b\n"),
            Case("control.yaml", "title: a\u{7}b\nstakeholders: []\n"),
            Case("nanweight.yaml", "stakeholders:\n  - {id: a, kind: municipality}\n  - {id: b, kind: municipality}\nties:\n  - {source: a, target: b, kind: contracting, weight: .nan}\n"),
            Case("longid.yaml", "stakeholders:\n  - {id: \(String(repeating: "x", count: 20_000)), kind: municipality}\n"),
            Case("truncated.json", "{\"stakeholders\": [{\"id\": \"a\", "),
            Case("yearspan.json", "{\"stakeholders\": [{\"id\": \"a\", \"kind\": \"municipality\"}], \"ties\": [], \"network\": {\"firstYear\": 1, \"lastYear\": 99999999}}"),
            // CSV.
            Case("ragged.csv", "source,target,weight\na,b,1\nc,d\n"),
            Case("badweight.csv", "source,target,weight\na,b,-inf\n"),
            Case("bigyear.csv", "source,target,firstYear\na,b,99999999999\n"),
            // GraphML.
            Case("nan.graphml", "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<graph><node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">NaN</data></edge></graph></graphml>\n"),
            Case("xxe.graphml", "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<graphml><graph><node id=\"&x;\"/></graph></graphml>\n"),
            Case("unclosed.graphml", "<graphml>\n<graph>\n<node id=\"a\">\n"),
            // Node-link JSON.
            Case("inf.json", "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n\"links\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": 1e999}]}"),
            Case("dupnode.json", "{\"nodes\": [{\"id\": \"a\"},\n{\"id\": \"a\"}], \"links\": []}"),
            // DL.
            Case("bomb.dl", "dl n=2 nm=1000000000\ndata:\n0 1\n1 0\n"),
            Case("bign.dl", "dl n=100000000\nformat = edgelist1\ndata:\n1 2\n"),
            Case("short.dl", "dl n=1000 nm=1000\ndata:\n0 1\n"),
            Case("duplabel.dl", "dl n=2\nlabels:\na,a\ndata:\n0 1\n1 0\n"),
            Case("nan.dl", "dl n=2 format=edgelist1\r\ndata:\r\n1 2 nan\r\n"),
            Case("keyword.dl", "dl n=2\nbogus = 3\ndata:\n0 1\n1 0\n"),
            // Pajek.
            Case("vertices.net", "*Vertices 99999999999999999999\n"),
            Case("range.net", "*Vertices 2\r\n*Arcs\r\n1 3\r\n"),
            Case("inf.net", "\u{FEFF}*Vertices 2\n*Edges\n1 2 inf\n"),
            // DOT.
            Case("syntax.gv", "digraph {\n  a -> b\n  c -> ]\n}\n"),
            Case("longid.gv", "digraph {\n  \"" + String(repeating: "y", count: 200_000) + "\" -> b\n}\n"),
            Case("html.gv", "\u{FEFF}digraph {\n  a [label=<\(String(repeating: "<b>", count: 30_000))>]\n}\n"),
        ]
        // Invalid UTF-8 in every format.
        for ext in ["yaml", "json", "csv", "graphml", "dl", "net", "gv"] {
            let head: String = switch ext {
            case "yaml": "title: "
            case "json": "{\"title\": \""
            case "csv": "source,target\na,"
            case "graphml": "<graphml><graph><node id=\""
            case "dl": "dl n=1\nlabels:\n"
            case "net": "*Vertices 1\n1 \""
            default: "digraph { \""
            }
            cases.append(Case("utf8.\(ext)", bytes: Array(head.utf8) + badUTF8 + Array("\n".utf8)))
        }
        return cases
    }()

    /// The subcommands run on each file: `IN` is the file, `OUT` an output path that exists.
    static let commands: [[String]] = [
        ["validate", "IN"], ["info", "IN"], ["centrality", "IN"], ["convert", "IN", "OUT.yaml"],
        ["report", "--no-diagrams", "-o", "OUT.html", "IN"],
    ]

    /// A diagnostic line: the file, an optional line and column, a severity, one line of text.
    static func isDiagnostic(_ line: Substring, file: String) -> Bool {
        guard line.hasPrefix(file) else { return false }
        var rest = line.dropFirst(file.count)
        if rest.hasPrefix(": ") {
            rest = rest.dropFirst(1)
        } else if rest.hasPrefix(":"), let space = rest.firstIndex(of: " ") {
            let place = rest[rest.index(after: rest.startIndex)..<space].dropLast()  // "12:3"
            let parts = place.split(separator: ":")
            guard parts.count == 2, parts.allSatisfy({ Int($0) != nil }) else { return false }
            rest = rest[space...]
        } else {
            return false
        }
        return (rest.hasPrefix(" error: ") || rest.hasPrefix(" warning: ")) && line.count <= 600
    }

    @Test("every bad file fails cleanly in every subcommand, naming its place, writing nothing")
    func corpus() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var failures: [String] = []
        var runs = 0
        for c in Self.corpus {
            let path = dir.appendingPathComponent(c.name).path
            try Data(c.bytes).write(to: URL(fileURLWithPath: path))
            for command in Self.commands {
                let out = dir.appendingPathComponent("out-\(c.name)").path
                let arguments = command.map { $0 == "IN" ? path : $0.hasPrefix("OUT") ? out + $0.dropFirst(3) : $0 }
                let outputs = arguments.filter { $0.hasPrefix(out) }
                for o in outputs { try Data("SENTINEL".utf8).write(to: URL(fileURLWithPath: o)) }
                let result = try ToolRunner.run(arguments)
                runs += 1
                let what = "\(command[0]) \(c.name)"
                if result.status != 1 { failures.append("\(what): exit status \(result.status)") }
                let lines = result.stderr.split(separator: "\n")
                if lines.isEmpty { failures.append("\(what): nothing on standard error") }
                for line in lines where !Self.isDiagnostic(line, file: path) {
                    failures.append("\(what): not FILE:LINE:COL: \(line.prefix(200))")
                }
                if result.stderr.utf8.count > 5_000 { failures.append("\(what): \(result.stderr.utf8.count) bytes of messages") }
                for o in outputs where (try? String(contentsOfFile: o, encoding: .utf8)) != "SENTINEL" {
                    failures.append("\(what): \(o) was changed")
                }
            }
        }
        #expect(runs == Self.corpus.count * Self.commands.count)
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) of \(runs) runs:\n" + failures.joined(separator: "\n")))
    }

    @Test("evolution --from/--to at the ends of Int fails with a message, not a trap")
    func evolutionExtremes() throws {
        let path = ToolRunner.packageRoot.appendingPathComponent("Networks/nantes.yaml").path
        for (from, to) in [("-100", "9223372036854775807"), ("-9223372036854775808", "9223372036854775807"), ("1000", "3000")] {
            let result = try ToolRunner.run(["evolution", path, "--from=\(from)", "--to=\(to)"])
            #expect(result.status == 1, "\(from)…\(to): \(result.stderr)")
            #expect(result.stderr.hasPrefix("error: \(path): invalid parameter: the years \(from) to \(to) span more than 500 years"), "\(result.stderr)")
        }
    }

    @Test("report on a network dated over 2,000 years writes the last 500, naming the file")
    func reportLongSpan() throws {
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("long.yaml").path
        try """
            network:
              firstYear: 1000
              lastYear: 3000
            stakeholders:
              - {id: a, kind: municipality}
              - {id: b, kind: municipality}
            ties:
              - {source: a, target: b, kind: contracting, firstYear: 1000, lastYear: 3000}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("r.html").path
        let result = try ToolRunner.run(["report", "--no-diagrams", "-o", out, path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(path): warning: the years 1000 to 3000 span more than 500; the evolution section shows 2501 to 3000"))
        #expect(FileManager.default.fileExists(atPath: out))
    }
}
