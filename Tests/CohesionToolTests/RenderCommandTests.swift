import Foundation
import Testing

/// `cohesion render` as a user runs it, with the `dot` program out of reach.
@Suite("cohesion render")
struct RenderCommandTests {
    /// An environment without `dot` on PATH and with Graphviz's plugin directory pointing at an
    /// empty folder, so nothing can come from the `dot` program or its plugin configuration.
    static func bareEnvironment(_ directory: URL) throws -> [String: String] {
        let empty = directory.appendingPathComponent("no-plugins")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        return ["PATH": directory.path, "GVBINDIR": empty.path, "HOME": directory.path]
    }

    @Test("renders every bundled network to SVG, PNG, PDF and DOT without the dot program")
    func rendersWithoutDot() throws {
        let directory = try ToolRunner.temporaryDirectory()
        let environment = try Self.bareEnvironment(directory)
        let networks = (try FileManager.default.contentsOfDirectory(atPath: ToolRunner.packageRoot.appendingPathComponent("Networks").path))
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(!networks.isEmpty)
        for (i, name) in networks.enumerated() {
            let format = ["svg", "png", "pdf", "dot"][i % 4]
            let output = directory.appendingPathComponent("\(name).\(format)").path
            let result = try ToolRunner.run(["render", "Networks/\(name)", "-o", output, "--size-by", "degree",
                                             "--cluster-by", "level", "--dpi", "72"], environment: environment)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.contains("laid out with dot"), "\(name): \(result.stdout)")
            let data = try Data(contentsOf: URL(fileURLWithPath: output))
            switch format {
            case "svg": #expect(String(decoding: data, as: UTF8.self).contains("<svg"))
            case "png": #expect(Array(data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            case "pdf": #expect(String(decoding: data.prefix(5), as: UTF8.self) == "%PDF-")
            default: #expect(String(decoding: data, as: UTF8.self).contains("pos="))
            }
        }
    }

    @Test("renders networks side by side and reads DOT back in")
    func sideBySideAndDOTInput() throws {
        let directory = try ToolRunner.temporaryDirectory()
        let environment = try Self.bareEnvironment(directory)
        let svg = directory.appendingPathComponent("cities.svg").path
        let result = try ToolRunner.run(["render", "Networks/lille.yaml", "Networks/nantes.yaml", "-o", svg,
                                         "--color-by", "level", "--engine", "dot"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("cluster_panel_1") && text.contains("cluster_panel_2"))
        // The unpositioned DOT is read back through cgraph by any command.
        let dot = directory.appendingPathComponent("lille.gv").path
        #expect(try ToolRunner.run(["render", "Networks/lille.yaml", "-o", dot, "--unpositioned"], environment: environment).status == 0)
        let info = try ToolRunner.run(["info", dot], environment: environment)
        #expect(info.status == 0, "\(info.stderr)")
    }

    @Test("a broken DOT input fails with Graphviz's message and writes nothing")
    func brokenInput() throws {
        let directory = try ToolRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("broken.gv")
        try "digraph {\n a -> b\n c -> -> d\n}\n".write(to: input, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("out.svg").path
        let result = try ToolRunner.run(["render", input.path, "-o", output], environment: try Self.bareEnvironment(directory))
        #expect(result.status != 0)
        #expect(result.stderr.contains("syntax error in line 3"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("an unknown output extension is refused")
    func unknownFormat() throws {
        let result = try ToolRunner.run(["render", "Networks/lille.yaml", "-o", "/tmp/x.bmp"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot tell the format"))
    }
}
