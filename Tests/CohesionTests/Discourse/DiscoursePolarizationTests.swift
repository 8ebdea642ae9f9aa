import Cohesion
import Foundation
import Testing

/// DNA's polarization quality (Polarization.java `qualityAbsdiff`), checked by hand.
@Suite("discourse: DNA's polarization score")
struct DiscoursePolarizationTests {
    /// A and B agree on x, C and D disagree: congruence A–B and C–D, conflict across.
    /// ‖C‖ = 4, ‖F‖ = 8 (ordered pairs). Split {A,B}{C,D}: W = 4, B = 8, expected within
    /// congruence ½·4/4 = 0.5, expected between conflict ½·8/8 = 0.5; within |1 − 0.5|·4 = 2,
    /// between |1 − 0.5|·8 = 4: 6, halved 3. Split {A,C}{B,D}: within (|0 − 0.5| + 1)·4 = 6,
    /// between A–B and C–D (1 + 0.5)·4 = 6 and A–D, C–B 0.5·4 = 2: 14, halved 7.
    static let congruence: [Double] = [0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0]
    static let conflict: [Double] = [0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0]

    @Test func qualityByHand() {
        func q(_ m: [Int], _ normalize: Bool = false) -> Double {
            DiscoursePolarization.quality(memberships: m, congruence: Self.congruence, conflict: Self.conflict, groups: 2, normalize: normalize)
        }
        #expect(q([0, 0, 1, 1]) == 3)
        #expect(q([0, 1, 0, 1]) == 7)
        #expect(q([0, 1, 1, 0]) == 7)
        #expect(q([0, 0, 1, 1], true) == 6.0 / 24)
        // DNA's score is the maximum over balanced splits.
        let p = DiscoursePolarization.score(actors: ["A", "B", "C", "D"], congruence: Self.congruence, conflict: Self.conflict)
        #expect(p.score == 7 && p.isExact && p.memberships == [0, 1, 0, 1])
    }

    @Test func exactAndGreedyAgreeOnRandomMatrices() {
        var rng = SeededGenerator(seed: 7)
        for n in [5, 8, 11] {
            var c = [Double](repeating: 0, count: n * n), f = c
            for i in 0..<n { for j in (i + 1)..<n {
                let x = Double(Int.random(in: 0...3, using: &rng)), y = Double(Int.random(in: 0...2, using: &rng))
                c[i * n + j] = x; c[j * n + i] = x; f[i * n + j] = y; f[j * n + i] = y
            } }
            let exact = DiscoursePolarization.score(actors: (0..<n).map(String.init), congruence: c, conflict: f, normalize: true)
            // Brute force over all balanced 0/1 vectors.
            var best = -Double.infinity
            for mask in 0..<(1 << n) where mask.nonzeroBitCount == n / 2 || mask.nonzeroBitCount == (n + 1) / 2 {
                let m = (0..<n).map { (mask >> $0) & 1 }
                best = max(best, DiscoursePolarization.quality(memberships: m, congruence: c, conflict: f, groups: 2, normalize: true))
            }
            #expect(abs(exact.score - best) < 1e-12, "n = \(n)")
        }
    }

    /// rDNA/rDNA/tests/testthat/test-polarization.R: without a window, normalized, the sample
    /// scores 0.5342493 (tolerance 0.1, from DNA's genetic search).
    @Test func sampleDatabase() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/discourse/dna-sample.dna").path
        let network = try DNADatabase.read(path: path)
        let p = try DiscoursePolarization.scores(of: network, options: DiscourseOptions(), normalize: true)
        #expect(p.count == 1)
        #expect(abs(p[0].score - 0.5342493) <= 0.1, "\(p[0].score)")
        // The exact maximum is the value rDNA's test reports, to its seven digits.
        #expect(abs(p[0].score - 0.5342493) < 5e-8, "\(p[0].score)")
        #expect(p[0].isExact && p[0].actors.count == 7)
    }
}

@Suite("discourse: coalitions and their stability")
struct DiscourseCoalitionTests {
    /// Two camps: a, b, c agree on x and y; d, e disagree on both.
    static let network: Network = {
        var n = Network(stakeholders: ["a", "b", "c", "d", "e"].map { Stakeholder(id: $0, kind: .state) },
                        concepts: [Concept(id: "x"), Concept(id: "y")])
        for year in [2015, 2016, 2017] {
            for actor in ["a", "b", "c", "d", "e"] {
                for concept in ["x", "y"] {
                    n.statements.append(Statement(actor: actor, concept: concept, qualifier: .agreement(actor < "d"),
                                                  date: StatementDate(year: year, month: 6, day: 1)))
                }
            }
        }
        return n
    }()

    @Test func signedLeidenSeparatesTheCamps() throws {
        let net = try DiscourseNetwork(Self.network, options: DiscourseOptions(networkType: .oneMode, aggregation: .subtract))
        let found = try net.coalitions()
        let g = found.assignment.groups
        #expect(found.count == 2 && g[0] == g[1] && g[1] == g[2] && g[3] == g[4] && g[0] != g[3])
        #expect(throws: DiscourseError.self) { try DiscourseNetwork(Self.network).coalitions() }
    }

    @Test func stabilityAcrossWindows() throws {
        var options = DiscourseOptions(networkType: .oneMode, aggregation: .subtract)
        options.window = DiscourseWindow(unit: .years, size: 1)
        let s = try DiscourseCoalitionStability(Self.network, options: options)
        #expect(s.coalitions.count == 3 && s.stability.count == 2)
        #expect(s.stability.allSatisfy { abs($0.normalizedMutualInformation - 1) < 1e-12 && abs($0.adjustedRandIndex - 1) < 1e-12 })
    }
}
