import Cohesion
import Foundation
import Testing

/// Every option combination on DNA's sample database equals what DNA's Exporter.java rules
/// give, as Scripts/fixtures/discourse.py computes them independently from the database.
@Suite("discourse: DNA's exporter on its sample database")
struct DNAExporterFixtureTests {
    struct Case: Decodable {
        var networkType: String, aggregation: String, normalization: String, duplicates: String
        var from: String?, to: String?
        var isolates: Bool
        var statements: Int
        var rows: [String], columns: [String], matrix: [[Double]]
    }
    struct Window: Decodable {
        var start: String, stop: String, middle: String, statements: Int
        var rows: [String], columns: [String], matrix: [[Double]]
    }
    struct Windowed: Decodable {
        var networkType: String, aggregation: String, normalization: String, duplicates: String
        var unit: String, size: Int, isolates: Bool
        var windows: [Window]
    }
    struct Fixtures: Decodable { var cases: [Case]; var windowed: [Windowed] }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/discourse")
    static let sample = directory.appendingPathComponent("dna-sample.dna").path

    static func fixtures() throws -> Fixtures {
        try JSONDecoder().decode(Fixtures.self, from: Data(contentsOf: directory.appendingPathComponent("dna-sample-networks.json")))
    }

    func options(_ type: String, _ aggregation: String, _ normalization: String, _ duplicates: String, _ isolates: Bool) throws -> DiscourseOptions {
        DiscourseOptions(networkType: try #require(DiscourseNetworkType(rawValue: type)),
                         aggregation: try #require(QualifierAggregation(rawValue: aggregation)),
                         normalization: try #require(DiscourseNormalization(rawValue: normalization)),
                         duplicates: try #require(DuplicateHandling(rawValue: duplicates)), isolates: isolates)
    }

    func expectClose(_ got: DiscourseNetwork, rows: [String], columns: [String], matrix: [[Double]], _ what: String) {
        #expect(got.rows == rows, "\(what)")
        #expect(got.columns == columns, "\(what)")
        let m = got.matrix
        #expect(m.count == matrix.count, "\(what)")
        for (a, b) in zip(m, matrix) {
            #expect(a.count == b.count, "\(what)")
            for (x, y) in zip(a, b) where abs(x - y) > 1e-12 * max(1, abs(y)) {
                Issue.record("\(what): \(a) != \(b)")
                return
            }
        }
    }

    @Test func everyCombinationMatchesTheFixtures() throws {
        let network = try DNADatabase.read(path: Self.sample)
        let fixtures = try Self.fixtures()
        #expect(fixtures.cases.count == 450)
        for c in fixtures.cases {
            var o = try options(c.networkType, c.aggregation, c.normalization, c.duplicates, c.isolates)
            o.from = c.from.flatMap(StatementDate.init)
            o.to = c.to.flatMap(StatementDate.init)
            let what = "\(c.networkType) \(c.aggregation) \(c.normalization) \(c.duplicates) \(c.from ?? "-")…\(c.to ?? "-") isolates \(c.isolates)"
            let got = try DiscourseNetwork(network, options: o)
            #expect(got.statementCount == c.statements, "\(what)")
            expectClose(got, rows: c.rows, columns: c.columns, matrix: c.matrix, what)
        }
    }

    @Test func timeWindowsMatchTheFixtures() throws {
        let network = try DNADatabase.read(path: Self.sample)
        let fixtures = try Self.fixtures()
        for w in fixtures.windowed {
            var o = try options(w.networkType, w.aggregation, w.normalization, w.duplicates, w.isolates)
            o.window = DiscourseWindow(unit: try #require(DiscourseWindow.Unit(rawValue: w.unit)), size: w.size)
            let got = try DiscourseNetwork.windows(of: network, options: o)
            let what = "\(w.networkType) \(w.aggregation) \(w.normalization) \(w.duplicates) \(w.size) \(w.unit) isolates \(w.isolates)"
            #expect(got.count == w.windows.count, "\(what)")
            for (g, e) in zip(got, w.windows) {
                #expect(g.start == StatementDate(e.start) && g.stop == StatementDate(e.stop) && g.middle == StatementDate(e.middle), "\(what)")
                #expect(g.statementCount == e.statements, "\(what)")
                expectClose(g, rows: e.rows, columns: e.columns, matrix: e.matrix, "\(what) at \(e.middle)")
            }
        }
    }

    /// rDNA/rDNA/tests/testthat/test-network.R.
    @Test func rDNAExpectations() throws {
        let network = try DNADatabase.read(path: Self.sample)
        let twoMode = try DiscourseNetwork(network)
        #expect(twoMode.rows.count == 7 && twoMode.columns.count == 6 && twoMode.sum == 40)
        #expect(twoMode.rows.first == "Alliance to Save Energy")
        #expect(twoMode.columns.first == "CO2 legislation will not hurt the economy.")
        // print(nw) shows "Ener*     2     0": Energy and Environmental Analysis, first two columns.
        #expect(twoMode.rows[1] == "Energy and Environmental Analysis, Inc." && twoMode[1, 0] == 2 && twoMode[1, 1] == 0)
        #expect(twoMode.start?.description == "2005-01-26" && twoMode.stop?.description == "2005-02-16" && twoMode.statementCount == 40)

        let oneMode = try DiscourseNetwork(network, options: DiscourseOptions(networkType: .oneMode))
        #expect(oneMode.rows.count == 7 && oneMode.columns.count == 7 && oneMode.sum == 276)
        // "Envi*    10     2": Environmental Protection Agency with Alliance and Energy.
        #expect(oneMode.rows[2] == "Environmental Protection Agency" && oneMode[2, 0] == 10 && oneMode[2, 1] == 2)

        let congruence = try DiscourseNetwork(network, options: DiscourseOptions(networkType: .oneMode, aggregation: .congruence, normalization: .average))
        #expect(congruence.rows.count == 7 && congruence.sum.rounded() == 26)
    }

    @Test func readsTheSampleDatabase() throws {
        let (network, diagnostics) = NetworkFile.load(Self.sample)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let n = try #require(network)
        #expect(n.statements.count == 40 && n.stakeholders.count == 7 && n.concepts.count == 6 && n.sources.count == 7)
        let first = n.statements[0]
        #expect(first.actor == "Energy and Environmental Analysis, Inc." && first.qualifier == .agreement(false))
        #expect(first.document == "document-1" && first.attributes["dnaStatement"] == 1)
        #expect(first.citations[0].excerpt?.isEmpty == false)
        #expect(n.stakeholder(id: "Sierra Club")?.kind.id == "ngo")
    }

    @Test func rejectsWhatIsNotADNADatabase() throws {
        let (network, diagnostics) = NetworkFile.load(bytes: Array("not sqlite at all".utf8), file: "x.dna", format: .dna)
        #expect(network == nil)
        #expect(diagnostics.first?.description.hasPrefix("x.dna: error:") == true, "\(diagnostics)")
        let (n2, d2) = NetworkFile.load(bytes: [], file: "e.dna", format: .dna)
        #expect(n2 == nil && d2.hasErrors)
    }
}
