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

    /// In- and out-rows built side by side (directed, unweighted) are the rows one pass and a
    /// transposition give.
    @Test func inRowsBuiltBesideOutRowsMatchTheTransposition() throws {
        for (seed, kinds) in [(UInt64(1), ["custom"]), (2, ["coordination", "funding", "conflict"]), (3, ["funding", "contracting"])] {
            let csv = Array(Self.randomCSV(rows: 500, seed: seed, kinds: kinds, weighted: false).utf8)
            let table = try StreamingEdgeList.read(bytes: csv, file: "t.csv")
            let sideBySide = table.graph(weighted: .none, parallelFrom: 0)
            let oneByOne = table.graph(weighted: .none, parallelFrom: .max)
            #expect(sideBySide.isDirected)
            #expect(Self.sameGraph(sideBySide, oneByOne))
            #expect(Self.sameGraph(sideBySide, try AnalysisGraph(try EdgeListCSV.read(bytes: csv, file: "t.csv"))))
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

    /// A quote-free CSV with every kind of row the reader checks: good ties, self-ties, blank
    /// lines, CRLF and lone CR line ends, bad numbers and years, short rows, empty ends.
    static func unquotedCSV(rows: Int, seed: UInt64) -> [UInt8] {
        var random = SeededGenerator(seed: seed)
        var text = "source,target,kind,weight,firstYear,lastYear,note\n"
        for r in 0..<rows {
            let u = Int.random(in: 0..<60, using: &random), v = Int.random(in: 0..<60, using: &random)
            let kind = ["funding", "coordination", "custom\(r % 3)", ""][Int.random(in: 0..<4, using: &random)]
            var weight = "\(Int.random(in: 1...9, using: &random))"
            var years = ",,"
            switch Int.random(in: 0..<40, using: &random) {
            case 0: weight = "x"
            case 1: weight = "-3"
            case 2: years = ",2021,2019,"
            case 3: years = ",20a,,"
            case 4: text += "n\(u),n\(v)\n"; continue
            case 5: text += ",n\(v),\(kind),1,,,\n"; continue
            case 6: text += "\n"; continue
            case 7: text += "n\(u),n\(u),\(kind),1,,,self\r\n"; continue
            case 8: text += "n\(u),n\(v),\(kind),2,,,cr\r"; continue
            default: break
            }
            let note = r % 6 == 0 ? "note \(r)" : ""
            text += "n\(u),n\(v),\(kind),\(weight)\(years)\(note)\n"
        }
        return Array(text.utf8)
    }

    static func outcome(_ csv: [UInt8], parts: Int, minimumPartBytes: Int) -> String {
        do {
            let t = try StreamingEdgeList.read(bytes: csv, file: "t.csv", options: CSVReadOptions(), parts: parts,
                                               minimumPartBytes: minimumPartBytes)
            let sparse = t.sparseColumns.keys.sorted().map { "\($0)=\(t.sparseColumns[$0]!)" }
            return "ids \(t.ids)\nkinds \(t.kinds)\nsources \(t.sources)\ntargets \(t.targets)\nkinds \(t.kindIndices)\n"
                + "weights \(t.weights)\nsparse \(sparse)\nwarnings \(t.warnings)"
        } catch {
            return "error \(error)"
        }
    }

    /// Reading a quote-free file in parts (in parallel) gives what one pass gives: the same ids
    /// in the same order, ties, kinds, optional columns, warnings and errors with their lines.
    @Test(arguments: [2, 3, 7])
    func readingInPartsMatchesOnePass(parts: Int) throws {
        for (seed, rows) in [(UInt64(1), 400), (2, 2_000), (3, 30)] {
            let csv = Self.unquotedCSV(rows: rows, seed: seed)
            let serial = Self.outcome(csv, parts: 1, minimumPartBytes: .max)
            let parallel = Self.outcome(csv, parts: parts, minimumPartBytes: 1)
            #expect(serial == parallel)
            #expect(serial.hasPrefix("error"))   // the generator always writes some bad rows
            // The same rows without the bad ones: a table, compared in full.
            let good = String(decoding: csv, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("x") && !$0.contains("-3") && !$0.contains("2021") && !$0.contains("20a")
                          && !$0.hasPrefix(",") && ($0.split(separator: ",", omittingEmptySubsequences: false).count == 7 || $0.isEmpty) }
                .joined(separator: "\n")
            let goodBytes = Array(good.utf8)
            let serialGood = Self.outcome(goodBytes, parts: 1, minimumPartBytes: .max)
            #expect(serialGood.hasPrefix("ids"))
            #expect(serialGood == Self.outcome(goodBytes, parts: parts, minimumPartBytes: 1))
        }
        // More than 100 errors: the first hundred in file order, then the count of the rest.
        var many = "source,target,weight\n"
        for r in 0..<500 { many += r % 2 == 0 ? "a,b,x\(r)\n" : "a,b,1\n" }
        let bytes = Array(many.utf8)
        #expect(Self.outcome(bytes, parts: 1, minimumPartBytes: .max) == Self.outcome(bytes, parts: parts, minimumPartBytes: 1))
        // A quote after the header: one pass (a quoted field may span lines).
        let quoted = Array("source,target,note\na,b,\"two\nlines\"\nb,c,\n".utf8)
        #expect(Self.outcome(quoted, parts: 1, minimumPartBytes: .max) == Self.outcome(quoted, parts: parts, minimumPartBytes: 1))
    }
}
