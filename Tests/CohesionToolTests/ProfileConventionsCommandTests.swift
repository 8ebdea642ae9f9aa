import Foundation
import Testing

/// `cohesion profile` names its path-length conventions and explains a NaN closeness
/// centralization (issue 17.3).
@Suite("profile: path conventions and closeness note")
struct ProfileConventionsCommandTests {
    @Test("on Lille the diameter is igraph's over reachable pairs, beside the strong component's")
    func lilleConventions() throws {
        let json = try ToolRunner.run(["profile", "Networks/lille.yaml", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let row = try #require((root["networks"] as? [[String: Any]])?.first)
        let nodes = try #require(row["nodeCount"] as? Int)
        let component = try #require(row["largestComponentSize"] as? Int)
        let pairs = try #require(row["reachablePairs"] as? Int)
        // Far more pairs are joined than the strong component holds.
        #expect(pairs > component * (component - 1))
        #expect(component < nodes)
        #expect(row["componentDiameter"] is Double)
        #expect(row["weakComponentClosenessCentralization"] is Double)
        // Closeness centralization is undefined there, and the row says why.
        #expect(row["closenessCentralization"] is NSNull)
        let note = try #require(row["closenessCentralizationNote"] as? String)
        #expect(note.contains("reached by no one"))
        let table = try ToolRunner.run(["profile", "Networks/lille.yaml"])
        #expect(table.stdout.contains("note (Networks/lille.yaml): closeness centralization is undefined"))
        #expect(table.stdout.contains("weak component closeness centralization"))
    }
}
