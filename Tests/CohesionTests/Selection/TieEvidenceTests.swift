import Cohesion
import Foundation
import Testing

@Suite("tie evidence: a field of its own, read from old files, validated and written back")
struct TieEvidenceTests {
    static let header = """
        cohesion: 1
        stakeholders:
          - {id: a, kind: municipality}
          - {id: b, kind: provider}
        ties:

        """

    func load(_ ties: String, _ format: NetworkFormat = .yaml) -> (Network?, [Diagnostic]) {
        NetworkFile.load(bytes: Array((Self.header + ties).utf8), file: "t.yaml", format: format)
    }

    @Test func fieldAndOldAttributeReadAlike() throws {
        let (new, d1) = load("  - {source: a, target: b, kind: funding, evidence: general-rule}\n")
        #expect(!d1.hasErrors, "\(d1)")
        #expect(new?.ties.first?.evidence == .generalRule)
        let (old, d2) = load("  - {source: a, target: b, kind: funding, attributes: {evidence: local, places: 3}}\n")
        #expect(!d2.hasErrors, "\(d2)")
        let tie = try #require(old?.ties.first)
        #expect(tie.evidence == .local)
        #expect(tie.attributes == ["places": .integer(3)], "the old attribute becomes the field, not both")
    }

    @Test func illustrativeFlagIsTheIllustrativeEvidence() throws {
        let (n, d) = load("  - {source: a, target: b, kind: funding, illustrative: true}\n")
        #expect(!d.hasErrors)
        #expect(n?.ties.first?.evidence == .illustrative)
        var tie = Tie(source: "a", target: "b", kind: .funding, evidence: .local)
        #expect(!tie.isIllustrative)
        tie.isIllustrative = true
        #expect(tie.evidence == .illustrative)
        tie.isIllustrative = false
        #expect(tie.evidence == nil)
    }

    @Test func contradictionsAndUnknownValuesAreLocatedErrors() {
        let (_, unknown) = load("  - {source: a, target: b, kind: funding, evidence: rumour}\n")
        let e = unknown.first { $0.severity == .error }
        #expect(e?.message.contains("unknown evidence 'rumour' (known: local, national, general-rule, illustrative)") == true, "\(unknown)")
        #expect(e?.location?.line == 6)
        let (_, oldUnknown) = load("  - source: a\n    target: b\n    kind: funding\n    attributes: {evidence: guess}\n")
        #expect(oldUnknown.contains { $0.severity == .error && $0.message.contains("unknown evidence 'guess'") && $0.location?.line == 9 }, "\(oldUnknown)")
        let (_, both) = load("  - {source: a, target: b, kind: funding, evidence: local, attributes: {evidence: national}}\n")
        #expect(both.contains { $0.severity == .error && $0.message.contains("evidence is 'local' but its attributes say 'national'") })
        let (_, flag) = load("  - {source: a, target: b, kind: funding, evidence: local, illustrative: true}\n")
        #expect(flag.contains { $0.severity == .error && $0.message.contains("'illustrative: true' but its evidence is 'local'") })
    }

    @Test(arguments: [NetworkFormat.yaml, .json, .csv, .graphml])
    func writtenBackAndReadAgain(format: NetworkFormat) throws {
        var n = Network()
        n.stakeholders = [Stakeholder(id: "a", kind: .municipality), Stakeholder(id: "b", kind: .provider)]
        n.ties = [
            Tie(source: "a", target: "b", kind: .funding, evidence: .local),
            Tie(source: "b", target: "a", kind: .contracting, evidence: .generalRule),
            Tie(source: "a", target: "b", kind: .coordination, isIllustrative: true),
            Tie(source: "b", target: "a", kind: .authorisation, evidence: .national),
            Tie(source: "a", target: "b", kind: .representation),
        ]
        let (bytes, _) = try NetworkFile.encode(n, format: format)
        if format == .yaml { #expect(String(decoding: bytes, as: UTF8.self).contains("evidence: general-rule")) }
        let (back, d) = NetworkFile.load(bytes: bytes, file: "x", format: format)
        #expect(!d.hasErrors, "\(d)")
        #expect(back?.ties.map(\.evidence) == [.local, .generalRule, .illustrative, .national, nil])
        #expect(back?.ties.allSatisfy { $0.attributes["evidence"] == nil } == true)
    }

    @Test func bundledFilesReadTheirEvidence() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let lille = try NetworkFile.read(root.appendingPathComponent("Networks/lille.yaml").path)
        #expect(lille.ties.allSatisfy { $0.evidence != nil })
        #expect(lille.ties.filter { $0.evidence == .illustrative }.count == lille.ties.filter(\.isIllustrative).count)
        #expect(lille.ties.contains { $0.evidence == .local })
    }
}
