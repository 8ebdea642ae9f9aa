import Cohesion
import Testing

/// Small cases computed by hand from DNA's definitions (Exporter.java), one for each
/// aggregation, normalization, duplicates bucket and window rule.
@Suite("discourse: hand-computed networks")
struct DiscourseHandComputedTests {
    /// A: x agree ×2, y disagree; B: x agree, x disagree, y disagree; C: y agree.
    /// Counts [disagree, agree]: A x [0,2] y [1,0]; B x [1,1] y [1,0]; C x [0,0] y [0,1].
    static let network: Network = {
        var n = Network(stakeholders: ["A", "B", "C"].map { Stakeholder(id: $0, kind: .state) },
                        concepts: [Concept(id: "x"), Concept(id: "y")])
        let coded: [(String, String, Bool)] = [("A", "x", true), ("A", "x", true), ("A", "y", false),
                                               ("B", "x", true), ("B", "x", false), ("B", "y", false), ("C", "y", true)]
        n.statements = coded.map { Statement(actor: $0.0, concept: $0.1, qualifier: .agreement($0.2)) }
        return n
    }()

    func two(_ a: QualifierAggregation, _ n: DiscourseNormalization) throws -> [[Double]] {
        try DiscourseNetwork(Self.network, options: DiscourseOptions(aggregation: a, normalization: n)).matrix
    }

    func one(_ a: QualifierAggregation, _ n: DiscourseNormalization) throws -> [[Double]] {
        try DiscourseNetwork(Self.network, options: DiscourseOptions(networkType: .oneMode, aggregation: a, normalization: n)).matrix
    }

    func expectClose(_ got: [[Double]], _ want: [[Double]], sourceLocation: SourceLocation = #_sourceLocation) {
        let ok = got.count == want.count && zip(got, want).allSatisfy { a, b in
            a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 1e-12 }
        }
        #expect(ok, "\(got) != \(want)", sourceLocation: sourceLocation)
    }

    @Test func twoModeAggregations() throws {
        expectClose(try two(.ignore, .no), [[2, 1], [2, 1], [0, 1]])
        expectClose(try two(.combine, .no), [[1, 2], [3, 2], [0, 1]])       // 1 agree only, 2 disagree only, 3 both
        expectClose(try two(.subtract, .no), [[2, -1], [0, -1], [0, 1]])
    }

    @Test func twoModeNormalizations() throws {
        expectClose(try two(.ignore, .activity), [[2.0 / 3, 1.0 / 3], [2.0 / 3, 1.0 / 3], [0, 1]])
        expectClose(try two(.combine, .activity), [[0.5, 1], [1.5, 1], [0, 1]])
        expectClose(try two(.subtract, .activity), [[2.0 / 3, -1.0 / 3], [0, -1.0 / 3], [0, 1]])
        expectClose(try two(.ignore, .prominence), [[0.5, 1.0 / 3], [0.5, 1.0 / 3], [0, 1.0 / 3]])
        expectClose(try two(.combine, .prominence), [[0.5, 2.0 / 3], [1.5, 2.0 / 3], [0, 1.0 / 3]])
        expectClose(try two(.subtract, .prominence), [[0.5, -1.0 / 3], [0, -1.0 / 3], [0, 1.0 / 3]])
    }

    func symmetric(_ ab: Double, _ ac: Double, _ bc: Double) -> [[Double]] { [[0, ab, ac], [ab, 0, bc], [ac, bc, 0]] }

    @Test func oneModeAggregations() throws {
        // A–B: x 2·2 + y 1·1; congruence x a1·b1 = 2, y 1; conflict x a1·b0 = 2.
        expectClose(try one(.ignore, .no), symmetric(5, 1, 1))
        expectClose(try one(.congruence, .no), symmetric(3, 0, 0))
        expectClose(try one(.conflict, .no), symmetric(2, 1, 1))
        expectClose(try one(.subtract, .no), symmetric(1, -1, -1))
    }

    @Test func oneModeNormalizations() throws {
        // Totals A 3, B 3, C 1. average: (3+3)/2, (3+1)/2; cosine: 9, 3.
        expectClose(try one(.ignore, .average), symmetric(5.0 / 3, 0.5, 0.5))
        expectClose(try one(.congruence, .average), symmetric(1, 0, 0))
        expectClose(try one(.subtract, .average), symmetric(1.0 / 3, -0.5, -0.5))
        expectClose(try one(.ignore, .cosine), symmetric(5.0 / 9, 1.0 / 3, 1.0 / 3))
        expectClose(try one(.conflict, .cosine), symmetric(2.0 / 9, 1.0 / 3, 1.0 / 3))
        // Jaccard: A–B m10 0, m01 1 (x disagree of B), m11 2 + 1 → 4; A–C m10 3, m01 1 → 4; B–C 3 + 1 → 4.
        expectClose(try one(.ignore, .jaccard), symmetric(1.25, 0.25, 0.25))
        expectClose(try one(.congruence, .jaccard), symmetric(0.75, 0, 0))
        expectClose(try one(.conflict, .jaccard), symmetric(0.5, 0.25, 0.25))
        expectClose(try one(.subtract, .jaccard), symmetric(0.25, -0.25, -0.25))
    }

    @Test func ordinalCongruenceUsesProximityOnTheScale() throws {
        // Levels found 1, 2, 5: range 4. A at 1, B at 2 and 5 on x: congruence 1·(1 − 1/4) + 1·(1 − 4/4).
        var n = Network(stakeholders: ["A", "B"].map { Stakeholder(id: $0, kind: .state) }, concepts: [Concept(id: "x")],
                        qualifierScale: QualifierScale(minimum: 0, maximum: 5))
        n.statements = [Statement(actor: "A", concept: "x", qualifier: .level(1)),
                        Statement(actor: "B", concept: "x", qualifier: .level(2)),
                        Statement(actor: "B", concept: "x", qualifier: .level(5))]
        let congruence = try DiscourseNetwork(n, options: DiscourseOptions(networkType: .oneMode, aggregation: .congruence))
        #expect(abs(congruence[0, 1] - 0.75) < 1e-12)
        let conflict = try DiscourseNetwork(n, options: DiscourseOptions(networkType: .oneMode, aggregation: .conflict))
        #expect(abs(conflict[0, 1] - 1.25) < 1e-12)
        // Two-mode subtract sums the levels with their sign: B 2 + 5.
        let twoMode = try DiscourseNetwork(n, options: DiscourseOptions(aggregation: .subtract))
        #expect(twoMode.matrix == [[1], [7]])
        // combine: levels (1, 2, 5) used by B are 2 and 5 → binary 011 = 3; A uses 1 → 100 = 4.
        #expect(try DiscourseNetwork(n, options: DiscourseOptions(aggregation: .combine)).matrix == [[4], [3]])
    }

    /// A on x: agree 2015-01-05 (d1, ISO week 2), agree 2015-01-06 (d1, week 2), agree 2016-01-07
    /// (d2, week 1 of 2016), disagree 2015-02-01 (d2, week 5).
    static let dated: Network = {
        var n = Network(sources: [Source(id: "d1"), Source(id: "d2")], stakeholders: [Stakeholder(id: "A", kind: .state)],
                        concepts: [Concept(id: "x")])
        let coded: [(String, String, Bool)] = [("2015-01-05", "d1", true), ("2015-01-06", "d1", true),
                                               ("2016-01-07", "d2", true), ("2015-02-01", "d2", false)]
        n.statements = coded.map {
            Statement(actor: "A", concept: "x", qualifier: .agreement($0.2), date: StatementDate($0.0),
                      citations: [StatementCitation(source: $0.1)])
        }
        return n
    }()

    @Test func duplicateBuckets() throws {
        func count(_ d: DuplicateHandling, _ a: QualifierAggregation = .ignore) throws -> Double {
            try DiscourseNetwork(Self.dated, options: DiscourseOptions(aggregation: a, duplicates: d))[0, 0]
        }
        #expect(try count(.include) == 4)
        #expect(try count(.document) == 2)       // d1 once; d2 once (the qualifier is ignored)
        #expect(try count(.week) == 3)           // weeks 2, 1, 5
        #expect(try count(.month) == 2)          // month 1 of 2015 and of 2016 are one bucket, as in DNA; month 2
        #expect(try count(.year) == 2)
        #expect(try count(.acrossRange) == 1)
        #expect(try count(.acrossRange, .subtract) == 0)   // one agreement, one disagreement
        #expect(try count(.document, .subtract) == 1)      // d1 agree; d2 agree and disagree both kept
    }

    @Test func dateRangeAndWindows() throws {
        var n = Network(stakeholders: ["A", "B"].map { Stakeholder(id: $0, kind: .state) }, concepts: [Concept(id: "x")])
        n.statements = (1...5).map { day in
            Statement(actor: day % 2 == 0 ? "B" : "A", concept: "x", date: StatementDate(year: 2015, month: 1, day: day))
        }
        let ranged = try DiscourseNetwork(n, options: DiscourseOptions(from: StatementDate("2015-01-02"), to: StatementDate("2015-01-03")))
        #expect(ranged.matrix == [[1], [1]] && ranged.statementCount == 2)
        // 3-day windows: mid-points Jan 2, 3, 4 (Jan 1 and 5 would reach outside the range).
        var options = DiscourseOptions(networkType: .oneMode, isolates: false)
        options.window = DiscourseWindow(unit: .days, size: 3)
        let windows = try DiscourseNetwork.windows(of: n, options: options)
        #expect(windows.map { $0.middle?.description } == ["2015-01-02", "2015-01-03", "2015-01-04"])
        #expect(windows.map(\.statementCount) == [3, 3, 3])
        #expect(windows.map(\.sum) == [4, 4, 4])   // A twice and B once (or the reverse): 2·1 each way
        options.window = DiscourseWindow(unit: .days, size: 3, step: 2)
        #expect(try DiscourseNetwork.windows(of: n, options: options).map { $0.middle?.description } == ["2015-01-03"])
    }

    @Test func incompatibleOptionsAreErrors() {
        #expect(throws: DiscourseError.self) { try DiscourseNetwork(Self.network, options: DiscourseOptions(aggregation: .congruence)) }
        #expect(throws: DiscourseError.self) { try DiscourseNetwork(Self.network, options: DiscourseOptions(networkType: .oneMode, aggregation: .combine)) }
        #expect(throws: DiscourseError.self) { try DiscourseNetwork(Self.network, options: DiscourseOptions(normalization: .jaccard)) }
        #expect(throws: DiscourseError.self) { try DiscourseNetwork(Self.network, options: DiscourseOptions(networkType: .oneMode, normalization: .activity)) }
    }

    @Test func isolatesKeepFileOrder() throws {
        var n = Self.network
        n.stakeholders.insert(Stakeholder(id: "Z", kind: .state), at: 0)
        #expect(try DiscourseNetwork(n).rows == ["Z", "A", "B", "C"])
        #expect(try DiscourseNetwork(n, options: DiscourseOptions(isolates: false)).rows == ["A", "B", "C"])
    }

    @Test func calendarArithmeticFollowsJavaTime() throws {
        let jan31 = try #require(StatementDate("2015-01-31"))
        #expect(jan31.adding(months: 1).description == "2015-02-28")
        #expect(jan31.adding(months: 1).adding(months: 1).description == "2015-03-28")
        #expect(try #require(StatementDate("2016-02-29")).adding(years: 1).description == "2017-02-28")
        #expect(try #require(StatementDate("2015-01-05")).isoWeek == 2)
        #expect(try #require(StatementDate("2016-01-03")).isoWeek == 53)
        #expect(try #require(StatementDate("2008-12-29")).isoWeek == 1)
        #expect(StatementDate("1969-12-31")?.seconds == -86_400)
    }
}
