import Foundation
import Testing
@testable import Cohesion

/// The formats of issue 18 written and read back, and their errors named where they are.
@Suite("GEXF, GML, edge lists, adjacency CSV, CSV dialects, Pajek and panels")
struct FormatRoundTripTests {
    static var sample: Network { InteropRoundTripTests.sample }

    static func roundTrip(_ network: Network, _ format: NetworkFormat, options: NetworkReadOptions = NetworkReadOptions()) throws -> Network {
        let (bytes, _) = try NetworkFile.encode(network, format: format, file: "out")
        let (back, diagnostics) = NetworkFile.load(bytes: bytes, file: "out", format: format, options: options)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        guard let back else { throw InvalidNetwork(diagnostics) }
        return back
    }

    static func errors(_ text: String, _ format: NetworkFormat, options: NetworkReadOptions = NetworkReadOptions()) -> [String] {
        NetworkFile.load(bytes: Array(text.utf8), file: "f", format: format, options: options).diagnostics
            .filter { $0.severity == .error }.map(\.description)
    }

    static func tieKeys(_ n: Network) -> [String] {
        n.ties.map { "\($0.source)>\($0.target):\($0.kind.id):\($0.weight.map { String($0) } ?? "-"):\($0.firstYear ?? 0)-\($0.lastYear ?? 0)" }.sorted()
    }

    @Test func gmlKeepsEverythingButSources() throws {
        let back = try Self.roundTrip(Self.sample, .gml)
        #expect(back.stakeholders.map(\.id) == Self.sample.stakeholders.map(\.id))
        #expect(back.stakeholders.map(\.name) == Self.sample.stakeholders.map(\.name))
        #expect(Self.tieKeys(back) == Self.tieKeys(Self.sample))
        #expect(back.tieKind(id: "rivalry")?.isDirected == false)
        #expect(back.title == Self.sample.title)
        #expect(back.stakeholders[0].attributes["coverage"] == .number(0.78))
        #expect(back.ties.first { $0.kind.id == "contracting" }?.amount?.value == 1_200_000)
    }

    @Test func gmlEscapesToASCII() {
        let (bytes, _) = GMLWriter.write(Self.sample)
        #expect(bytes.allSatisfy { $0 < 0x80 })
        #expect(String(decoding: bytes, as: UTF8.self).contains("label \"hlm 1\""))
        #expect(String(decoding: bytes, as: UTF8.self).contains("Bailleur social &#171; un &#187;"))
    }

    @Test func gmlErrorsNameTheLine() {
        #expect(Self.errors("graph [\n  node [ id 1 ]\n  node [ id 1 ]\n]\n", .gml) == ["f:3:3: error: duplicate node id '1'"])
        #expect(Self.errors("graph [\n  node [ id 1 label \"a ]\n", .gml) == ["f:2:21: error: malformed GML: a string is never closed"])
        #expect(Self.errors("graph [\n  edge [ source 1 target 2 ]\n]\n", .gml) == ["f:2:3: error: an edge names node '1', which is not declared"])
        #expect(Self.errors("graph [ node [ id 0 ] \n", .gml) == ["f:1:1: error: malformed GML: the list 'graph' is never closed"])
        #expect(Self.errors("creator \"x\"\n", .gml) == ["f:1:1: error: not GML: no 'graph [ … ]' list"])
    }

    @Test func gexfKeepsYearsWeightsAndMixedDirection() throws {
        let back = try Self.roundTrip(Self.sample, .gexf)
        #expect(back.stakeholders.map(\.id) == Self.sample.stakeholders.map(\.id))
        #expect(back.stakeholders.map(\.name) == Self.sample.stakeholders.map(\.name))
        #expect(Self.tieKeys(back) == Self.tieKeys(Self.sample))
        #expect(back.tieKind(id: "rivalry")?.isDirected == false)
        #expect(back.tieKind(id: "coordination")?.isDirected == false)
    }

    @Test func gexfVisualsAreWrittenAndReadBack() throws {
        var visuals = GEXFVisuals()
        visuals.nodes["lille"] = .init(color: GEXFVisuals.Color(hex: "#1f77b4"), size: 54, position: (x: 120, y: -40.5))
        let (bytes, _) = GEXFWriter.write(Self.sample, visuals: visuals)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<viz:color r=\"31\" g=\"119\" b=\"180\" a=\"1.0\"/>"))
        let back = try GEXFReader.read(bytes: bytes, file: nil)
        let lille = try #require(back.stakeholders.first { $0.id == "lille" })
        #expect(lille.attributes["color"] == .string("#1f77b4"))
        #expect(lille.attributes["size"] == .number(54))
        #expect(lille.attributes["x"] == .number(120))
        #expect(lille.attributes["y"] == .number(-40.5))
    }

    @Test func gexfSpellsAndDynamicValuesBecomeOneTiePerInterval() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph defaultedgetype="directed" timeformat="date" mode="dynamic">
                <attributes class="edge" mode="dynamic">
                  <attribute id="w" title="weight" type="double"/>
                </attributes>
                <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
                <edges>
                  <edge source="a" target="b" label="funding">
                    <spells><spell start="2010-01-01" end="2012-12-31"/><spell start="2016-01-01"/></spells>
                  </edge>
                  <edge source="b" target="a" type="mutual">
                    <attvalues>
                      <attvalue for="w" value="1.5" start="2015-01-01" end="2017-12-31"/>
                      <attvalue for="w" value="3" start="2018-01-01" end="2020-12-31"/>
                    </attvalues>
                  </edge>
                </edges>
              </graph>
            </gexf>
            """
        let network = try GEXFReader.read(bytes: Array(text.utf8), file: "t.gexf")
        #expect(Self.tieKeys(network) == ["a>b:funding:-:2010-2012", "a>b:funding:-:2016-0", "b>a:undirected-tie:1.5:2015-2017",
                                          "b>a:undirected-tie:3.0:2018-2020"])
    }

    @Test func gexfErrorsNameTheLine() {
        let head = "<gexf><graph defaultedgetype=\"directed\" timeformat=\"integer\">\n"
        #expect(Self.errors(head + "<nodes><node label=\"x\"/></nodes></graph></gexf>", .gexf) == ["f:2:8: error: <node> has no 'id'"])
        #expect(Self.errors(head + "<edges><edge source=\"a\" target=\"b\" start=\"soon\"/></edges></graph></gexf>", .gexf)
            == ["f:2:8: error: time 'soon' is not a integer"])
        #expect(Self.errors(head + "<nodes><node id=\"a\"><attvalues><attvalue for=\"q\" value=\"1\"/></attvalues></node></nodes></graph></gexf>", .gexf)
            == ["f:2:32: error: <attvalue> refers to undeclared node attribute 'q'"])
        #expect(Self.errors("<graphml/>", .gexf) == ["f:1:1: error: not GEXF: no <gexf> element"])
    }

    @Test func edgeListsReadCommentsWeightsAndNetworkXDictionaries() throws {
        let text = "# a comment\na b 2.5\nb c {'weight': 1.0, 'kind': 'funding', 'firstYear': 2019}  \n\nc a # trailing comment\n"
        let n = try #require(NetworkFile.load(bytes: Array(text.utf8), file: "x.edges", format: .edgeList).network)
        #expect(Self.tieKeys(n) == ["a>b:tie:2.5:0-0", "b>c:funding:1.0:2019-0", "c>a:tie:-:0-0"])
        #expect(Self.errors("a\n", .edgeList) == ["f:1:1: error: an edge line needs two names, found 1"])
        #expect(Self.errors("a b heavy\n", .edgeList) == ["f:1:5: error: the third field must be a weight, found 'heavy'"])
        let undirected = try #require(NetworkFile.load(bytes: Array("a b\n".utf8), file: "x", format: .edgeList,
                                                       options: NetworkReadOptions(undirected: true)).network)
        #expect(undirected.ties.allSatisfy { !$0.kind.isDirected })
    }

    @Test func edgeListRoundTrip() throws {
        let back = try Self.roundTrip(Self.sample, .edgeList)
        #expect(back.ties.map { "\($0.source)>\($0.target)" }.sorted()
                == Self.sample.ties.map { "\($0.source.replacingOccurrences(of: " ", with: "_"))>\($0.target.replacingOccurrences(of: " ", with: "_"))" }.sorted())
        let (_, warnings) = EdgeListText.write(Self.sample, file: "o.ncol")
        #expect(warnings.first?.message.contains("white space, '#' and '{' in names (written as _: hlm 1)") == true)
    }

    @Test func adjacencyMatrixReadsLabelsAndWeights() throws {
        let text = ";b;a;c\na;0;1;2,5\nb;0;0;0\nc;1;0;0\n"
        let n = try #require(NetworkFile.load(bytes: Array(text.utf8), file: "m.csv", format: .adjacency).network)
        #expect(n.stakeholders.map(\.id) == ["b", "a", "c"])
        #expect(Self.tieKeys(n) == ["a>a:tie:-:0-0", "a>c:tie:2.5:0-0", "c>b:tie:-:0-0"])
        #expect(Self.errors(",a,b\na,0,1\nb,1\n", .adjacency) == ["f:3:1: error: expected a label and 2 values, found 2 fields"])
        #expect(Self.errors(",a,b\na,0,x\nb,1,0\n", .adjacency) == ["f:2:5: error: a cell must be a number, found 'x'"])
        #expect(Self.errors(",a,b\na,0,1\nz,1,0\n", .adjacency) == ["f:3:1: error: the row label 'z' is not a column label"])
        #expect(Self.errors(",a,b\na,0,1\nb,0,0\n", .adjacency, options: NetworkReadOptions(undirected: true))
            == ["f:2:1: error: the matrix is not symmetric: a→b is 1 but b→a is 0 (read it as directed)"])
        let symmetric = try #require(NetworkFile.load(bytes: Array("\t\"a\"\tb\na\t0\t2\nb\t2\t0\n".utf8), file: "m", format: .adjacency,
                                                      options: NetworkReadOptions(undirected: true)).network)
        #expect(Self.tieKeys(symmetric) == ["a>b:tie:2.0:0-0"])
    }

    @Test func adjacencyMatrixRoundTrip() throws {
        var network = Self.sample
        network.ties = network.ties.filter { $0.kind.isDirected }
        let (bytes, _) = AdjacencyCSV.write(network)
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix(",caf59,lille,hlm 1,leo,alone\n"))
        let back = try Self.roundTrip(network, .adjacency)
        #expect(back.stakeholders.map(\.id) == network.stakeholders.map(\.id))
        // Parallel ties from caf59 to leo (one weighted 1, one unweighted as 1) are summed in one cell.
        #expect(back.ties.first { $0.source == "caf59" && $0.target == "leo" }?.weight == 2)
        #expect(back.ties.count == 3)
    }

    @Test func csvDialects() throws {
        let tab = "source\ttarget\tweight\na\tb\t2.5\n"
        #expect(try EdgeListCSV.read(bytes: Array(tab.utf8), file: nil).ties.first?.weight == 2.5)
        let semicolon = "source;target;weight;share\r\na;b;2,5;0,25\r\n"
        let s = try EdgeListCSV.read(bytes: Array(semicolon.utf8), file: nil)
        #expect(s.ties.first?.weight == 2.5)
        #expect(s.ties.first?.attributes["share"] == .number(0.25))
        let pipe = "source|target|weight\na|b|\"2,5\"\n"
        let p = try EdgeListCSV.read(bytes: Array(pipe.utf8), file: nil, options: CSVReadOptions(delimiter: UInt8(ascii: "|"), decimal: .comma))
        #expect(p.ties.first?.weight == 2.5)
        let point = try? EdgeListCSV.read(bytes: Array(semicolon.utf8), file: "x.csv", options: CSVReadOptions(decimal: .point))
        #expect(point == nil)
        #expect(Self.errors("source;target;weight\na;b;2,5,1\n", .csv) == ["f:2:5: error: 'weight' must be a number, found '2,5,1'"])
    }

    @Test func nodeFilesKeyedByLabel() throws {
        let kumu = "Label,Type,Description\nCAF,family-allowance-office,Caisse\nLille,municipality,Ville\n"
        let n = try EdgeListCSV.read(bytes: Array("From,To,Type\nCAF,Lille,funding\n".utf8), file: nil,
                                     options: CSVReadOptions(nodes: (Array(kumu.utf8), "elements.csv")))
        #expect(n.stakeholders.map(\.id) == ["CAF", "Lille"])
        #expect(n.stakeholders.map(\.kind.id) == ["family-allowance-office", "municipality"])
        #expect(n.ties.first?.kind == .funding)
        let gephi = "Id,Label\n1,CAF du Nord\n2,Ville de Lille\n"
        let g = try EdgeListCSV.read(bytes: Array("Source,Target\n1,2\n".utf8), file: nil, options: CSVReadOptions(nodes: (Array(gephi.utf8), "n.csv")))
        #expect(g.stakeholders.map(\.name) == ["CAF du Nord", "Ville de Lille"])
    }

    @Test func pajekMixedNetworkIsArcsAloneAndFoldsBack() throws {
        let (bytes, warnings) = PajekNet.write(Self.sample)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("*Edges"))
        #expect(text.contains("*Arcs"))
        #expect(text.hasPrefix("% cohesion undirected: coordination, rivalry\n") || text.hasPrefix("% cohesion undirected: rivalry, coordination\n"))
        #expect(warnings[0].message.contains("is written as two opposite arcs"))
        let back = try Self.roundTrip(Self.sample, .pajek)
        #expect(back.ties.map(\.kind.id).sorted() == Self.sample.ties.map(\.kind.id).sorted())
        #expect(back.tieKind(id: "rivalry")?.isDirected == false)
        var undirectedOnly = Self.sample
        undirectedOnly.ties = undirectedOnly.ties.filter { !$0.kind.isDirected }
        let plain = String(decoding: PajekNet.write(undirectedOnly).bytes, as: UTF8.self)
        #expect(plain.contains("*Edges") && !plain.contains("*Arcs") && !plain.contains("% cohesion"))
    }

    @Test func xlsxErrorsNameTheCell() throws {
        let path = FormatFixtureTests.directory.appendingPathComponent("bad.xlsx").path
        let diagnostics = NetworkFile.validate(path).filter { $0.severity == .error }.map(\.description)
        #expect(diagnostics == [
            "\(path):ties!D3: error: 'weight' must be a number, found 'heavy'",
            "\(path):ties!A4: error: empty source",
            "\(path):stakeholders!A3: error: duplicate stakeholder id 'caf59'",
        ].sorted { $0.contains("stakeholders") && !$1.contains("stakeholders") })
        #expect(NetworkFile.validate(FormatFixtureTests.directory.appendingPathComponent("expected.json").path, options: NetworkReadOptions(format: .xlsx))
            .first?.message == "not an .xlsx workbook: not a zip archive")
    }

    @Test func panelsWriteWavesSpellsAndDL() throws {
        var network = Network()
        network.stakeholders = ["a", "b", "c"].map { Stakeholder(id: $0, kind: .municipality) }
        network.ties = [
            Tie(source: "a", target: "b", kind: .funding, firstYear: 2015, lastYear: 2017),
            Tie(source: "b", target: "c", kind: .coordination, firstYear: 2018),
            Tie(source: "c", target: "a", kind: .funding),
        ]
        let panel = NetworkPanel(network: network, waves: NetworkPanel.waves(from: 2015, to: 2021, step: 3))
        #expect(panel.waves == [2015, 2018, 2021])
        #expect(panel.matrix(at: 2015) == [[0, 1, 0], [0, 0, 0], [1, 0, 0]])
        #expect(panel.matrix(at: 2018) == [[0, 0, 0], [0, 0, 1], [1, 1, 0]])
        let files = panel.rsienaFiles()
        #expect(files.map(\.name) == ["wave-2015.csv", "wave-2018.csv", "wave-2021.csv", "waves.R"])
        #expect(String(decoding: files[1].bytes, as: UTF8.self) == ",a,b,c\na,0,0,0\nb,0,0,1\nc,1,1,0\n")
        let spells = panel.networkDynamicFiles()
        #expect(String(decoding: spells[0].bytes, as: UTF8.self) == "onset,terminus,tail,head\n2015,2018,1,2\n2018,2022,2,3\n2015,2022,3,1\n")
        #expect(String(decoding: spells[1].bytes, as: UTF8.self) == "onset,terminus,vertex.id\n2015,2022,1\n2015,2022,2\n2015,2022,3\n")
        // The DL panel reads back as the same waves, with --dl-years.
        let (dl, _) = panel.dl()
        #expect(String(decoding: dl, as: UTF8.self).contains("matrix labels:\n2015,2018,2021\n"))
        var options = NetworkReadOptions()
        options.dlMatricesAsYears = true
        let back = try #require(NetworkFile.load(bytes: dl, file: "p.dl", format: .dl, options: options).network)
        let again = NetworkPanel(network: back, waves: panel.waves)
        for y in panel.waves { #expect(again.matrix(at: y) == panel.matrix(at: y)) }
        #expect(back.layers.map(\.id) == ["tie"])
        #expect(Set(back.ties.compactMap(\.firstYear)) == [2015, 2018, 2021])
        let layered = try #require(NetworkFile.load(bytes: dl, file: "p.dl", format: .dl).network)
        #expect(Set(layered.layers.map(\.id)) == ["2015", "2018", "2021"])
    }

    @Test func panelsDoNotTrapOnExtremeYears() {
        #expect(NetworkPanel.waves(from: .min, to: .max, step: 1).isEmpty)
        #expect(NetworkPanel.waves(from: 0, to: 100_000, step: 1).isEmpty)
        #expect(NetworkPanel.waves(from: 0, to: 100_000, step: 100).count == 1_001)
        var network = Network()
        network.stakeholders = [Stakeholder(id: "a", kind: .municipality), Stakeholder(id: "b", kind: .municipality)]
        network.ties = [Tie(source: "a", target: "b", kind: .funding, firstYear: 0, lastYear: .max)]
        let files = NetworkPanel(network: network, waves: [.max]).networkDynamicFiles()
        #expect(String(decoding: files[0].bytes, as: UTF8.self) == "onset,terminus,tail,head\n\(Int.max),Inf,1,2\n")
    }

    @Test func extensionsNameTheFormats() {
        #expect(NetworkFormat(path: "a.gml") == .gml)
        #expect(NetworkFormat(path: "a.gexf") == .gexf)
        #expect(NetworkFormat(path: "a.edgelist") == .edgeList)
        #expect(NetworkFormat(path: "a.ncol") == .edgeList)
        #expect(NetworkFormat(path: "a.edges") == .edgeList)
        #expect(NetworkFormat(path: "a.xlsx") == .xlsx)
        #expect(NetworkFormat(rawValue: "adjacency") == .adjacency)
        #expect(NetworkFormat(rawValue: "edgelist") == .edgeList)
    }
}
