import Cohesion
import Foundation
import Testing

/// Inputs the libFuzzer targets (Fuzz/run) found, kept as fixtures under `Fixtures/fuzz/`:
/// each once trapped, or was accepted and then written as a file Cohesion refused.
@Suite("Fuzz findings")
struct FuzzFindingsTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.directory.appendingPathComponent(name)))
    }

    /// What the fuzz targets require of every input they accept: its YAML reads back as the
    /// same network.
    func expectYAMLRoundTrip(_ network: Network, sourceLocation: SourceLocation = #_sourceLocation) {
        let yaml = network.yamlText()
        let (again, diagnostics) = NetworkFile.load(bytes: Array(yaml.utf8), file: "again.yaml", format: .yaml)
        #expect(!diagnostics.hasErrors, "\(diagnostics)", sourceLocation: sourceLocation)
        #expect(again == network, sourceLocation: sourceLocation)
    }

    @Test("a CSV column name longer than a YAML simple key round-trips through YAML")
    func longCSVColumnNameRoundTrips() throws {
        let (network, diagnostics) = NetworkFile.load(bytes: try fixture("long-key.csv"), file: "long-key.csv", format: .csv)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let n = try #require(network)
        #expect(n.ties.first?.attributes.keys.first?.count == 1_100)
        expectYAMLRoundTrip(n)
    }

    @Test("an unknown evidence level in GEXF is refused at the edge, with the known levels")
    func unknownGEXFEvidenceIsAnError() throws {
        let (_, diagnostics) = NetworkFile.load(bytes: try fixture("evidence.gexf"), file: "evidence.gexf", format: .gexf)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let e = try #require(errors.first)
        #expect(e.file == "evidence.gexf")
        #expect(e.location?.line == 12)
        #expect(e.message == "unknown evidence 'ge.eral-rule' (known: \(TieEvidence.spellings))")
    }

    @Test("foreign readers refuse an unknown evidence level; a known one round-trips through YAML")
    func evidenceInEveryForeignReader() throws {
        let graphml = { (evidence: String) in """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="e" for="edge" attr.name="evidence" attr.type="string"/>
              <graph edgedefault="directed">
                <node id="a"/><node id="b"/>
                <edge source="a" target="b"><data key="e">\(evidence)</data></edge>
              </graph>
            </graphml>
            """ }
        let (_, bad) = NetworkFile.load(bytes: Array(graphml("ge.eral-rule").utf8), file: "e.graphml", format: .graphml)
        #expect(bad.contains { $0.severity == .error && $0.message.hasPrefix("unknown evidence 'ge.eral-rule'") && $0.location?.line == 6 })
        let (good, diagnostics) = NetworkFile.load(bytes: Array(graphml("general-rule").utf8), file: "e.graphml", format: .graphml)
        #expect(!diagnostics.hasErrors)
        let n = try #require(good)
        #expect(n.ties.first?.evidence == .generalRule)
        expectYAMLRoundTrip(n)
    }

    @Test("a workbook whose ZIP64 offset is beyond 2^63 is refused, not a trap")
    func zip64OffsetIsAnError() throws {
        let (network, diagnostics) = NetworkFile.load(bytes: try fixture("zip64-offset.xlsx"), file: "zip64-offset.xlsx", format: .xlsx)
        #expect(network == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.file == "zip64-offset.xlsx")
        #expect(diagnostics.first?.message == "not an .xlsx workbook: the zip archive is damaged (a ZIP64 size or offset of an entry is out of range)")
    }

    @Test("a workbook whose central directory lies past its end is refused, not a trap", arguments: [
        "cd-past-end.xlsx",
        // Found by FuzzXLSX (30 bytes): the same, with the end record at byte 1.
        "fuzz-xlsx-crash-eea758b9.xlsx",
    ])
    func centralDirectoryPastTheEndIsAnError(_ name: String) throws {
        let (network, diagnostics) = NetworkFile.load(bytes: try fixture(name), file: name, format: .xlsx)
        #expect(network == nil)
        #expect(diagnostics.map(\.description) == ["\(name): error: not an .xlsx workbook: the zip archive is damaged (the central directory starts past the end of the file)"])
    }

    @Test("a workbook part that is not UTF-8 is refused before Foundation's XML parser traps on it")
    func partThatIsNotUTF8IsAnError() throws {
        // Found by FuzzXLSX: a damaged central directory hands the parser deflated bytes.
        let name = "fuzz-xlsx-crash-a71de6be.xlsx"
        let (network, diagnostics) = NetworkFile.load(bytes: try fixture(name), file: name, format: .xlsx)
        #expect(network == nil)
        #expect(diagnostics.map(\.description) == ["\(name): error: not an .xlsx workbook: xl/sharedStrings.xml is not UTF-8 XML"])
    }

    @Test("every committed workbook still reads (the archive check lets real ones through)")
    func realWorkbooksPassTheArchiveCheck() throws {
        let formats = Self.directory.deletingLastPathComponent().appendingPathComponent("formats")
        for name in ["kumu.xlsx", "excel-style.xlsx", "fieldwork.xlsx"] {
            let bytes = Array(try Data(contentsOf: formats.appendingPathComponent(name)))
            let (network, _) = NetworkFile.load(bytes: bytes, file: name, format: .xlsx)
            #expect(network != nil, "\(name)")
        }
    }

    @Test("a tiny Pajek file declaring 100,000 vertices is not written as 10^10 matrix cells")
    func matrixFormatsRefuseHugeMatrices() throws {
        let (network, diagnostics) = NetworkFile.load(bytes: try fixture("vertices.net"), file: "vertices.net", format: .pajek)
        #expect(!diagnostics.hasErrors)
        let n = try #require(network)
        #expect(n.stakeholders.count == 100_000 && n.layers.count == 2)
        for (format, text) in [(NetworkFormat.adjacency, "the adjacency matrix would hold a matrix of 100000 × 100000 cells"),
                               (.dl, "the DL file would hold 2 matrices of 100000 × 100000 cells")] {
            #expect {
                _ = try NetworkFile.encode(n, format: format, file: "out")
            } throws: { error in
                let d = (error as? InvalidNetwork)?.diagnostics.first
                return d?.file == "out" && d?.message.hasPrefix(text) == true
            }
        }
        // Edge-list formats hold it.
        #expect(try NetworkFile.encode(n, format: .pajek).bytes.count > 100_000)
        // At the limit, a matrix is still written.
        var small = Network()
        small.stakeholders = (0..<100).map { Stakeholder(id: "s\($0)", kind: .municipality) }
        #expect(try NetworkFile.encode(small, format: .adjacency).bytes.count > 100 * 100)
    }
}
