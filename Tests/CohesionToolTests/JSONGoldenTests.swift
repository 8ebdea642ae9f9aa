import Foundation
import Testing

/// One recorded run of the tool: the arguments in `Fixtures/json-golden/commands.tsv` and the
/// file holding what that run wrote before the architecture work of issue 12.
struct GoldenRun: CustomTestStringConvertible, Sendable {
    /// The golden file's name, which is also the run's name.
    var golden: String
    /// The tool's arguments; one of the form `OUT.ext` stands for a temporary output file.
    var arguments: [String]

    var testDescription: String { golden }

    /// The folder of the golden files.
    static let folder = ToolRunner.packageRoot.appendingPathComponent("Tests/CohesionToolTests/Fixtures/json-golden")

    /// Every run of the manifest, in its order.
    static let all: [GoldenRun] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("commands.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return GoldenRun(golden: String(parts[0]), arguments: parts[1].split(separator: " ").map(String.init))
        }
    }()
}

/// The JSON (and CSV, and converted files) the tool writes on the bundled networks stays byte
/// for byte what it was: regenerate with `Scripts/fixtures/json_golden.sh` only for an intended
/// change of output, and say so in the commit.
@Suite("Golden outputs on the bundled networks")
struct JSONGoldenTests {
    @Test("the manifest lists the runs")
    func manifest() {
        #expect(GoldenRun.all.count > 100)
    }

    @Test("output is byte-identical to the golden file", arguments: GoldenRun.all)
    func identical(_ run: GoldenRun) throws {
        let expected = try Data(contentsOf: GoldenRun.folder.appendingPathComponent(run.golden))
        let dir = try ToolRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var outputFile: URL?
        let arguments = run.arguments.map { argument -> String in
            guard argument.hasPrefix("OUT.") else { return argument }
            let url = dir.appendingPathComponent(argument)
            outputFile = url
            return url.path
        }
        // One thread, as the golden files were made: parallel sums may differ in the last bit.
        var environment = ProcessInfo.processInfo.environment
        environment["COHESION_THREADS"] = "1"
        let result = try ToolRunner.run(arguments, environment: environment)
        #expect(result.status == 0, "\(run.golden): \(result.stderr)")
        let actual = try outputFile.map { try Data(contentsOf: $0) } ?? Data(result.stdout.utf8)
        if actual != expected {
            let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            let got = line < a.count ? String(a[line]) : "<end>"
            let want = line < e.count ? String(e[line]) : "<end>"
            Issue.record("\(run.golden) differs at line \(line + 1): got \(got) expected \(want)")
        }
    }
}
