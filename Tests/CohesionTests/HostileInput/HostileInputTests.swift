import Cohesion
import Foundation
import Testing

/// Issue 20: hostile and malformed input is refused with a located one-line message, never a
/// trap, a memory bomb or a silent change of meaning.
@Suite("Hostile input")
struct HostileInputTests {
    func load(_ text: String, _ format: NetworkFormat, file: String = "f",
              options: NetworkReadOptions = NetworkReadOptions()) -> (Network?, [Diagnostic]) {
        NetworkFile.load(bytes: Array(text.utf8), file: file, format: format, options: options)
    }

    func load(bytes: [UInt8], _ format: NetworkFormat, file: String = "f") -> (Network?, [Diagnostic]) {
        NetworkFile.load(bytes: bytes, file: file, format: format)
    }

    /// Options whose DOT reader is `read` (the Graphviz one lives in another module).
    func dotOptions(_ read: @escaping @Sendable ([UInt8], String) throws -> Network) -> NetworkReadOptions {
        var registry = FormatRegistry.builtIn
        registry.add(NetworkFormat.dot.with(reader: NetworkFormat.validating { bytes, file, _ in try read(bytes, file) }))
        return NetworkReadOptions(formats: registry)
    }

    // MARK: 1. Years

    @Test func extremeYearsAreValidationErrorsAtTheirPlace() {
        let yaml = """
            network:
              firstYear: -9223372036854775808
              lastYear: 9223372036854775807
            stakeholders:
              - {id: a, kind: municipality}
              - {id: b, kind: municipality}
            ties:
              - {source: a, target: b, kind: contracting, firstYear: 2020, lastYear: 99999}
            """
        let (_, diagnostics) = load(yaml, .yaml, file: "years.yaml")
        let years = diagnostics.filter { $0.message.contains("outside the years Cohesion reads") }
        #expect(years.count == 3)
        #expect(years.allSatisfy { $0.file == "years.yaml" && $0.location != nil && $0.severity == .error })
        #expect(years.map { $0.location?.line } == [2, 3, 8])
    }

    @Test func evolutionOfAnyRangeThrowsInsteadOfTrapping() throws {
        var network = Network()
        network.stakeholders = [Stakeholder(id: "a", kind: .municipality), Stakeholder(id: "b", kind: .municipality)]
        network.ties = [Tie(source: "a", target: "b", kind: .contracting, firstYear: 2020)]
        for span in [Int.min...Int.max, -100...Int.max, Int.min...0, 1000...3000, 0...500] {
            #expect(throws: CoalitionError.self) { try NetworkEvolution(network, years: span) }
        }
        #expect(NetworkEvolution.spanLength(Int.min...Int.max) == nil)
        #expect(NetworkEvolution.spanLength(2000...2499) == 500)
        #expect(try NetworkEvolution(network, years: 2020...2021).years == [2020, 2021])
    }

    // MARK: 3. Sizes from headers

    @Test func dlMatrixCountIsCappedBeforeAnythingIsAllocated() {
        let (network, diagnostics) = load("dl n=2 nm=1000000000\ndata:\n0 1\n1 0\n", .dl, file: "bomb.dl")
        #expect(network == nil)
        #expect(diagnostics.map(\.description) == ["bomb.dl:1:1: error: nm = 1000000000 is more matrices than Cohesion reads (1000)"])
    }

    @Test func dlFullMatrixSizeMustBePresentInTheFile() {
        let start = Date()
        let (network, diagnostics) = load("dl n=1000000 nm=1000\ndata:\n0 1\n", .dl, file: "big.dl")
        #expect(network == nil)
        #expect(diagnostics.first?.message.contains("fewer than 1000 matrices of 1000000×1000000 need") == true)
        #expect(diagnostics.first?.location?.line == 2)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(load("dl n=0 nm=1000\ndata:\n", .dl).1.filter { $0.severity == .error }.isEmpty)
    }

    @Test func declaredNodeCountsAreCapped() {
        let dl = load("dl n=20000000 format=edgelist1\ndata:\n1 2\n", .dl, file: "n.dl").1
        #expect(dl.first?.description == "n.dl:1:1: error: n = 20000000 is more nodes than Cohesion reads (1000000)")
        let pajek = load("*Vertices 20000000\n", .pajek, file: "n.net").1
        #expect(pajek.first?.description.hasPrefix("n.net:1:1: error: *Vertices needs the number of vertices (at most 1000000)") == true)
    }

    // MARK: 5. Line endings and byte-order marks

    @Test func pajekAndDLReadCRLFAndABOM() throws {
        let bom = "\u{FEFF}"
        for text in ["*Vertices 2\r\n1 \"a\"\r\n2 \"b\"\r\n*Arcs\r\n1 2 2.5\r\n", bom + "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 2 2.5\n",
                     bom + "*Vertices 2\r\n1 \"a\"\r\n2 \"b\"\r\n*Arcs\r\n1 2 2.5\r\n"] {
            let (network, diagnostics) = load(text, .pajek)
            #expect(diagnostics.isEmpty)
            #expect(network?.stakeholders.map(\.id) == ["a", "b"])
            #expect(network?.ties.first?.weight == 2.5)
        }
        for text in ["dl n=2\r\nformat = edgelist1\r\nlabels:\r\nx,y\r\ndata:\r\n1 2 3\r\n", bom + "dl n=2\nformat = edgelist1\nlabels:\nx,y\ndata:\n1 2 3\n",
                     bom + "DL N=2\r\ndata:\r\n0 1\r\n1 0\r\n"] {
            let (network, diagnostics) = load(text, .dl)
            #expect(diagnostics.isEmpty, "\(diagnostics)")
            #expect(network?.stakeholders.count == 2)
            #expect(network?.ties.count == 1)
        }
    }

    @Test func aDOTReaderNeverSeesTheBOM() {
        let seen = LockedBytes()
        let options = dotOptions { bytes, _ in
            seen.set(bytes)
            return Network(stakeholders: [Stakeholder(id: "a", kind: .municipality)])
        }
        _ = load("\u{FEFF}digraph { a }\r\n", .dot, options: options)
        #expect(seen.get() == Array("digraph { a }\r\n".utf8))
    }

    // MARK: 6. Messages

    @Test func aDuplicateKeyInABigYAMLFileGivesOneShortLine() {
        var yaml = "title: a\nstakeholders:\n"
        for i in 0..<20_000 { yaml += "  - {id: s\(i), kind: municipality, note: \"\(String(repeating: "x", count: 200))\"}\n" }
        yaml += "title: b\n"
        #expect(yaml.utf8.count > 4_000_000)
        let (_, diagnostics) = load(yaml, .yaml, file: "big.yaml")
        #expect(diagnostics.count == 1)
        let text = diagnostics.map(\.description).joined(separator: "\n")
        #expect(text.utf8.count < 200)
        #expect(text.hasPrefix("big.yaml:"), "\(text)")
        #expect(text.contains("duplicate key 'title'"))
        #expect(!text.contains("\n"))
    }

    @Test func aControlCharacterIsPlacedByLineAndColumn() {
        let (_, diagnostics) = load("title: a\nplace: b\u{1}c\nstakeholders: []\n", .yaml, file: "ctl.yaml")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.file == "ctl.yaml")
        #expect(diagnostics.first?.location == TextLocation(line: 2, column: 9))
        #expect(diagnostics.first?.message.contains("control characters are not allowed") == true)
    }

    @Test func messagesAreOneBoundedLine() {
        let d = Diagnostic(.error, "unknown '\(String(repeating: "é", count: 10_000))'\nsecond line\u{1B}[31m", file: "f")
        #expect(!d.description.contains("\n") && !d.description.contains("\u{1B}"))
        #expect(d.message.count < Diagnostic.maximumMessageLength + 40)
        #expect(d.message.hasSuffix("more characters)"))
        #expect(Diagnostic(.error, "a\tb\u{1B}").message == "a\\tb\\u{1B}")
    }

    @Test func dlDuplicateLabelsNameTheFileAndLine() {
        let (_, diagnostics) = load("dl n=3\nlabels:\na\nb\na\ndata:\n0 1 0\n1 0 1\n0 1 0\n", .dl, file: "dup.dl")
        #expect(diagnostics.map(\.description) == ["dup.dl:5:1: error: duplicate node id 'a'"])
    }

    @Test func graphvizMessagesBecomeLocatedDiagnostics() {
        let d = DOTInputCheck.diagnostic("Graphviz could not read the DOT: Error: g.gv: syntax error in line 3 near ']'", file: "g.gv")
        #expect(d.description == "g.gv:3:1: error: Graphviz could not read the DOT: syntax error near ']'")
        let failing = dotOptions { _, _ in
            throw ReaderFailure(text: "Graphviz could not read the DOT: Error: g.gv: syntax error in line 2 near '->'")
        }
        let (network, diagnostics) = load("digraph {\n -> }", .dot, file: "g.gv", options: failing)
        #expect(network == nil)
        #expect(diagnostics.map(\.description) == ["g.gv:2:1: error: Graphviz could not read the DOT: syntax error near '->'"])
    }

    // MARK: 7. Long strings

    @Test func aTenMegabyteDOTIdIsRefusedBeforeGraphvizSeesIt() {
        let called = LockedBytes()
        let options = dotOptions { bytes, _ in called.set(bytes); return Network() }
        let start = Date()
        let text = "digraph {\n  a -> \"" + String(repeating: "x", count: 10_000_000) + "\"\n}\n"
        let (network, diagnostics) = load(text, .dot, file: "long.gv", options: options)
        #expect(network == nil && called.get() == nil)
        #expect(diagnostics.map(\.description) == ["long.gv:2:8: error: a quoted string of 10000002 bytes is longer than Cohesion reads (65536)"])
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func overlongIdsAreValidationErrors() {
        let id = String(repeating: "x", count: ReadLimits.maximumNameLength + 1)
        let (_, diagnostics) = load("stakeholders:\n  - id: \(id)\n    kind: municipality\n", .yaml, file: "id.yaml")
        #expect(diagnostics.map(\.description) == ["id.yaml:2:9: error: stakeholder id of 10001 bytes is longer than Cohesion reads (10000)"])
    }

    // MARK: 8. Weights and encodings

    @Test func foreignWeightFieldsAreWeights() throws {
        let graphml = """
            <graphml><key id="w" for="edge" attr.name="Weight" attr.type="double"/>
            <graph edgedefault="directed"><node id="a"/><node id="b"/>
            <edge source="a" target="b"><data key="w">2.5</data></edge></graph></graphml>
            """
        #expect(load(graphml, .graphml).0?.ties.first?.weight == 2.5)
        let d3 = #"{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "value": 4}]}"#
        #expect(load(d3, .nodeLink).0?.ties.first?.weight == 4)
        #expect(load("dl n=2 format=edgelist1\ndata:\n1 2 3.5\n", .dl).0?.ties.first?.weight == 3.5)
        #expect(load("*Vertices 2\n*Arcs\n1 2 1.5\n", .pajek).0?.ties.first?.weight == 1.5)
    }

    @Test func nonFiniteWeightsAreErrorsAndNegativeOnesWarnings() {
        let cases: [(String, NetworkFormat, Int)] = [
            ("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<graph><node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">NaN</data></edge></graph></graphml>", .graphml, 3),
            ("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n \"links\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": 1e999}]}", .nodeLink, 2),
            ("dl n=2 format=edgelist1\ndata:\n1 2 inf\n", .dl, 3),
            ("*Vertices 2\n*Edges\n1 2 nan\n", .pajek, 3),
        ]
        for (text, format, line) in cases {
            let (network, diagnostics) = load(text, format, file: "w")
            #expect(network == nil, "\(format)")
            #expect(diagnostics.count == 1 && diagnostics[0].severity == .error, "\(format): \(diagnostics)")
            #expect(diagnostics.first?.location?.line == line && diagnostics.first?.file == "w", "\(format): \(diagnostics)")
            #expect(diagnostics.first?.message.hasPrefix("weight must be a finite number") == true)
        }
        let (network, diagnostics) = load("*Vertices 2\n*Edges\n1 2 -3\n", .pajek, file: "neg.net")
        #expect(network?.ties.first?.weight == nil)
        #expect(diagnostics.map(\.description) == ["neg.net:3:1: warning: weight -3.0 is below zero: kept as the attribute 'weight', so the tie is unweighted (a negative tie kind marks negative ties)"])
    }

    @Test func invalidUTF8IsRefusedWithItsPositionInEveryFormat() {
        let formats: [(NetworkFormat, [UInt8])] = [
            (.yaml, Array("title: a\nplace: b".utf8) + [0xFF] + Array("\n".utf8)),
            (.json, Array("{\n\"title\": \"b".utf8) + [0xFF] + Array("\"}".utf8)),
            (.csv, Array("source,target\na,b".utf8) + [0xFF] + Array("\n".utf8)),
            (.graphml, Array("<graphml>\n<graph><node id=\"b".utf8) + [0xFF] + Array("\"/></graph></graphml>".utf8)),
            (.dl, Array("dl n=1\nlabels: b".utf8) + [0xFF] + Array("\ndata:\n0\n".utf8)),
            (.pajek, Array("*Vertices 1\n1 \"b".utf8) + [0xFF] + Array("\"\n".utf8)),
            (.nodeLink, Array("{\"nodes\": [],\n\"links\": [], \"x\": \"b".utf8) + [0xFF] + Array("\"}".utf8)),
        ]
        for (format, bytes) in formats {
            let (network, diagnostics) = load(bytes: bytes, format, file: "bad")
            #expect(network == nil, "\(format)")
            #expect(diagnostics.count == 1, "\(format): \(diagnostics)")
            #expect(diagnostics.first?.location?.line == 2, "\(format): \(diagnostics)")
            #expect(diagnostics.first?.message.hasPrefix("the file is not valid UTF-8 text: invalid byte (0xFF) at byte") == true)
        }
    }

    @Test func twoBadDLLabelsNeverMerge() throws {
        let bytes = Array("dl n=2 format=edgelist1\nlabels embedded\ndata:\n".utf8) + [0xFF, 0x20, 0x61, 0x0A, 0xFE, 0x20, 0x61, 0x0A]
        let (network, diagnostics) = load(bytes: bytes, .dl, file: "labels.dl")
        #expect(network == nil)
        #expect(diagnostics.first?.location == TextLocation(line: 4, column: 1))
        // Through the public reader too.
        #expect(throws: InvalidNetwork.self) { try DLReader.read(bytes: bytes, file: "labels.dl") }
    }
}

/// A failure whose description is a Graphviz message.
struct ReaderFailure: Error, CustomStringConvertible {
    var text: String
    var description: String { text }
}

/// Bytes shared with a `@Sendable` reader closure.
final class LockedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8]?
    func set(_ b: [UInt8]) { lock.lock(); bytes = b; lock.unlock() }
    func get() -> [UInt8]? { lock.lock(); defer { lock.unlock() }; return bytes }
}
