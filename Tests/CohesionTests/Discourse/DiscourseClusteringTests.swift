import Cohesion
import Foundation
import Testing

/// DiscourseClustering against R (Scripts/fixtures/discourse_multiclust.R → Fixtures/discourse/
/// multiclust.json): rDNA's dna_multiclust steps with hclust/cutree/kmeans, igraph's modularity
/// and sna's equiv.clust.
@Suite("discourse: dna_multiclust's hierarchical, k-means and equivalence clustering")
struct DiscourseClusteringTests {
    struct Result: Decodable { var method: String; var k: Int; var membership: [Int]; var modularity: Double }
    struct Sample: Decodable { var actors: [String]; var jaccard: [[Double]]; var sedist: [[Double]]; var results: [Result] }
    struct RandomCase: Decodable { var profiles: [[Int]]; var linkage: String; var height: [Double]; var cuts: [[Int]] }
    struct KMeansCase: Decodable { var profiles: [[Int]]; var k: Int; var membership: [Int] }
    struct EquivalenceCase: Decodable { var matrix: [[Double]]; var sedist: [[Double]]; var cuts: [[Int]]; var height: [Double] }
    struct Fixture: Decodable { var sample: Sample; var random: [RandomCase]; var kmeans: KMeansCase; var equivalence: EquivalenceCase }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/discourse")

    static func fixture() throws -> Fixture {
        try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: directory.appendingPathComponent("multiclust.json")))
    }

    static func sample() throws -> Network { try DNADatabase.read(path: directory.appendingPathComponent("dna-sample.dna").path) }

    func method(_ name: String) throws -> DiscourseClusterMethod {
        if name == "equivalence" { return .equivalence }
        return .hierarchical(try #require(ClusterLinkage(rawValue: name)))
    }

    @Test("the DNA sample: Jaccard and sedist distances, every linkage and k, modularity as igraph")
    func sampleMatchesR() throws {
        let f = try Self.fixture(), network = try Self.sample()
        for r in f.sample.results {
            let c = try DiscourseClustering(network, method: try method(r.method), k: r.k)
            #expect(c.actors == f.sample.actors)
            #expect(c.memberships == r.membership, "\(r.method) k = \(r.k)")
            #expect(abs(c.modularity - r.modularity) < 1e-12, "\(r.method) k = \(r.k): \(c.modularity) vs \(r.modularity)")
        }
        // k unset: the first k in 2…5 with the highest modularity (which.max).
        for name in ["single", "average", "complete", "ward.D2", "equivalence"] {
            let rows = f.sample.results.filter { $0.method == name }
            let best = try #require(rows.max { $0.modularity < $1.modularity || ($0.modularity == $1.modularity && $0.k > $1.k) })
            let c = try DiscourseClustering(network, method: try method(name))
            #expect(c.k == best.k && c.memberships == best.membership, "\(name)")
        }
    }

    @Test("hclust merges, heights and cutree on random binary profiles with ties")
    func randomProfilesMatchR() throws {
        for (i, r) in try Self.fixture().random.enumerated() {
            let rows = r.profiles.map { $0.map { $0 == 1 } }
            let n = rows.count
            let tree = DiscourseClustering.hclust(DiscourseClustering.jaccardDistances(rows), n: n,
                                                  linkage: try #require(ClusterLinkage(rawValue: r.linkage)))
            let heights = tree.map(\.height).sorted()
            #expect(zip(heights, r.height).allSatisfy { abs($0 - $1) < 1e-12 }, "case \(i) \(r.linkage): \(heights) vs \(r.height)")
            for (k, want) in zip(2...5, r.cuts) {
                #expect(DiscourseClustering.cutree(tree, n: n, k: k) == want, "case \(i) \(r.linkage) k = \(k)")
            }
        }
    }

    @Test("structural equivalence: sna's sedist and equiv.clust on a weighted matrix")
    func equivalenceMatchesR() throws {
        let e = try Self.fixture().equivalence
        let n = e.matrix.count
        let d = DiscourseClustering.structuralDistances(e.matrix.flatMap { $0 }, n: n)
        #expect(zip(d, e.sedist.flatMap { $0 }).allSatisfy { abs($0 - $1) < 1e-12 })
        let tree = DiscourseClustering.hclust(d, n: n, linkage: .complete)
        for (k, want) in zip(2...5, e.cuts) { #expect(DiscourseClustering.cutree(tree, n: n, k: k) == want, "k = \(k)") }
    }

    @Test("k-means on well-separated profiles finds R's partition, the same for every seed")
    func kmeansMatchesR() throws {
        let kc = try Self.fixture().kmeans
        var network = Network(stakeholders: kc.profiles.indices.map { Stakeholder(id: "a\($0)", kind: .state) },
                              concepts: (0..<kc.profiles[0].count).map { Concept(id: "c\($0)") })
        for (i, row) in kc.profiles.enumerated() {
            for (j, v) in row.enumerated() where v == 1 {
                network.statements.append(Statement(actor: "a\(i)", concept: "c\(j)", qualifier: .agreement(true)))
            }
        }
        for seed in [1, 2, 99] as [UInt64] {
            let c = try DiscourseClustering(network, method: .kmeans, k: kc.k, seed: seed)
            #expect(c.memberships == kc.membership, "seed \(seed)")
        }
    }

    @Test func errors() throws {
        let network = try Self.sample()
        #expect(throws: DiscourseError.self) { try DiscourseClustering(network, method: .kmeans, k: 1) }
        #expect(throws: DiscourseError.self) { try DiscourseClustering(network, method: .kmeans, kMax: 1) }
        var one = Network(stakeholders: [Stakeholder(id: "a", kind: .state)], concepts: [Concept(id: "x")])
        one.statements = [Statement(actor: "a", concept: "x", qualifier: .agreement(true))]
        #expect(throws: DiscourseError.self) { try DiscourseClustering(one, method: .hierarchical(.single)) }
    }
}
