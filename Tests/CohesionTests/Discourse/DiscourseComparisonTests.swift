import Cohesion
import Foundation
import Testing

/// Two fixture cities (Fixtures/discourse/cities) compared by concept and kind of
/// stakeholder; every count below is read off the files by hand.
@Suite("discourse: cities compared by concept and kind")
struct DiscourseComparisonTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/discourse/cities")

    static func cities() throws -> [Network] {
        try ["alpha.yaml", "beta.yaml"].map { try NetworkFile.read(directory.appendingPathComponent($0).path) }
    }

    func stance(_ c: DiscourseComparison, _ concept: String, _ network: Int, _ kind: String) throws -> DiscourseComparison.Stance {
        let row = try #require(c.concepts.first { $0.id == concept })
        let k = try #require(c.kinds.firstIndex(of: kind))
        return row.stances[network][k]
    }

    @Test func alignsByConceptAndKind() throws {
        let c = try DiscourseComparison(try Self.cities())
        #expect(c.names == ["Alpha", "Beta"])
        #expect(c.kinds == ["municipality", "associative-provider", "private-company", "family-allowance-office"])
        #expect(c.concepts.map(\.id) == ["quality", "targets", "dsp", "ess"])
        #expect(c.concepts[0].label == "Quality before quantity")
        // quality, Alpha: am agrees; ap1 agrees, ap2 disagrees; ac disagrees.
        #expect(try stance(c, "quality", 0, "municipality") == .init(agreeing: 1, disagreeing: 0, actors: 1))
        #expect(try stance(c, "quality", 0, "associative-provider") == .init(agreeing: 1, disagreeing: 1, actors: 2))
        #expect(try stance(c, "quality", 0, "associative-provider").agreeShare == 0.5)
        #expect(try stance(c, "quality", 0, "private-company") == .init(agreeing: 0, disagreeing: 1, actors: 1))
        #expect(try stance(c, "quality", 1, "associative-provider") == .init(agreeing: 1, disagreeing: 0, actors: 1))
        #expect(try stance(c, "quality", 1, "private-company").actors == 0)
        #expect(try stance(c, "quality", 1, "private-company").agreeShare.isNaN)
        // targets: both Alpha providers disagree; Beta's CAF agrees, its provider disagrees.
        #expect(try stance(c, "targets", 0, "associative-provider") == .init(agreeing: 0, disagreeing: 2, actors: 2))
        #expect(try stance(c, "targets", 1, "family-allowance-office") == .init(agreeing: 1, disagreeing: 0, actors: 1))
        // dsp: ap1 agrees once and disagrees once, so counts in both.
        #expect(try stance(c, "dsp", 0, "associative-provider") == .init(agreeing: 1, disagreeing: 2, actors: 2))
        #expect(c.onlyOneNetwork.map(\.concept) == ["dsp", "ess"])
        #expect(c.onlyOneNetwork.map(\.network) == [0, 1])
        #expect(c.shared == ["quality", "targets"])
    }

    /// Alpha in 2015: four actors with two statements each; average normalization divides by 2.
    /// Congruence 0.5 for am–ap1, ap2–ac, am–ac, ap1–ap2 (‖C‖ = 4); conflict 1 for am–ap2 and
    /// ap1–ac, 0.5 for the other four pairs (‖F‖ = 8). W = 4, B = 8, so the expectations are
    /// 0.5 within and 0.5 between. The split {am, ap2} | {ap1, ac} gives within 2·(1.5 + 1.5)
    /// and between 2·(4 × 0.5): 10, normalized 10 / (2 · 12) = 5/12; the other two splits give 6.
    @Test func polarizationPerYear() throws {
        let c = try DiscourseComparison(try Self.cities())
        #expect(c.polarization[0].map(\.year) == [2015, 2016])
        #expect(c.polarization[1].map(\.year) == [2015])
        let alpha2015 = c.polarization[0][0]
        #expect(alpha2015.actors == 4 && alpha2015.isExact)
        #expect(abs(alpha2015.score - 5.0 / 12) < 1e-12)
        let raw = try DiscourseComparison(try Self.cities(), normalize: false)
        #expect(abs(raw.polarization[0][0].score - 5) < 1e-12)
        // A date range keeps 2015 only.
        let early = try DiscourseComparison(try Self.cities(), options: DiscourseOptions(to: StatementDate("2015")?.adding(days: 364)))
        #expect(early.polarization[0].map(\.year) == [2015])
        #expect(early.concepts.map(\.id) == ["quality", "targets", "ess"])
    }

    @Test func tableAndJSON() throws {
        let c = try DiscourseComparison(try Self.cities())
        let t = c.table
        #expect(t.columns.first == "kind" && t.columns.count == 7)
        #expect(t.rows.first?.id == "quality" && t.rows.first?.cells.first == .text("municipality"))
        // quality has 4 kinds across the two cities; targets 4; dsp 3; ess 2.
        #expect(t.rows.count == 13)
        let text = c.jsonValue.text(pretty: false)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["networks"] as? [String] == ["Alpha", "Beta"])
        let concepts = try #require(json["concepts"] as? [[String: Any]])
        #expect(concepts.count == 4)
        let only = try #require(json["onlyOneNetwork"] as? [[String: String]])
        #expect(only == [["concept": "dsp", "network": "Alpha"], ["concept": "ess", "network": "Beta"]])
        #expect(c.render(.table).contains("Alpha: dsp"))
        let section = ReportSection(discourse: c)
        #expect(section.title == "Discourses compared: Alpha, Beta")
        let html = HTMLReport(title: "T", sections: [section]).html()
        #expect(html.contains("Polarization per year"))
    }

    @Test func errors() throws {
        #expect(throws: DiscourseError.self) { try DiscourseComparison(try Self.cities(), names: ["one"]) }
        #expect(throws: DiscourseError.self) { try DiscourseComparison(try Self.cities(), groups: 1) }
        var n = Network(stakeholders: [Stakeholder(id: "a", kind: .state)], concepts: [Concept(id: "x")])
        n.statements = [Statement(actor: "ghost", concept: "x", qualifier: .agreement(true))]
        #expect(throws: DiscourseError.self) { try DiscourseComparison([n]) }
    }
}
