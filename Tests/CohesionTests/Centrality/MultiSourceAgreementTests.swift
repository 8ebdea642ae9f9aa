import Testing
@testable import Cohesion

/// The multi-source search (64 sources a pass) and the one-source search give the same
/// numbers, bit for bit, on random graphs: undirected, directed with cycles, disconnected.
@Suite struct MultiSourceAgreementTests {
    /// A seeded random graph of `n` nodes and about `m` ties: with `pieces` > 1 the nodes are
    /// split into that many parts with no tie between them, and a few nodes are left isolated.
    static func random(_ n: Int, ties m: Int, directed: Bool, pieces: Int, seed: UInt64) throws -> AnalysisGraph {
        var random = SeededGenerator(seed: seed)
        let part = max(1, (n - 3) / pieces)
        var edges: [(Int, Int)] = []
        for _ in 0..<m {
            let p = Int.random(in: 0..<pieces, using: &random)
            let lo = p * part, hi = min(n - 3, lo + part)
            guard hi - lo >= 2 else { continue }
            let u = Int.random(in: lo..<hi, using: &random), v = Int.random(in: lo..<hi, using: &random)
            if u != v { edges.append((u, v)) }
        }
        return try AnalysisGraph(nodeCount: n, edges: edges, isDirected: directed)
    }

    static let cases: [(n: Int, m: Int, directed: Bool, pieces: Int, seed: UInt64)] = [
        (150, 400, false, 1, 1), (150, 400, true, 1, 2), (200, 300, true, 3, 3),
        (200, 260, false, 4, 4), (97, 90, true, 2, 5), (300, 1500, true, 1, 6), (64, 64, false, 2, 7), (1200, 3600, false, 1, 8),
    ]

    @Test(arguments: 0..<cases.count)
    func betweennessAgreesBitForBit(index: Int) throws {
        let c = Self.cases[index]
        let g = try Self.random(c.n, ties: c.m, directed: c.directed, pieces: c.pieces, seed: c.seed)
        for endpoints in [false, true] {
            let batched = try g.brandesSums(sources: nil, endpoints: endpoints, options: .serial, batched: true)
            let single = try g.brandesSums(sources: nil, endpoints: endpoints, options: .serial, batched: false)
            #expect(batched == single)
            let sources = [3, 10, 11, 40, 41, 42, 60, 90].filter { $0 < c.n }
            let sampledBatched = try g.brandesSums(sources: sources, endpoints: endpoints, options: .serial, batched: true)
            let sampledSingle = try g.brandesSums(sources: sources, endpoints: endpoints, options: .serial, batched: false)
            #expect(sampledBatched == sampledSingle)
        }
        // In parallel the per-worker sums are added in another order: equal to rounding.
        let parallel = try g.brandesSums(sources: nil, endpoints: false, options: ComputationOptions(threads: 2), batched: true)
        let single = try g.brandesSums(sources: nil, endpoints: false, options: .serial, batched: false)
        for (a, b) in zip(parallel, single) { #expect(abs(a - b) <= 1e-9 * max(1, abs(b))) }
    }

    @Test(arguments: 0..<cases.count)
    func distanceSumsAgreeBitForBit(index: Int) throws {
        let c = Self.cases[index]
        let g = try Self.random(c.n, ties: c.m, directed: c.directed, pieces: c.pieces, seed: c.seed)
        for options in [ComputationOptions.serial, .default] {
            let batched = try g.incomingDistanceSums(options: options, batched: true)
            let single = try g.incomingDistanceSums(options: options, batched: false)
            #expect(batched.reached == single.reached)
            #expect(batched.total == single.total)
            #expect(batched.harmonic == single.harmonic)
        }
    }
}
