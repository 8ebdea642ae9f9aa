import Foundation
import Testing

/// Issue 14.4: the report made with `--null` shows each statistic's null distribution with the
/// observed value, its percentile and z — the same numbers `compare --null … --format json`
/// gives for the same seed (one figure, one value).
@Suite("cohesion report --null draws the null distributions compare --null tests")
struct ReportNullModelTests {
    /// The `data-` attributes of each null histogram in a report: (network, statistic) → values.
    static func histograms(_ html: String) -> [String: [String: String]] {
        var found: [String: [String: String]] = [:]
        var rest = Substring(html)
        while let start = rest.range(of: "<figure class=\"null-cell\"") {
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else { break }
            let tag = rest[start.upperBound..<end]
            var attributes: [String: String] = [:]
            for part in tag.split(separator: "\" ") {
                let pair = part.split(separator: "=", maxSplits: 1)
                guard pair.count == 2 else { continue }
                attributes[pair[0].trimmingCharacters(in: .whitespaces)] = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            found["\(attributes["data-network"] ?? "")|\(attributes["data-statistic"] ?? "")"] = attributes
            rest = rest[end...]
        }
        return found
    }

    @Test func percentilesEqualCompareNull() throws {
        let directory = try ToolRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("null.html").path
        let report = try ToolRunner.run(["report", "Networks/lille.yaml", "Networks/nantes.yaml", "--no-diagrams",
                                         "--null", "edges", "--reps", "80", "--seed", "7", "-o", output])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("Against the null model"))
        let shown = Self.histograms(html)
        let compare = try ToolRunner.run(["compare", "Networks/lille.yaml", "Networks/nantes.yaml", "--null", "edges",
                                          "--reps", "80", "--seed", "7", "--format", "json"])
        #expect(compare.status == 0, "\(compare.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any])
        let networks = try #require((json["null"] as? [String: Any])?["networks"] as? [[String: Any]])
        var compared = 0
        for network in networks {
            let name = try #require(network["name"] as? String)
            for statistic in try #require(network["statistics"] as? [[String: Any]]) {
                let id = try #require(statistic["statistic"] as? String)
                let cell = try #require(shown["\(name)|\(id)"], "no histogram for \(name), \(id)")
                for (key, attribute) in [("percentile", "data-percentile"), ("z", "data-z"), ("observed", "data-observed")] {
                    let expected = statistic[key] as? Double
                    let drawn = cell[attribute].flatMap { $0.isEmpty ? nil : Double($0) }
                    if let expected, let drawn {
                        #expect(abs(expected - drawn) <= 1e-12 * max(1, abs(expected)), "\(name) \(id) \(key): compare \(expected), report \(drawn)")
                    } else {
                        #expect(expected == nil && drawn == nil, "\(name) \(id) \(key): compare \(String(describing: expected)), report \(String(describing: drawn))")
                    }
                }
                compared += 1
            }
        }
        #expect(compared == 18, "two networks × nine statistics")
        #expect(shown.count == compared)
        // Each histogram is labelled and marks the observed value.
        #expect(html.components(separatedBy: "class=\"null-hist\" role=\"img\" aria-label=\"").count - 1 == compared)
        #expect(html.components(separatedBy: "class=\"null-observed\"").count - 1 == compared)
    }

    @Test func badRepsAreRefused() throws {
        let result = try ToolRunner.run(["report", "Networks/lille.yaml", "--no-diagrams", "--null", "edges", "--reps", "0", "-o", "/dev/null"])
        #expect(result.status != 0 && result.stderr.contains("--reps"))
    }
}
