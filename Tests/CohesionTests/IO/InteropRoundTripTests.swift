import Foundation
import Testing
@testable import Cohesion

/// Networks written in each format and read back keep everything the format can hold, and
/// the writer's warning names the rest.
@Suite("Round trips through foreign formats")
struct InteropRoundTripTests {
    /// A network using every field: declared kinds (one undirected and negative), typed
    /// attributes, amounts, years, citations, parallel ties, an isolate, awkward text.
    static var sample: Network {
        var n = Network(title: "Lille & <métropole>", place: "Nord", firstYear: 2012, lastYear: 2024, description: "Line one\nline \"two\", three")
        n.sources = [Source(id: "s1", title: "Rapport", publisher: "CAF du Nord", url: "https://example.org/a?b=1&c=2", date: "2023"),
                     Source(id: "s2", title: "Blog", isPartisan: true)]
        n.stakeholderKinds = [StakeholderKind(id: "social-landlord", name: "social landlord", broader: "provider")]
        n.tieKinds = [TieKind(id: "rivalry", isDirected: false, sign: .negative), TieKind(id: "lending", isDirected: true)]
        n.stakeholders = [
            Stakeholder(id: "caf59", name: "CAF du Nord", kind: .familyAllowanceOffice, sector: .public, level: .departmental,
                        place: "Nord", attributes: ["places": 42425, "coverage": 0.78, "label": "x, \"y\"", "open": true], citations: ["s1"],
                        note: "<note> & more"),
            Stakeholder(id: "lille", name: "Ville de Lille", kind: .municipality, level: .municipal, attributes: ["places": 3295, "coverage": 0.5]),
            Stakeholder(id: "hlm 1", name: "Bailleur social « un »", kind: StakeholderKind(id: "social-landlord")),
            Stakeholder(id: "leo", kind: .associativeProvider, attributes: ["open": false]),
            Stakeholder(id: "alone", kind: .committee),
        ]
        n.ties = [
            Tie(source: "caf59", target: "lille", kind: .contracting, instrument: "CTG", amount: Amount(value: 1_200_000, year: 2022),
                weight: 2.5, firstYear: 2020, lastYear: 2024, citations: ["s1", "s2"], attributes: ["signed": true, "pages": 12]),
            Tie(source: "caf59", target: "leo", kind: .funding, instrument: "PSU", amount: Amount(value: 0.5, currency: "USD"), firstYear: 2019),
            Tie(source: "caf59", target: "leo", kind: .funding, instrument: "bonus", weight: 1, isIllustrative: true, note: "parallel, \"quoted\""),
            Tie(source: "lille", target: "leo", kind: .coordination, lastYear: 2018),
            Tie(source: "hlm 1", target: "lille", kind: TieKind(id: "rivalry", isDirected: false, sign: .negative), weight: 0),
            Tie(source: "leo", target: "hlm 1", kind: TieKind(id: "lending"), attributes: ["rate": 0.025]),
        ]
        return n
    }

    static func roundTrip(_ network: Network, _ format: NetworkFormat) throws -> (Network, [Diagnostic]) {
        let (bytes, warnings) = try NetworkFile.encode(network, format: format, file: "out")
        let (back, diagnostics) = NetworkFile.load(bytes: bytes, file: "out", format: format)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        guard let back else { throw InvalidNetwork(diagnostics) }
        return (back, warnings)
    }

    @Test func sampleIsValid() {
        #expect(!Self.sample.validate().hasErrors)
    }

    @Test func graphMLKeepsEverything() throws {
        let (back, warnings) = try Self.roundTrip(Self.sample, .graphml)
        #expect(back == Self.sample)
        #expect(warnings.count == 1)  // only the note that NetworkX sees one direction
        #expect(warnings.first?.message.contains("NetworkX and igraph read one direction") == true)
    }

    @Test func nodeLinkKeepsEverything() throws {
        let (back, _) = try Self.roundTrip(Self.sample, .nodeLink)
        #expect(back == Self.sample)
        // Detected by content when read as plain .json.
        let (bytes, _) = try NetworkFile.encode(Self.sample, format: .nodeLink)
        let (detected, _) = NetworkFile.load(bytes: bytes, file: "x.json", format: .json)
        #expect(detected == Self.sample)
    }

    @Test func nativeFrameworkThroughGraphMLAndNodeLink() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Networks/national-framework.yaml").path
        let network = try NetworkFile.read(path)
        #expect(try Self.roundTrip(network, .graphml).0 == network)
        #expect(try Self.roundTrip(network, .nodeLink).0 == network)
    }

    @Test func csvWithNodeListKeepsTiesAndStakeholders() throws {
        let sample = Self.sample
        let edges = CSVWriter.edgeList(sample)
        let nodes = CSVWriter.nodeList(sample)
        let back = try EdgeListCSV.read(bytes: edges, file: "e.csv", options: CSVReadOptions(nodes: (nodes, "n.csv"))).declaringCitedSources()
        #expect(back.stakeholders.map(\.id) == sample.stakeholders.map(\.id))
        #expect(back.stakeholders.map(\.name) == sample.stakeholders.map(\.name))
        // CSV reads cells as numbers or text: flags come back as text, and the warning says so.
        func textFlags(_ a: [String: AttributeValue]) -> [String: AttributeValue] {
            a.mapValues { if case .bool(let b) = $0 { .string(b ? "true" : "false") } else { $0 } }
        }
        #expect(back.stakeholders.map(\.attributes) == sample.stakeholders.map { textFlags($0.attributes) })
        #expect(back.stakeholders.map(\.note) == sample.stakeholders.map(\.note))
        #expect(back.ties.count == sample.ties.count)
        for (a, b) in zip(back.ties, sample.ties) {
            #expect(a.source == b.source && a.target == b.target && a.kind.id == b.kind.id)
            #expect(a.amount == b.amount && a.weight == b.weight && a.instrument == b.instrument)
            #expect(a.firstYear == b.firstYear && a.lastYear == b.lastYear && a.citations == b.citations)
            #expect(a.isIllustrative == b.isIllustrative && a.note == b.note && a.attributes == textFlags(b.attributes))
        }
        let warnings = CSVWriter.warnings(sample, withNodeList: true, file: "e.csv")
        #expect(warnings.count == 1)
        #expect(warnings[0].message.contains("sources (2)"))
        #expect(warnings[0].message.contains("direction or sign of declared tie kinds"))
        #expect(warnings[0].message.contains("the types of attributes open, signed"))
        let without = CSVWriter.warnings(sample, withNodeList: false, file: "e.csv")
        #expect(without[0].message.contains("stakeholders without ties (1)"))
    }

    @Test func csvQuotesAsRFC4180() {
        var out: [UInt8] = []
        CSVWriter.appendRow(["plain", "a,b", "say \"hi\"", "two\nlines", " padded"], to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\"\n")
    }

    @Test func pajekKeepsLayersWeightsAndIsolatesAndWarnsAboutTheRest() throws {
        let (back, warnings) = try Self.roundTrip(Self.sample, .pajek)
        #expect(back.stakeholders.map(\.id) == Self.sample.stakeholders.map(\.id))
        #expect(back.ties.map(\.kind.id).sorted() == Self.sample.ties.map(\.kind.id).sorted())
        #expect(back.tieKind(id: "rivalry")?.isDirected == false)
        #expect(back.tieKind(id: "coordination")?.isDirected == false)
        #expect(back.ties.filter { $0.kind.id == "funding" }.count == 2)
        #expect(warnings.count == 1)
        let message = warnings[0].message
        for lost in ["tie amounts (2)", "tie years (3)", "stakeholder names (3)", "sources (2)", "stakeholder attributes (3)",
                     "the absence of a weight (written as 1", "the negative sign of rivalry"] {
            #expect(message.contains(lost), "missing '\(lost)' in: \(message)")
        }
    }

    @Test func dlKeepsLayersAndWeights() throws {
        var network = Self.sample
        network.ties.removeAll { $0.kind.id == "funding" && $0.instrument == "bonus" }  // DL merges parallel ties
        #expect(try Self.roundTrip(network, .dl).1[0].message.contains("ties of weight 0 (1; a 0 cell means no tie)"))
        network.ties[network.ties.firstIndex { $0.kind.id == "rivalry" }!].weight = 3
        let (back, warnings) = try Self.roundTrip(network, .dl)
        #expect(back.stakeholders.map(\.id) == network.stakeholders.map(\.id))
        #expect(back.ties.count == network.ties.count)
        #expect(Set(back.ties.map(\.kind.id)) == Set(network.ties.map(\.kind.id)))
        #expect(back.tieKind(id: "rivalry")?.isDirected == false)
        #expect(back.ties.first { $0.kind.id == "contracting" }?.weight == 2.5)
        #expect(warnings[0].message.contains("tie amounts (2)"))
    }

    @Test func gexfCarriesYearsAsTimeIntervals() throws {
        let (bytes, warnings) = GEXFWriter.write(Self.sample)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("mode=\"dynamic\" timeformat=\"date\""))
        #expect(text.contains("start=\"2020-01-01\" end=\"2024-12-31\""))
        // NetworkX refuses type="undirected" in a directed graph: undirected ties are arcs marked directed=false.
        #expect(!text.contains("type=\"undirected\""))
        #expect(text.contains("title=\"directed\" type=\"boolean\""))
        #expect(text.contains("weight=\"2.5\""))
        let back = try GEXFReader.read(bytes: bytes, file: nil)
        #expect(back.tieKind(id: "rivalry")?.isDirected == false)
        #expect(back.ties.map(\.kind.id).sorted() == Self.sample.ties.map(\.kind.id).sorted())
        // Well-formed XML, with every edge.
        var edges = 0
        try XMLScanner(bytes: bytes, file: nil).scan(wantsText: { false }) { event in
            if case .start(let name, _, _) = event, name == "edge" { edges += 1 }
        }
        #expect(edges == Self.sample.ties.count)
        #expect(warnings[0].message.contains("sources (2)"))
    }

    @Test func malformedGraphMLNamesTheLine() {
        let text = """
            <?xml version="1.0"?>
            <graphml>
              <key id="d0" for="node" attr.name="places" attr.type="int"/>
              <graph edgedefault="directed">
                <node id="a"><data key="d0">twelve</data></node>
                <node id="b"/>
                <edge source="a" target="b"></node>
            </graph></graphml>
            """
        let (network, diagnostics) = NetworkFile.load(bytes: Array(text.utf8), file: "bad.graphml", format: .graphml)
        #expect(network == nil)
        #expect(diagnostics.first?.description == "bad.graphml:7:33: error: malformed XML: expected </edge>, found </node>")
        let typed = text.replacingOccurrences(of: "></node>\n</graph>", with: "/>\n</graph>")
            .replacingOccurrences(of: "target=\"b\"></node>", with: "target=\"b\"/>")
        let (_, d2) = NetworkFile.load(bytes: Array(typed.utf8), file: "bad.graphml", format: .graphml)
        #expect(d2.map(\.description) == ["bad.graphml:5:18: error: value 'twelve' of 'places' is not a int"])
    }

    @Test func malformedNodeLinkAndPajekNameTheLine() {
        let json = "{\"directed\": true, \"nodes\": [{\"id\": 1},\n {\"id\": 2,}], \"edges\": []}"
        let (_, d) = NetworkFile.load(bytes: Array(json.utf8), file: "g.json", format: .nodeLink)
        #expect(d.first?.location == TextLocation(line: 2, column: 11))
        let pajek = "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 3\n"
        let (_, p) = NetworkFile.load(bytes: Array(pajek.utf8), file: "g.net", format: .pajek)
        #expect(p.map(\.description) == ["g.net:5:1: error: vertex '3' is not a number between 1 and 2"])
    }

    @Test func xmlEntitiesAndCDATA() throws {
        let text = """
            <graphml><key id="n" for="node" attr.name="name" attr.type="string"/>
            <graph edgedefault="undirected"><node id="a&amp;b"><data key="n">x &lt;&#233;&#x41;&gt; <![CDATA[<raw>]]></data></node></graph></graphml>
            """
        let network = try GraphMLReader.read(bytes: Array(text.utf8), file: nil)
        #expect(network.stakeholders.first?.id == "a&b")
        #expect(network.stakeholders.first?.name == "x <éA> <raw>")
    }
}
