import Cohesion
import Testing

@Suite("the analysis graph and every selection")
struct AnalysisGraphTests {
    /// caf →(funding 100, 2015–2019) city; caf →(funding 300, 2020–) city; city —(coordination) pmi;
    /// city →(contracting) creche; creche →(contracting) city; pmi ⊣(conflict) creche; caf → caf (self);
    /// "lonely" has no tie.
    static let network: Network = {
        var n = Network()
        n.stakeholders = ["caf", "city", "pmi", "creche", "lonely"].map { Stakeholder(id: $0, kind: .provider) }
        n.ties = [
            Tie(source: "caf", target: "city", kind: .funding, amount: Amount(value: 100), weight: 4, firstYear: 2015, lastYear: 2019),
            Tie(source: "caf", target: "city", kind: .funding, amount: Amount(value: 300), weight: 1, firstYear: 2020),
            Tie(source: "city", target: "pmi", kind: .coordination, weight: 2),
            Tie(source: "city", target: "creche", kind: .contracting, weight: 3),
            Tie(source: "creche", target: "city", kind: .contracting, weight: 5),
            Tie(source: "pmi", target: "creche", kind: .conflict),
            Tie(source: "caf", target: "caf", kind: .funding, amount: Amount(value: 1)),
        ]
        return n
    }()

    func arcs(_ g: AnalysisGraph) -> [String] {
        (0..<g.nodeCount).flatMap { u in
            zip(g.successors(of: u), g.successorWeights(of: u)).map { v, w in
                "\(g.label(of: u))>\(g.label(of: Int(v)))" + (g.isWeighted ? ":\(w)" : "")
            }
        }
    }

    @Test func everythingAsStored() throws {
        let g = try AnalysisGraph(Self.network, selection: GraphSelection(includesNegativeTies: true))
        #expect(g.nodeCount == 5 && g.isDirected && !g.isWeighted)
        // Parallel funding merges, the self-tie drops, undirected kinds run both ways.
        #expect(arcs(g) == ["caf>city", "city>pmi", "city>creche", "pmi>city", "pmi>creche", "creche>city", "creche>pmi"])
        #expect(g.edgeCount == 7)
        #expect(g.outDegree(of: 4) == 0 && g.inDegree(of: 4) == 0)
        #expect(Array(g.predecessors(of: 1)) == [0, 2, 3])
        #expect(g.stakeholderIndices == [0, 1, 2, 3, 4])
    }

    @Test func layers() throws {
        let g = try AnalysisGraph(Self.network, selection: GraphSelection(layers: [.contracting]))
        #expect(arcs(g) == ["city>creche", "creche>city"])
        let undirectedOnly = try AnalysisGraph(Self.network, selection: GraphSelection(layers: [.coordination, .conflict], includesNegativeTies: true))
        #expect(!undirectedOnly.isDirected)
        #expect(undirectedOnly.edgeCount == 2)
    }

    @Test func year() throws {
        let y2016 = try AnalysisGraph(Self.network, selection: GraphSelection(layers: [.funding], year: 2016, weights: .strength(.amount, .identity)))
        #expect(arcs(y2016) == ["caf>city:100.0"])
        let y2022 = try AnalysisGraph(Self.network, selection: GraphSelection(layers: [.funding], year: 2022, weights: .strength(.amount, .identity)))
        #expect(arcs(y2022) == ["caf>city:300.0"])
        let y2010 = try AnalysisGraph(Self.network, selection: GraphSelection(layers: [.funding], year: 2010))
        #expect(y2010.edgeCount == 0 && y2010.nodeCount == 5)
    }

    @Test func directionUndirected() throws {
        let g = try AnalysisGraph(Self.network, selection: GraphSelection(direction: .undirected, includesNegativeTies: true))
        #expect(!g.isDirected)
        #expect(g.edgeCount == 4)
        #expect(g.hasArc(from: 1, to: 0) && g.hasArc(from: 0, to: 1))
        #expect(Array(g.predecessors(of: 1)) == Array(g.successors(of: 1)))
    }

    @Test func directionMutual() throws {
        let g = try AnalysisGraph(Self.network, selection: GraphSelection(direction: .mutual, weights: .strength, includesNegativeTies: true))
        #expect(!g.isDirected)
        // city–creche is reciprocated (3 and 5: the shared strength is 3); caf→city is not.
        #expect(arcs(g) == ["city>pmi:2.0", "city>creche:3.0", "pmi>city:2.0", "pmi>creche:1.0", "creche>city:3.0", "creche>pmi:1.0"])
        let distances = try AnalysisGraph(Self.network, selection: GraphSelection(layers: [.contracting], direction: .mutual, weights: .distance))
        #expect(distances.weight(from: 1, to: 3) == 5)
    }

    @Test func weightsAsStrengthAddUp() throws {
        let g = try AnalysisGraph(Self.network, selection: GraphSelection(layers: [.funding], weights: .strength(.amount, .identity)))
        #expect(g.weightKind == .strength)
        #expect(g.weight(from: 0, to: 1) == 400)
    }

    @Test func weightsAsDistanceKeepTheShortest() throws {
        let g = try AnalysisGraph(Self.network, selection: GraphSelection(layers: [.funding], weights: .distance))
        #expect(g.weightKind == .distance)
        #expect(g.weight(from: 0, to: 1) == 1)
        let reciprocal = try AnalysisGraph(Self.network, selection: GraphSelection(layers: [.funding], weights: .distance(.amount, .reciprocal)))
        #expect(reciprocal.weight(from: 0, to: 1) == 1.0 / 300)
    }

    @Test func missingAmountIsAnErrorNeverADefault() {
        #expect(throws: GraphError.missingAmount(tie: 2)) {
            try AnalysisGraph(Self.network, selection: GraphSelection(weights: .strength(.amount, .identity)))
        }
    }

    @Test func unusableWeights() {
        var n = Self.network
        n.ties[0].weight = 0
        #expect(throws: GraphError.invalidWeight(tie: 0, value: 0, reason: "1/weight needs a positive weight")) {
            try AnalysisGraph(n, selection: GraphSelection(weights: .distance(.weight, .reciprocal)))
        }
        n.ties[0].weight = -1
        #expect(throws: GraphError.self) { try AnalysisGraph(n, selection: GraphSelection(weights: .distance)) }
    }

    @Test func unknownStakeholder() {
        var n = Self.network
        n.ties.append(Tie(source: "caf", target: "ghost", kind: .funding))
        #expect(throws: GraphError.unknownStakeholder(tie: 7, id: "ghost")) { try AnalysisGraph(n) }
    }

    @Test func negativeTiesCanBeLeftOut() throws {
        let g = try AnalysisGraph(Self.network, selection: GraphSelection(includesNegativeTies: false))
        #expect(!g.hasArc(from: 2, to: 3))
    }

    /// Issue 17.1: one default for every command and the library — conflicts carry no paths.
    @Test func negativeTiesAreLeftOutByDefault() throws {
        let g = try AnalysisGraph(Self.network)
        #expect(!g.hasArc(from: 2, to: 3) && !g.hasArc(from: 3, to: 2))
        #expect(g.edgeCount == 5)
        #expect(GraphSelection().summary.contains("negative ties left out"))
    }

    @Test func evidenceConditionsAndExcludedLayers() throws {
        var n = Self.network
        n.ties[0].evidence = .local
        n.ties[1].evidence = .generalRule
        n.ties[2].evidence = .local
        n.ties[3].instrument = "CTG"
        n.ties[3].attributes["places"] = .integer(40)
        let local = try AnalysisGraph(n, selection: GraphSelection(evidence: [.local]))
        #expect(arcs(local) == ["caf>city", "city>pmi", "pmi>city"])
        let rule = try AnalysisGraph(n, selection: GraphSelection(layers: [.funding], weights: .strength(.amount, .identity), evidence: [.generalRule]))
        #expect(arcs(rule) == ["caf>city:300.0"])
        let ctg = try AnalysisGraph(n, selection: GraphSelection(conditions: ["instrument": ["CTG", "PSU"]]))
        #expect(arcs(ctg) == ["city>creche"])
        let places = try AnalysisGraph(n, selection: GraphSelection(conditions: ["places": ["40"], "kind": ["contracting"]]))
        #expect(arcs(places) == ["city>creche"])
        let none = try AnalysisGraph(n, selection: GraphSelection(conditions: ["places": ["40"], "kind": ["funding"]]))
        #expect(none.edgeCount == 0)
        let noCoordination = try AnalysisGraph(n, selection: GraphSelection(excludedLayers: [.coordination, .funding]))
        #expect(arcs(noCoordination) == ["city>creche", "creche>city"])
        var s = GraphSelection(evidence: [.local, .national], conditions: ["instrument": ["CTG"]], excludedLayers: [.coordination])
        s.year = 2022
        #expect(s.summary == "all layers except coordination (negative ties left out); evidence local or national; instrument = CTG; year 2022; direction as stored; unweighted")
    }

    @Test func fromEdges() throws {
        let g = try AnalysisGraph(nodeCount: 4, edges: [(2, 0), (0, 1), (0, 2), (1, 1), (0, 1)], weights: [1, 2, 3, 9, 5],
                                  isDirected: true, weightKind: .strength)
        #expect(arcs(g) == ["0>1:7.0", "0>2:3.0", "2>0:1.0"])
        #expect(Array(g.reversed.successors(of: 0)) == [2])
        let u = g.undirected
        #expect(!u.isDirected && u.weight(from: 0, to: 2) == 4 && u.weight(from: 1, to: 0) == 7)
        #expect(throws: GraphError.nodeOutOfRange(edge: 0, node: 5, nodeCount: 4)) {
            try AnalysisGraph(nodeCount: 4, edges: [(0, 5)], isDirected: false)
        }
        #expect(throws: GraphError.weightCountMismatch(edges: 1, weights: 0)) {
            try AnalysisGraph(nodeCount: 4, edges: [(0, 1)], weights: [], isDirected: false)
        }
    }

    @Test func rowsAreSortedOnLargerGraphs() throws {
        var edges: [(Int, Int)] = []
        var state: UInt64 = 7
        for _ in 0..<5000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            edges.append((Int(state >> 33) % 300, Int(state >> 13) % 300))
        }
        let g = try AnalysisGraph(nodeCount: 300, edges: edges, isDirected: true)
        let distinct = Set(edges.filter { $0.0 != $0.1 }.map { "\($0.0)-\($0.1)" })
        #expect(g.edgeCount == distinct.count)
        for u in 0..<300 {
            let row = Array(g.successors(of: u))
            #expect(row == row.sorted() && Set(row).count == row.count)
            for v in row { #expect(g.predecessors(of: Int(v)).contains(Int32(u))) }
        }
    }
}
