import Foundation
import Testing

/// Issue 17.1: one default selection for every command, the report and the library — each
/// figure the report shows equals the one the command that prints it gives.
@Suite("one default selection: centrality, compare, coalitions and the report agree")
struct OneSelectionTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try ToolRunner.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The `data-value` of the cell `column` cells after the row header `name` in the report.
    func reportValue(_ html: String, row name: String, cell column: Int, after marker: String = "") throws -> Double {
        let start = try #require(marker.isEmpty ? html.startIndex : html.range(of: marker)?.upperBound)
        let header = try #require(html.range(of: "\(name)</th>", range: start..<html.endIndex))
        var rest = html[header.upperBound...]
        for _ in 0..<column {
            let cell = try #require(rest.range(of: "<td"))
            rest = rest[cell.upperBound...]
        }
        let value = try #require(rest.range(of: "data-value=\"")?.upperBound)
        let end = try #require(rest[value...].firstIndex(of: "\""))
        return try #require(Double(rest[value..<end]))
    }

    @Test func lilleFiguresAreTheSameEverywhere() throws {
        let lille = "Networks/lille.yaml", nantes = "Networks/nantes.yaml"
        // Betweenness of Ville de Lille: centrality, compare's top brokers, the report's table.
        let centrality = try json(["centrality", lille, "--measures", "betweenness"])
        let nodes = try #require(centrality["nodes"] as? [[String: Any]])
        let fromCentrality = try #require(nodes.first { $0["id"] as? String == "lille" }?["betweenness"] as? Double)
        let compare = try json(["compare", lille, nantes])
        let profile = try #require((compare["networks"] as? [[String: Any]])?.first)
        let top = try #require(profile["topBetweenness"] as? [[String: Any]])
        let fromCompare = try #require(top.first { $0["id"] as? String == "lille" }?["betweenness"] as? Double)
        #expect(abs(fromCentrality - fromCompare) <= 1e-14)
        // NetworkX betweenness_centrality on Lille with the conflict ties left out (Networks/lille.yaml of issue 15).
        #expect(abs(fromCentrality - 0.15917899929527835) < 1e-12, "conflict ties carry no paths: \(fromCentrality)")

        let dir = try ToolRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("r.html").path
        let report = try ToolRunner.run(["report", lille, nantes, "-o", out])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        // Columns: kind, sector, inDegree, outDegree, betweenness.
        let fromReport = try reportValue(html, row: "Ville de Lille (with Lomme and Hellemmes)", cell: 5)
        #expect(abs(fromReport - fromCentrality) <= 1e-14)

        // Coalitions and modularity: the coalitions command, compare, the Lille section.
        let coalitions = try json(["coalitions", lille])
        let count = try #require(coalitions["coalitionCount"] as? Int ?? (coalitions["coalitions"] as? [Any])?.count)
        let modularity = try #require(coalitions["modularity"] as? Double)
        #expect(profile["coalitionCount"] as? Int == count)
        #expect(profile["modularity"] as? Double == modularity)
        let lilleSection = try #require(html.range(of: "Childcare governance in Lille")).lowerBound
        let sentence = try #require(html.range(of: "Leiden (seed 1) finds ", range: lilleSection..<html.endIndex))
        let words = html[sentence.upperBound...].prefix(80).split(separator: " ")
        #expect(Int(words[0]) == count, "the Lille section says \(words[0]) coalitions")
        let shown = try #require(Double(words[4].trimmingCharacters(in: CharacterSet(charactersIn: ":"))))
        #expect(abs(shown - modularity) <= 1e-3 * abs(modularity), "the Lille section says modularity \(shown)")
        // E-I by sector: compare and the Lille section's whole-network row.
        let ei = try #require(profile["eiIndex"] as? Double)
        let eiFromReport = try reportValue(String(html[lilleSection...]), row: "whole network", cell: 4)
        #expect(abs(eiFromReport - ei) <= 1e-14)
        // Every output states the selection.
        #expect(compare["selection"] != nil && coalitions["selection"] != nil && centrality["selection"] != nil)
        #expect(html.contains("Ties analysed: all layers (negative ties left out)"))
    }

    @Test func selectionOptionsFilterAndAreStated() throws {
        let lille = "Networks/lille.yaml"
        let all = try ToolRunner.run(["profile", lille, "--format", "json"])
        let local = try ToolRunner.run(["profile", lille, "--evidence", "local", "--evidence", "national", "--format", "json"])
        #expect(all.status == 0 && local.status == 0, "\(local.stderr)")
        let a = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        let l = try #require(try JSONSerialization.jsonObject(with: Data(local.stdout.utf8)) as? [String: Any])
        let sel = try #require(l["selection"] as? [String: Any])
        #expect(sel["evidence"] as? [String] == ["local", "national"])
        let da = try #require((a["networks"] as? [[String: Any]])?.first?["density"] as? Double)
        let dl = try #require((l["networks"] as? [[String: Any]])?.first?["density"] as? Double)
        #expect(dl < da)
        let table = try ToolRunner.run(["centrality", lille, "--exclude-layer", "coordination", "--tie-where", "instrument=CTG"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("Ties: all layers except coordination (negative ties left out); instrument = CTG;"))
        let conflict = try ToolRunner.run(["centrality", lille, "--layer", "conflict"])
        #expect(conflict.status != 0 && conflict.stderr.contains("--include-negative"))
        let kept = try ToolRunner.run(["centrality", lille, "--layer", "conflict", "--include-negative"])
        #expect(kept.status == 0 && kept.stdout.contains("negative ties kept"))
        let bad = try ToolRunner.run(["centrality", lille, "--evidence", "rumour"])
        #expect(bad.status != 0)
    }
}

