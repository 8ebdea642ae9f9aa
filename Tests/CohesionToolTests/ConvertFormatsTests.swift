import Foundation
import Testing

/// The formats and panels of issue 18 through the tool: new extensions, CSV dialect options,
/// `--layout`, `--waves` and `--dl-years`.
@Suite("cohesion convert: GEXF, GML, edge lists, adjacency, spreadsheets, panels")
struct ConvertFormatsTests {
    @Test("every new format written and read back keeps the stakeholders and the tie count")
    func newFormats() throws {
        let dir = try ToolRunner.temporaryDirectory()
        for (name, extra) in [("nf.gml", [String]()), ("nf.gexf", []), ("nf.edgelist", []), ("nf.csv", ["--to", "adjacency"])] {
            let path = dir.appendingPathComponent(name).path
            let write = try ToolRunner.run(["convert", "Networks/national-framework.yaml", path] + extra)
            #expect(write.status == 0, "\(write.stderr)")
            let readOptions = extra.isEmpty ? [] : ["--from", "adjacency"]
            let info = try ToolRunner.run(["info", path] + readOptions)
            #expect(info.status == 0, "\(name): \(info.stderr)")
            if name == "nf.gml" || name == "nf.gexf" { #expect(info.stdout.contains("12 stakeholders, 21 ties"), "\(name): \(info.stdout)") }
        }
    }

    @Test("--delimiter and --decimal read a semicolon file with decimal commas")
    func csvDialectOptions() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("ties.csv").path
        try "source|target|weight\na|b|2,5\n".write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try ToolRunner.run(["centrality", path, "--measures", "strength", "--format", "csv"])
        #expect(refused.status == 1)
        let read = try ToolRunner.run(["centrality", path, "--delimiter", "|", "--decimal", ",", "--measures", "strength", "--weights", "strength",
                                       "--format", "csv"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("2.5"), "\(read.stdout)")
        let bad = try ToolRunner.run(["info", path, "--delimiter", "ab"])
        #expect(bad.status != 0)
    }

    @Test("--layout writes viz colours, sizes and positions into GEXF")
    func layout() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("laid.gexf").path
        let run = try ToolRunner.run(["convert", "Networks/national-framework.yaml", path, "--layout"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.components(separatedBy: "<viz:position ").count - 1 == 12)
        #expect(text.components(separatedBy: "<viz:color ").count - 1 == 12)
        let refused = try ToolRunner.run(["convert", "Networks/national-framework.yaml", dir.appendingPathComponent("x.gml").path, "--layout"])
        #expect(refused.status == 1 && refused.stderr.contains("--layout goes with GEXF output"))
    }

    @Test("--waves writes RSiena waves, networkDynamic spells and a DL panel that --dl-years reads as years")
    func panels() throws {
        let dir = try ToolRunner.temporaryDirectory()
        let siena = dir.appendingPathComponent("siena").path
        let a = try ToolRunner.run(["convert", "Networks/nantes.yaml", siena, "--waves", "2015,2018,2021"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: siena).sorted() == ["wave-2015.csv", "wave-2018.csv", "wave-2021.csv", "waves.R"])
        let nd = dir.appendingPathComponent("nd").path
        let b = try ToolRunner.run(["convert", "Networks/nantes.yaml", nd, "--from-year", "2015", "--to-year", "2021", "--step", "3", "--panel", "network-dynamic"])
        #expect(b.status == 0, "\(b.stderr)")
        #expect(try String(contentsOfFile: nd + "/edge-spells.csv", encoding: .utf8).hasPrefix("onset,terminus,tail,head\n"))
        let dl = dir.appendingPathComponent("p.dl").path
        #expect(try ToolRunner.run(["convert", "Networks/nantes.yaml", dl, "--waves", "2015,2018,2021"]).status == 0)
        let years = try ToolRunner.run(["info", dl, "--dl-years"])
        #expect(years.status == 0 && years.stdout.contains("years 2015–2021"), "\(years.stdout) \(years.stderr)")
        let bad = try ToolRunner.run(["convert", "Networks/nantes.yaml", dl, "--waves", "2015,soon"])
        #expect(bad.status == 1 && bad.stderr.contains("--waves takes years"))
    }

    @Test("a spreadsheet's errors name the sheet and cell")
    func spreadsheetErrors() throws {
        let bad = "Tests/CohesionTests/Fixtures/formats/bad.xlsx"
        let run = try ToolRunner.run(["validate", bad])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(bad):ties!D3: error: 'weight' must be a number, found 'heavy'") || run.stdout.contains("\(bad):ties!D3:"),
                "\(run.stdout) \(run.stderr)")
        let template = try ToolRunner.run(["validate", "Networks/template.xlsx"])
        #expect(template.status == 0, "\(template.stderr)")
    }
}
