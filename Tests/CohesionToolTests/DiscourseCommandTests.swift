import Foundation
import Testing

@Suite("cohesion discourse, end to end")
struct DiscourseCommandTests {
    static let sample = ToolRunner.packageRoot.appendingPathComponent("Tests/CohesionTests/Fixtures/discourse/dna-sample.dna").path

    func object(_ arguments: [String]) throws -> [String: Any] {
        let result = try ToolRunner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("JSON of the DNA sample: rDNA's 7 × 6 two-mode network with sum 40, 7 × 7 one-mode with sum 276")
    func json() throws {
        let two = try object(["discourse", Self.sample, "--format", "json"])
        #expect(two["networkType"] as? String == "twomode")
        let rows = try #require(two["rows"] as? [String]), columns = try #require(two["columns"] as? [String])
        let matrix = try #require(two["matrix"] as? [[Double]])
        #expect(rows.count == 7 && columns.count == 6 && matrix.flatMap { $0 }.reduce(0, +) == 40)
        let one = try object(["discourse", Self.sample, "--network-type", "onemode", "--format", "json"])
        #expect((one["matrix"] as? [[Double]])?.flatMap { $0 }.reduce(0, +) == 276)
        let windows = try object(["discourse", Self.sample, "--network-type", "onemode", "--window", "7d", "--format", "json"])
        #expect((windows["windows"] as? [Any])?.count == 16)   // mid-points 2005-01-29 … 2005-02-13
    }

    @Test("--coalitions and --polarization: signed Leiden members and DNA's score on the sample (rDNA: 0.5342493)")
    func coalitionsAndPolarization() throws {
        let o = try object(["discourse", Self.sample, "--network-type", "onemode", "--qualifier-aggregation", "subtract",
                            "--coalitions", "--polarization", "--normalize-scores", "--format", "json"])
        #expect((o["coalitions"] as? [String: Int])?.count == 7)
        let p = try #require(o["polarization"] as? [String: Any])
        #expect(abs((p["score"] as? Double ?? 0) - 0.5342493) < 5e-8)
        let w = try object(["discourse", Self.sample, "--network-type", "onemode", "--qualifier-aggregation", "subtract",
                            "--window", "10d", "--coalitions", "--format", "json"])
        let windows = try #require(w["windows"] as? [[String: Any]])
        #expect(windows.count == 12 && windows[0]["stability"] == nil && windows[1]["stability"] != nil)
        let bad = try ToolRunner.run(["discourse", Self.sample, "--coalitions"])
        #expect(bad.status == 1 && bad.stderr.contains("onemode"))
    }

    @Test("A native file with statements, a CSV statement list added, isolates in file order")
    func nativeAndCSV() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("n.yaml")
        try """
            stakeholders: [{id: z, kind: state}, {id: a, kind: state}, {id: b, kind: state}]
            concepts: [{id: x}]
            statements:
              - {actor: a, concept: x, agree: true, date: "2015"}
            """.write(to: file, atomically: true, encoding: .utf8)
        let csv = dir.appendingPathComponent("s.csv")
        try "actor,concept,agree,date,venue\nb,x,false,2016-02-01,conseil\nb,y,true,2016-02-02,presse\n".write(to: csv, atomically: true, encoding: .utf8)
        let o = try object(["discourse", file.path, "--statements", csv.path, "--format", "json"])
        #expect(o["rows"] as? [String] == ["z", "a", "b"] && o["columns"] as? [String] == ["x", "y"])
        #expect(o["matrix"] as? [[Double]] == [[0, 0], [1, 0], [1, 1]])
        let conflict = try object(["discourse", file.path, "--statements", csv.path, "--network-type", "onemode",
                                   "--qualifier-aggregation", "conflict", "--format", "json"])
        #expect(conflict["matrix"] as? [[Double]] == [[0, 0, 0], [0, 0, 1], [0, 1, 0]])
    }

    @Test("Incompatible options and files without statements fail with one error line")
    func errors() throws {
        let bad = try ToolRunner.run(["discourse", Self.sample, "--qualifier-aggregation", "congruence"])
        #expect(bad.status == 1 && bad.stderr.contains("for one-mode networks"))
        let none = try ToolRunner.run(["discourse", ToolRunner.packageRoot.appendingPathComponent("Networks/national-framework.yaml").path])
        #expect(none.status == 1 && none.stderr.contains("no statements"), "\(none.stderr)")
        let window = try ToolRunner.run(["discourse", Self.sample, "--window", "3q"])
        #expect(window.status == 1 && window.stderr.contains("--window"))
    }

    @Test("convert --discourse writes DNA's DL full matrix and GraphML")
    func convert() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let dl = dir.appendingPathComponent("o.dl")
        let r = try ToolRunner.run(["convert", Self.sample, dl.path, "--discourse", "--network-type", "onemode"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: dl, encoding: .utf8)
        #expect(text.hasPrefix("dl n = 7, format = fullmatrix\nlabels:\n\"Alliance to Save Energy\"\n"))
        #expect(text.contains("data:\n 0 4 10 2 4 4 3\n"))
        let gml = dir.appendingPathComponent("o.graphml")
        #expect(try ToolRunner.run(["convert", Self.sample, gml.path, "--discourse"]).status == 0)
        let g = try String(contentsOf: gml, encoding: .utf8)
        #expect(g.components(separatedBy: "<edge ").count - 1 == 22)   // rDNA's tidygraph: 22 two-mode edges
    }

    static let cities = ["alpha.yaml", "beta.yaml"].map {
        ToolRunner.packageRoot.appendingPathComponent("Tests/CohesionTests/Fixtures/discourse/cities/\($0)").path
    }

    @Test("--coalitions --method hclust/kmeans/equivalence: dna_multiclust's partitions and modularity on the sample")
    func multiclust() throws {
        let h = try object(["discourse", Self.sample, "--coalitions", "--method", "hclust", "--linkage", "single", "--format", "json"])
        #expect(h["method"] as? String == "Hierarchical (Single)" && h["k"] as? Int == 2)
        #expect(abs((h["modularity"] as? Double ?? 0) - 0.2716049382716049) < 1e-12)   // R: multiclust.json
        #expect((h["coalitions"] as? [String: Int])?["Sierra Club"] == 1)
        let e = try object(["discourse", Self.sample, "--coalitions", "--method", "equivalence", "--k", "3", "--format", "json"])
        #expect(e["k"] as? Int == 3 && (e["coalitions"] as? [String: Int])?["Senate"] == 3)
        let bad = try ToolRunner.run(["discourse", Self.sample, "--coalitions", "--method", "kmeans", "--k", "1"])
        #expect(bad.status == 1 && bad.stderr.contains("--k"))
    }

    @Test("--diagram writes the two-mode agree/disagree SVG with its legend, and the coalition diagram")
    func diagram() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let svg = dir.appendingPathComponent("stances.svg")
        let r = try ToolRunner.run(["discourse", Self.sample, "--diagram", svg.path])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains("<svg") && text.contains(">legend</text>") && text.contains(">agrees</text>") && text.contains(">disagrees</text>"))
        let one = dir.appendingPathComponent("coalitions.svg")
        #expect(try ToolRunner.run(["discourse", Self.sample, "--network-type", "onemode", "--diagram", one.path]).status == 0)
        let c = try String(contentsOf: one, encoding: .utf8)
        #expect(c.contains(">congruence</text>") && c.contains(">coalition 1</text>"))
        let wrong = try ToolRunner.run(["discourse", Self.sample, "--diagram", dir.appendingPathComponent("x.txt").path])
        #expect(wrong.status == 1 && wrong.stderr.contains("--diagram"))
    }

    @Test("compare adds a discourse section for files with statements, and none without")
    func compareDiscourse() throws {
        let o = try object(["compare"] + Self.cities + ["--format", "json"])
        let d = try #require(o["discourse"] as? [String: Any])
        #expect(d["networks"] as? [String] == ["Alpha", "Beta"])
        #expect(d["shared"] as? [String] == ["quality", "targets"])
        let polarization = try #require(d["polarization"] as? [[String: Any]])
        let alpha = try #require(polarization.first?["years"] as? [[String: Any]])
        #expect(abs((alpha.first?["score"] as? Double ?? 0) - 5.0 / 12) < 1e-12)
        let table = try ToolRunner.run(["compare"] + Self.cities)
        #expect(table.status == 0 && table.stdout.contains("Discourse (statements") && table.stdout.contains("Alpha: dsp"))
        let lille = ToolRunner.packageRoot.appendingPathComponent("Networks/lille.yaml").path
        let nantes = ToolRunner.packageRoot.appendingPathComponent("Networks/nantes.yaml").path
        let plain = try ToolRunner.run(["compare", lille, nantes, "--format", "json"])
        #expect(plain.status == 0)
        let hasStatements = try String(contentsOfFile: lille, encoding: .utf8).contains("\nstatements:")
            || String(contentsOfFile: nantes, encoding: .utf8).contains("\nstatements:")
        #expect(plain.stdout.contains("\"discourse\"") == hasStatements)
    }

    @Test("report has a discourse section for files with statements")
    func reportDiscourse() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let html = dir.appendingPathComponent("r.html")
        let r = try ToolRunner.run(["report"] + Self.cities + ["-o", html.path, "--no-diagrams"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: html, encoding: .utf8)
        #expect(text.contains("Discourses compared: Alpha, Beta") && text.contains("Polarization per year"))
    }

    @Test("--polarization --window 8d --kernel gaussian: rDNA's test expects 22 slices on the sample")
    func kernelPolarization() throws {
        let o = try object(["discourse", Self.sample, "--polarization", "--window", "8d", "--kernel", "gaussian", "--format", "json"])
        let slices = try #require(o["slices"] as? [[String: Any]])
        #expect(slices.count == 22 && o["kernel"] as? String == "gaussian")
        #expect(slices.allSatisfy { ($0["score"] as? Double).map { $0 >= 0 } ?? false })
        let bad = try ToolRunner.run(["discourse", Self.sample, "--polarization", "--kernel", "uniform"])
        #expect(bad.status == 1 && bad.stderr.contains("--window"))
    }
}
