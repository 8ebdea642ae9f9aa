import Cohesion
import Foundation
import Testing

@Suite("the native format: YAML and JSON share one schema and round-trip losslessly")
struct NativeRoundTripTests {
    /// A network that exercises every field, awkward strings and both number kinds.
    static let sample: Network = {
        var n = Network(title: "Crèches: Lille \"Nord\"", place: "Lille", firstYear: 2010, lastYear: 2025,
                        description: "Line one\nline two with # and : colon")
        n.sources = [
            Source(id: "s47", title: "Rapport d'activité 2023", publisher: "CAF du Nord",
                   url: "https://rapport-activite.cafnord.fr/agir-2023/", date: "2024"),
            Source(id: "s53", title: "Lille verte", url: "https://lilleverte.fr/2023/02", date: "2023-02", isPartisan: true,
                   note: "opposition blog"),
        ]
        n.stakeholderKinds = [StakeholderKind(id: "social-landlord", name: "social landlord (HLM)", broader: "provider")]
        n.tieKinds = [TieKind(id: "rental-intermediation", isDirected: true), TieKind(id: "rivalry", isDirected: false, sign: .negative)]
        n.stakeholders = [
            Stakeholder(id: "caf59", name: "CAF du Nord", kind: .familyAllowanceOffice, sector: .public, level: .departmental,
                        place: "Nord", attributes: ["places": 15597, "share": 0.75, "psu": "11692", "flag": true, "ratio": 3.0],
                        citations: ["s47"], note: "yes"),
            Stakeholder(id: "2025", name: "null", kind: .municipality),
            Stakeholder(id: "hlm", name: "- leading dash, [brackets] & {braces}", kind: StakeholderKind(id: "social-landlord")),
            Stakeholder(id: "léo", name: "Léo Lagrange — fédération 🧸", kind: .associativeProvider, sector: .associative),
        ]
        n.ties = [
            Tie(source: "caf59", target: "léo", kind: .funding, instrument: "PSU",
                amount: Amount(value: 1.5e7, currency: "EUR", year: 2023), weight: 0.1, firstYear: 2023, lastYear: 2027,
                citations: ["s47", "s53"], isIllustrative: true, attributes: ["hours": 120000], note: "tab\there"),
            Tie(source: "2025", target: "hlm", kind: TieKind(id: "rental-intermediation"), amount: Amount(value: 1e22)),
            Tie(source: "hlm", target: "2025", kind: TieKind(id: "rivalry", isDirected: false, sign: .negative), weight: 2),
        ]
        return n
    }()

    func read(_ text: String, _ format: NetworkFormat) throws -> Network {
        let (network, diagnostics) = NetworkFile.load(bytes: Array(text.utf8), file: "x", format: format)
        #expect(!diagnostics.hasErrors, "\(diagnostics)\n\(text)")
        return try #require(network)
    }

    @Test func yamlRoundTrip() throws {
        let text = Self.sample.yamlText()
        let back = try read(text, .yaml)
        #expect(back == Self.sample, "\(text)")
        #expect(back.ties[0].kind.isDirected && back.ties[2].kind.sign == .negative && !back.ties[2].kind.isDirected)
        #expect(back.stakeholders[0].attributes["ratio"] == .number(3.0))
        #expect(back.stakeholders[0].attributes["places"] == .integer(15597))
        #expect(back.stakeholders[0].attributes["psu"] == .string("11692"))
    }

    @Test func jsonRoundTrip() throws {
        let text = Self.sample.jsonText()
        let back = try read(text, .json)
        #expect(back == Self.sample, "\(text)")
        // The JSON is real JSON, not just YAML.
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(text.utf8)) }
    }

    @Test func yamlToJSONToYAML() throws {
        let viaJSON = try read(try read(Self.sample.yamlText(), .yaml).jsonText(), .json)
        #expect(viaJSON.yamlText() == Self.sample.yamlText())
    }

    @Test func writingIsDeterministic() {
        #expect(Self.sample.yamlText() == Self.sample.yamlText())
        #expect(Self.sample.jsonText() == Self.sample.jsonText())
    }

    @Test func fileWriteAndReadBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cohesion-rt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for ext in ["yaml", "json"] {
            let path = dir.appendingPathComponent("n.\(ext)").path
            try NetworkFile.write(Self.sample, to: path)
            #expect(try NetworkFile.read(path) == Self.sample)
        }
    }

    @Test func bundledNetworkRoundTrips() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let original = try NetworkFile.read(root.appendingPathComponent("Networks/national-framework.yaml").path)
        #expect(try read(original.yamlText(), .yaml) == original)
        #expect(try read(original.jsonText(), .json) == original)
    }
}
