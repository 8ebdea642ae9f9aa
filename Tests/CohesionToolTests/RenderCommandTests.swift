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
        #expect(result.stderr.contains("broken.gv:3") && result.stderr.contains("syntax error"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("an unknown output extension is refused")
    func unknownFormat() throws {
        let result = try ToolRunner.run(["render", "Networks/lille.yaml", "-o", "/tmp/x.bmp"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot tell the format"))
    }
}

/// Issue 17.4 and 19.1–19.3: options that do what they say, figures that fit a page.
@Suite("cohesion render options and pages")
struct RenderOptionsTests {
    static func pngSize(_ path: String) throws -> (width: Int, height: Int) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        func be32(_ offset: Int) -> Int { data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    @Test("--year titles the year")
    func yearInTitle() throws {
        let directory = try ToolRunner.temporaryDirectory()
        let dot = directory.appendingPathComponent("lille-2024.gv").path
        let result = try ToolRunner.run(["render", "Networks/lille.yaml", "--year", "2024", "-o", dot, "--unpositioned"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(text.contains("(2024)"))
        #expect(!text.contains("2010–2025"))
    }

    @Test("--cluster-by coalition draws the boxes")
    func clusterByCoalition() throws {
        let directory = try ToolRunner.temporaryDirectory()
        let svg = directory.appendingPathComponent("coalitions.svg").path
        let result = try ToolRunner.run(["render", "Networks/nantes.yaml", "--cluster-by", "coalition", "-o", svg])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("laid out with dot"), "\(result.stdout)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("class=\"cluster\""))
        #expect(text.contains("coalition 1"))
        // An attribute no stakeholder has is an error naming those that exist.
        let bad = try ToolRunner.run(["render", "Networks/nantes.yaml", "--cluster-by", "colour", "-o", svg])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("colour") && bad.stderr.contains("sector") && bad.stderr.contains("coalition"), "\(bad.stderr)")
    }

    @Test("--color-by an attribute that does not exist is an error naming those that do, and writes nothing")
    func colorByUnknown() throws {
        let directory = try ToolRunner.temporaryDirectory()
        let svg = directory.appendingPathComponent("colour.svg").path
        let result = try ToolRunner.run(["render", "Networks/lille.yaml", "--color-by", "colour", "-o", svg])
        #expect(result.status != 0)
        #expect(result.stderr.contains("'colour'") && result.stderr.contains("sector") && result.stderr.contains("level"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: svg))
    }

    @Test("default figures are page-sized: one city and two side by side")
    func pageSized() throws {
        let directory = try ToolRunner.temporaryDirectory()
        for inputs in [["Networks/lille.yaml"], ["Networks/nantes.yaml"], ["Networks/lille.yaml", "Networks/nantes.yaml"]] {
            let png = directory.appendingPathComponent("page-\(inputs.count)-\(inputs[0].hasSuffix("lille.yaml")).png").path
            let result = try ToolRunner.run(["render"] + inputs + ["-o", png, "--size-by", "betweenness"])
            #expect(result.status == 0, "\(result.stderr)")
            let (width, height) = try Self.pngSize(png)
            let ratio = Double(width) / Double(height)
            #expect(ratio >= 0.5 && ratio <= 2, "\(inputs): \(width) × \(height)")
        }
        // A page given in centimetres, portrait: the drawing fits inside it.
        let png = directory.appendingPathComponent("portrait.png").path
        let result = try ToolRunner.run(["render", "Networks/lille.yaml", "-o", png, "--page", "12x18cm", "--dpi", "100"])
        #expect(result.status == 0, "\(result.stderr)")
        let (width, height) = try Self.pngSize(png)
        #expect(width <= Int(12 / 2.54 * 100) + 2 && height <= Int(18 / 2.54 * 100) + 2, "\(width) × \(height)")
        #expect(width >= Int(10 / 2.54 * 100), "\(width) × \(height)")
        let bad = try ToolRunner.run(["render", "Networks/lille.yaml", "-o", png, "--page", "huge"])
        #expect(bad.status != 0 && bad.stderr.contains("a4"))
    }

    @Test("a 10 MB name renders in seconds, cut to the label limit")
    func hugeName() throws {
        let directory = try ToolRunner.temporaryDirectory()
        // Readers refuse ids over 10,000 bytes, so the 10 MB is in the name.
        let input = directory.appendingPathComponent("huge.yaml")
        let name = String(repeating: "Crèche géante ", count: 10_000_000 / 14)
        try """
            stakeholders:
              - {id: huge, name: "\(name)", kind: municipality}
              - {id: b, name: B, kind: municipality}
            ties:
              - {source: huge, target: b, kind: coordination}

            """.write(to: input, atomically: true, encoding: .utf8)
        let svg = directory.appendingPathComponent("huge.svg").path
        let start = Date()
        let result = try ToolRunner.run(["render", input.path, "-o", svg, "--time-limit", "20"])
        let seconds = Date().timeIntervalSince(start)
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        #expect(seconds < 30, "took \(seconds) s")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("…"))
    }
}

/// Issue 20.7: the report's layouts have a time limit too.
@Suite("cohesion report time limit")
struct ReportTimeLimitTests {
    @Test("a diagram whose layout runs past --time-limit is left out with a note; the report is written")
    func reportHonoursTheTimeLimit() throws {
        let directory = try ToolRunner.temporaryDirectory()
        let html = directory.appendingPathComponent("report.html").path
        let result = try ToolRunner.run(["report", "Networks/lille.yaml", "-o", html, "--time-limit", "0.001"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("left out") && result.stderr.contains("--time-limit"), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: html))
    }

    @Test("--full-labels writes full names on the nodes of render and report; short names by default")
    func fullLabels() throws {
        let directory = try ToolRunner.temporaryDirectory()
        func cnafLine(_ extra: [String]) throws -> String {
            let dot = directory.appendingPathComponent("lille\(extra.count).gv").path
            let run = try ToolRunner.run(["render", "Networks/lille.yaml", "-o", dot, "--unpositioned"] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            let text = try String(contentsOfFile: dot, encoding: .utf8)
            return text.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("cnaf [") }.map(String.init) ?? ""
        }
        let short = try cnafLine([]), full = try cnafLine(["--full-labels"])
        #expect(short.contains("label=\"CNAF\""), "\(short)")
        #expect(full.contains("label=\"CNAF\\n(national\\nfamily"), "\(full)")

        func report(_ extra: [String]) throws -> String {
            let html = directory.appendingPathComponent("report\(extra.count).html").path
            let run = try ToolRunner.run(["report", "Networks/lille.yaml", "--no-diagrams", "-o", html] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            return try String(contentsOfFile: html, encoding: .utf8)
        }
        let shortPage = try report([]), fullPage = try report(["--full-labels"])
        #expect(shortPage.contains("<tspan>CNAF</tspan>"))
        #expect(!shortPage.contains(">CNAF (national family</tspan>"))
        #expect(fullPage.contains("<tspan>CNAF (national family</tspan>"))
        #expect(!fullPage.contains("<tspan>CNAF</tspan>"))
    }
}
