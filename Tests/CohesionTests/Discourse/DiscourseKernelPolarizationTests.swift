@testable import Cohesion
import Foundation
import Testing

/// DNA's kernel-smoothed slices (Polarization.java, Exporter.java processTimeSlice and zeta),
/// computed by hand on four statements:
/// A agrees with x on 2020-01-01 and 2020-01-05; B agrees and C disagrees on 2020-01-03.
/// Window 4 days (half 2), mid-points 1 to 5 January.
@Suite("discourse: kernel-smoothed polarization, as DNA")
struct DiscourseKernelPolarizationTests {
    static let network: Network = {
        var n = Network(stakeholders: ["A", "B", "C"].map { Stakeholder(id: $0, kind: .state) }, concepts: [Concept(id: "x")])
        n.statements = [("A", true, "2020-01-01"), ("B", true, "2020-01-03"), ("C", false, "2020-01-03"), ("A", true, "2020-01-05")].map {
            Statement(actor: $0.0, concept: "x", qualifier: .agreement($0.1), date: StatementDate($0.2))
        }
        return n
    }()
    static let window = DiscourseWindow(unit: .days, size: 4)
    static func phi(_ d: Double) -> Double { exp(-0.5 * d * d) / (2 * Double.pi).squareRoot() }

    func slices(_ kernel: DiscourseKernel, indent: Bool = false) throws -> [KernelSlice] {
        try DiscoursePolarization.kernelSlices(of: Self.network, options: DiscourseOptions(), window: Self.window, kernel: kernel, indent: indent)
    }

    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

    /// On 2 January the window keeps what lies strictly between 1 and 4 January: B and C, one
    /// day after the mid-point, d = 2·(−1)/4 = −0.5. Conflict B–C = z·(2/1 + 2/1) = 4z.
    @Test(arguments: [(DiscourseKernel.uniform, 0.5, 0.5), (.epanechnikov, 0.75 * 0.75, 0.75), (.triangular, 1.5, 1.0)])
    func boundedKernels(_ kernel: DiscourseKernel, _ zHalf: Double, _ zZero: Double) throws {
        let s = try slices(kernel)
        #expect(s.map(\.middle) == (1...5).map { StatementDate(year: 2020, month: 1, day: $0) })
        #expect(s[0].actors.isEmpty)   // (1 Jan, 3 Jan) holds no statement: the bounds are left out
        #expect(s[1].actors == ["B", "C"])
        #expect(close(s[1].conflict[1], 4 * zHalf) && close(s[1].conflict[2], 4 * zHalf))
        #expect(s[1].congruence == [0, 0, 0, 0])
        #expect(s[2].actors == ["B", "C"] && close(s[2].conflict[1], 4 * zZero))
        #expect(s[4].actors.isEmpty)
    }

    /// Gaussian: every statement and actor in every slice. On 2 January A's statements lie at
    /// d = 0.5 and −1.5, B's and C's at −0.5. Congruence A–B = (2/3)(φ(.5) + √(φ(1.5)φ(.5)));
    /// conflict A–C = (2/1 + 2/2)(φ(.5) + √(φ(1.5)φ(.5))); conflict B–C = 4φ(.5).
    @Test func gaussianKernel() throws {
        let s = try slices(.gaussian)
        #expect(s.count == 5 && s.allSatisfy { $0.actors == ["A", "B", "C"] })
        let m = s[1]
        let pairs = Self.phi(0.5) + (Self.phi(1.5) * Self.phi(0.5)).squareRoot()
        #expect(close(m.congruence[0 * 3 + 1], 2.0 / 3 * pairs) && close(m.congruence[1 * 3 + 0], 2.0 / 3 * pairs))
        #expect(close(m.conflict[0 * 3 + 2], 3 * pairs))
        #expect(close(m.conflict[1 * 3 + 2], 4 * Self.phi(0.5)))
        #expect(m.congruence[0] == 0 && m.conflict[4] == 0)
        let p = try DiscoursePolarization.kernelScores(of: Self.network, options: DiscourseOptions(), window: Self.window, kernel: .gaussian)
        #expect(p.count == 5)
        #expect(close(p[1].score, DiscoursePolarization.score(actors: m.actors, congruence: m.congruence, conflict: m.conflict).score))
    }

    @Test func indentAndUnits() throws {
        // Indented: mid-points from 3 January to 3 January.
        let s = try slices(.uniform, indent: true)
        #expect(s.count == 1 && s[0].middle == StatementDate(year: 2020, month: 1, day: 3))
        // Months and years as java.time.Period counts them.
        func months(_ a: String, _ b: String, _ unit: DiscourseWindow.Unit = .months) throws -> Int64 {
            DiscoursePolarization.units(from: try #require(StatementDate(a)).seconds, to: try #require(StatementDate(b)), unit)
        }
        #expect(try months("2020-01-31", "2020-02-29") == 0)
        #expect(try months("2020-01-15", "2020-03-15") == 2)
        #expect(try months("2020-03-15", "2020-01-16") == -1)
        #expect(try months("2019-06-01", "2021-05-31", .years) == 1)
        #expect(try months("2020-01-08", "2020-01-01", .weeks) == -1)
        #expect(DiscourseKernel.gaussian.weight(0) == 1 / (2 * Double.pi).squareRoot())
        #expect(DiscourseKernel.uniform.weight(1.01) == 0 && DiscourseKernel.triangular.weight(-1) == 2)
    }
}
