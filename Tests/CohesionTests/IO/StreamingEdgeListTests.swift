import Testing
@testable import Cohesion

/// The streaming CSV reader gives the graph the ``Network`` path gives, and reports the same
/// problems with their places.
@Suite struct StreamingEdgeListTests {
    static func randomCSV(rows: Int, seed: UInt64, kinds: [String], weighted: Bool) -> String {
        var random = SeededGenerator(seed: seed)
        var text = weighted ? "source,target,kind,weight,note\n" : "source,target,kind,note\n"
        for r in 0..<rows {
            let u = Int.random(in: 0..<40, using: &random), v = Int.random(in: 0..<40, using: &random)
            let kind = kinds[Int.random(in: 0..<kinds.count, using: &random)]
            let source = r % 7 == 0 ? "\"n,\(u)\"" : "n\(u)"
            let note = r % 5 == 0 ? "\"said \"\"yes\"\"\"" : ""
            let w = weighted ? ",\(Int.random(in: 1...9, using: &random))" : ""
            text += "\(source),n\(v),\(kind)\(w),\(note)\n"
        }
        return text
    }

    static func sameGraph(_ a: AnalysisGraph, _ b: AnalysisGraph) -> Bool {
        guard a.nodeCount == b.nodeCount, a.isDirected == b.isDirected, a.labels == b.labels,
              a.weightKind == b.weightKind else { return false }
        for v in 0..<a.nodeCount {
            if Array(a.successors(of: v)) != Array(b.successors(of: v)) { return false }
            if Array(a.predecessors(of: v)) != Array(b.predecessors(of: v)) { return false }
            if Array(a.successorWeights(of: v)) != Array(b.successorWeights(of: v)) { return false }
        }
        return true
    }

    @Test(arguments: [(["funding", "contracting"], true), (["coordination"], false),
                      (["coordination", "funding", "custom"], true), (["custom"], false)])
    func sameGraphAsTheNetworkPath(kinds: [String], weighted: Bool) throws {
        for seed in UInt64(1)...3 {
            let csv = Array(Self.randomCSV(rows: 300, seed: seed, kinds: kinds, weighted: weighted).utf8)
            let network = try EdgeListCSV.read(bytes: csv, file: "t.csv")
            let table = try StreamingEdgeList.read(bytes: csv, file: "t.csv")
            #expect(table.count == network.ties.count)
            #expect(table.ids == network.stakeholders.map(\.id))
            let expected = try AnalysisGraph(network, selection: GraphSelection(weights: weighted ? .distance(.weight, .identity) : .none))
            #expect(Self.sameGraph(table.graph(weighted: weighted ? .distance : .none), expected))
            #expect(table.sparseColumns["note"]?.values.first == "said \"yes\"")
        }
    }

    @Test func undirectedOptionAndConflictTies() throws {
        let csv = Array("source,target,kind\na,b,custom\nb,c,conflict\nc,a,custom\n".utf8)
        let directed = try StreamingEdgeList.read(bytes: csv, file: "t.csv").graph()
        #expect(directed.isDirected && directed.edgeCount == 2)
        let undirected = try StreamingEdgeList.read(bytes: csv, file: "t.csv", options: CSVReadOptions(undirected: true)).graph()
        #expect(!undirected.isDirected && undirected.edgeCount == 2)   // the conflict carries no path
    }

    @Test func problemsAreReportedWithTheirPlaces() throws {
        let csv = Array("source,target,weight,firstYear,lastYear\na,b,x,,\n,b,1,,\na,b,-2,,\na,b,1,2020,2019\na,b\nc,c,1,,\n".utf8)
        do {
            _ = try StreamingEdgeList.read(bytes: csv, file: "t.csv")
            Issue.record("expected errors")
        } catch let invalid as InvalidNetwork {
            let found = invalid.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.message)" }
            #expect(found == ["2:5 'weight' must be a number, found 'x'", "3:1 empty source",
                              "4:5 weight must not be negative, found -2.0", "5:1 first year 2020 is after last year 2019",
                              "6:1 expected 5 fields as in the header, found 2"])
        }
        let table = try StreamingEdgeList.read(bytes: Array("source,target\nc,c\n".utf8), file: "t.csv")
        #expect(table.warnings.count == 1 && table.graph().edgeCount == 0)
        #expect(throws: InvalidNetwork.self) { try StreamingEdgeList.read(bytes: Array("a,b\n\"x,y\n".utf8), file: "t.csv") }
    }
}
