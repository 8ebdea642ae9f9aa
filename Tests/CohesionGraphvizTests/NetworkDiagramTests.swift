import Cohesion
@testable import CohesionGraphviz
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The bundled networks, read from `Networks/*.yaml` at the package root.
enum BundledNetworks {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Networks")

    static func all() throws -> [(name: String, network: Network)] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try files.filter { $0.hasSuffix(".yaml") }.sorted().map {
            ($0, try NetworkFile.read(folder.appendingPathComponent($0).path))
        }
    }
}

/// The nodes and edges of a Graphviz SVG, by their `<title>`, read with an XML parser (so the
/// SVG must be well-formed XML).
struct SVGContents {
    var nodeTitles: [String] = []
    var edgeTitles: [String] = []

    init(_ data: Data) throws {
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), collector.sawSVG else {
            throw SVGError.notWellFormed(parser.parserError.map { "\($0)" } ?? "no <svg> root")
        }
        nodeTitles = collector.nodeTitles
        edgeTitles = collector.edgeTitles
    }

    enum SVGError: Error { case notWellFormed(String) }

    private final class Collector: NSObject, XMLParserDelegate {
        var nodeTitles: [String] = []
        var edgeTitles: [String] = []
        var sawSVG = false
        private var groupClasses: [String?] = []
        private var title: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "svg" { sawSVG = true }
            if name == "g" { groupClasses.append(attributes["class"]) }
            if name == "title" { title = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if title != nil { title! += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "g" { _ = groupClasses.popLast() }
            if name == "title", let text = title {
                switch groupClasses.last ?? nil {
                case "node": nodeTitles.append(text)
                case "edge": edgeTitles.append(text)
                default: break
                }
                title = nil
            }
        }
    }
}

@Suite("Network diagrams")
struct NetworkDiagramTests {
    let renderer = GraphvizRenderer()

    func networks() throws -> [(name: String, network: Network)] {
        try BundledNetworks.all() + [("sample-nantes", SampleNetworks.nantes()), ("sample-lille", SampleNetworks.lille())]
    }

    @Test func everyNetworkRendersToSVGWithOneNodePerStakeholderAndOneEdgePerTie() async throws {
        let all = try networks()
        #expect(all.count >= 2)
        for (name, network) in all {
            for clusters in [nil, DiagramClusters.attribute("level")] {
                var diagram = NetworkDiagram(sizeMeasure: "degree", clusters: clusters)
                diagram.style.mergesParallelTies = false
                let document = diagram.document(for: network, sizes: SampleNetworks.degree(network))
                let rendering = try await renderer.render(document, format: .svg)
                #expect(rendering.engine == .dot, "\(name)")
                let svg = try SVGContents(rendering.data)
                let titles = svg.nodeTitles.filter { $0 != NetworkDiagram.legendID }
                #expect(titles.count == network.stakeholders.count, "\(name)")
                #expect(Set(titles) == Set(network.stakeholders.map(\.id)), "\(name)")
                #expect(svg.nodeTitles.contains(NetworkDiagram.legendID), "\(name)")
                #expect(svg.edgeTitles.count == network.ties.count, "\(name)")
            }
        }
    }

    @Test func bundledNetworksRenderToPNGAndPDF() async throws {
        for (name, network) in try BundledNetworks.all() {
            let document = NetworkDiagram().document(for: network)
            let png = try await renderer.render(document, format: .png)
            #expect(Array(png.data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47], "\(name)")
            let pdf = try await renderer.render(document, format: .pdf)
            #expect(String(decoding: pdf.data.prefix(5), as: UTF8.self) == "%PDF-", "\(name)")
        }
    }

    @Test func sideBySideHoldsEveryNetwork() async throws {
        let all = try networks()
        let panels = all.map { NetworkDiagram.Panel(network: $0.network, sizes: SampleNetworks.degree($0.network)) }
        var diagram = NetworkDiagram(sizeMeasure: "degree")
        diagram.style.mergesParallelTies = false
        let document = diagram.document(comparing: panels)
        let rendering = try await renderer.render(document, format: .svg, engine: .dot, timeLimit: .seconds(120))
        let svg = try SVGContents(rendering.data)
        #expect(svg.nodeTitles.count == all.map(\.network.stakeholders.count).reduce(0, +) + 1)
        #expect(svg.edgeTitles.count == all.map(\.network.ties.count).reduce(0, +))
        let expectedIDs = all.enumerated().flatMap { i, entry in
            entry.network.stakeholders.map { NetworkDiagram.nodeID($0.id, panel: i, sideBySide: true) }
        }
        #expect(Set(svg.nodeTitles.filter { $0 != NetworkDiagram.legendID }) == Set(expectedIDs))
        let text = rendering.text ?? ""
        for (i, _) in all.enumerated() { #expect(text.contains("cluster_panel_\(i + 1)")) }
    }

    @Test("the default layout: neato's stress layout pinned for one small network and side by side; the engine asked for otherwise")
    func defaultLayoutChoice() async throws {
        let nantes = SampleNetworks.nantes(), lille = SampleNetworks.lille()
        let diagram = NetworkDiagram(sizeMeasure: "degree")
        let one = [NetworkDiagram.Panel(network: nantes, sizes: SampleNetworks.degree(nantes))]
        let (document, engine) = try await diagram.laidOutDocument(for: one, renderer: renderer, timeLimit: .seconds(60))
        #expect(engine == .neato)
        let pinned = document.statements.compactMap { statement -> DOTNode? in
            if case .node(let node) = statement { node } else { nil }
        }
        #expect(pinned.count == nantes.stakeholders.count + 1, "the stakeholders and the legend")
        #expect(pinned.allSatisfy { node in
            if case .string(let pos)? = node.attributes["pos"] { pos.hasSuffix("!") } else { false }
        })
        let positions = try await renderer.positions(of: document, engine: engine, timeLimit: .seconds(60))
        let xs = nantes.stakeholders.compactMap { positions[$0.id]?.x }, ys = nantes.stakeholders.compactMap { positions[$0.id]?.y }
        #expect(xs.count == nantes.stakeholders.count)
        let spanX = (xs.max() ?? 0) - (xs.min() ?? 0), spanY = (ys.max() ?? 0) - (ys.min() ?? 0)
        #expect(spanY > 0.3 * spanX && spanX > 0.3 * spanY, "a stress layout, not ranks: \(spanX) × \(spanY)")
        let clustered = NetworkDiagram(clusters: .attribute("level"))
        #expect(try await clustered.laidOutDocument(for: one).engine == .dot)
        let two = [NetworkDiagram.Panel(network: nantes), NetworkDiagram.Panel(network: lille)]
        #expect(try await diagram.laidOutDocument(for: two, engine: .dot).engine == .dot)
        #expect(try await diagram.laidOutDocument(for: two, timeLimit: .seconds(60)).engine == .neato)
    }

    @Test func styleFollowsTheModel() throws {
        let network = SampleNetworks.nantes()
        var style = DiagramStyle()
        style.tieStyles["conflict"]?.color = "#000000"
        let diagram = NetworkDiagram(style: style, sizeMeasure: "degree")
        let document = diagram.document(for: network, sizes: SampleNetworks.degree(network))
        var nodes: [String: DOTAttributes] = [:]
        var edges: [DOTEdge] = []
        for statement in document.statements {
            switch statement {
            case .node(let node): nodes[node.id] = node.attributes
            case .edge(let edge): edges.append(edge)
            case .subgraph: break
            }
        }
        #expect(nodes["caf44"]?["shape"] == "hexagon")
        #expect(nodes["leo"]?["shape"] == "ellipse")           // associative provider → provider
        #expect(nodes["caf44"]?["fillcolor"] == "#8da0cb")     // public
        #expect(nodes["leo"]?["fillcolor"] == "#66c2a5")       // associative
        #expect(nodes["cdaje"]?["style"] == "filled,rounded")  // committee
        // The most connected stakeholder is the widest.
        let widths = nodes.compactMapValues { attributes -> Double? in
            if case .number(let w)? = attributes["width"] { return w }
            return nil
        }
        #expect(widths["caf44"] == widths.values.max())
        func edge(_ s: String, _ t: String, _ kind: String) -> DOTAttributes? {
            edges.first { $0.source == s && $0.target == t && $0.attributes["kind"] == .string(kind) }?.attributes
        }
        #expect(edge("nantes", "leo", "contracting")?["style"] == "dashed")
        #expect(edge("acepp", "leo", "coalition")?["dir"] == "none")
        #expect(edge("babilou", "acepp", "conflict")?["color"] == "#000000")
        #expect(edge("babilou", "acepp", "conflict")?["dir"] == "none")
        // Funding width grows with the amount.
        func width(_ a: DOTAttributes?) -> Double {
            if case .number(let w)? = a?["penwidth"] { return w }
            return 1
        }
        #expect(width(edge("caf44", "leo", "funding")) > width(edge("caf44", "babilou", "funding")))
        #expect(width(edge("caf44", "babilou", "funding")) > width(edge("caf44", "lutins", "funding")))
        // The illustrative tie is faded.
        #expect(edge("nantes", "rpe", "funding")?["color"] == "#1f78b473")
    }

    @Test func defaultRedConflict() {
        #expect(DiagramStyle().tieStyles["conflict"]?.color == "#e31a1c")
        #expect(DiagramStyle().tieStyles["coalition"]?.isDirected == false)
    }

    @Test func labelsWrapAtSpaces() {
        #expect(DiagramText.wrap("CAF de Loire-Atlantique", width: 22) == "CAF de\nLoire-Atlantique")
        #expect(DiagramText.wrap("short", width: 22) == "short")
        #expect(DiagramText.wrap("Anticonstitutionnellement long", width: 10) == "Anticonstitutionnellement\nlong")
    }

    @Test func diagramDOTReadsBackIntoTheNetwork() async throws {
        for (name, network) in try networks() {
            var diagram = NetworkDiagram(clusters: .attribute("level"))
            diagram.style.mergesParallelTies = false
            let document = diagram.document(for: network)
            let back = try await DOTImport.network(fromDOT: DOTWriter().write(document), file: name)
            // The DOT lists clustered stakeholders cluster by cluster, so compare by id.
            let byID = Dictionary(uniqueKeysWithValues: back.stakeholders.map { ($0.id, $0) })
            #expect(back.stakeholders.count == network.stakeholders.count, "\(name)")
            #expect(byID[NetworkDiagram.legendID] == nil, "\(name)")
            for s in network.stakeholders {
                let b = byID[s.id]
                #expect(b?.kind.id == s.kind.id, "\(name) \(s.id)")
                #expect(b?.sector == s.sector, "\(name) \(s.id)")
                #expect(b?.level == s.level, "\(name) \(s.id)")
                #expect(b?.place == s.place, "\(name) \(s.id)")
                #expect(b?.attributes["cluster"]?.description == s.level?.rawValue, "\(name) \(s.id)")
                // Long names are wrapped onto lines in the diagram.
                #expect(b?.name.replacingOccurrences(of: "\n", with: " ") == s.name.replacingOccurrences(of: "\n", with: " "),
                        "\(name) \(s.id)")
            }
            let pairs = { (n: Network) in n.ties.map { "\($0.source)|\($0.target)|\($0.kind.id)|\($0.amount?.value ?? -1)" }.sorted() }
            #expect(pairs(back) == pairs(network), "\(name)")
        }
    }

    @Test func foreignDOTImports() throws {
        let dot = """
            graph city {
              label="Rennes"
              subgraph cluster_a { label="north"; a [places=12, coverage=0.5, open=true, note="x y"] }
              a -- b [weight=2.5, kind=coalition]
              b -- c
            }
            """
        let network = try DOTImport.networkSynchronously(fromDOT: dot, file: "city.gv")
        #expect(network.title == "Rennes")
        #expect(network.stakeholders.map(\.id) == ["a", "b", "c"])
        #expect(network.stakeholders[0].attributes["places"] == .integer(12))
        #expect(network.stakeholders[0].attributes["coverage"] == .number(0.5))
        #expect(network.stakeholders[0].attributes["open"] == .bool(true))
        #expect(network.stakeholders[0].attributes["note"] == .string("x y"))
        #expect(network.stakeholders[0].attributes["cluster"] == .string("north"))
        #expect(network.stakeholders[1].kind.id == "stakeholder")
        #expect(network.ties[0].kind == .coalition && network.ties[0].weight == 2.5)
        #expect(network.ties[1].kind.id == "tie" && network.tieKind(id: "tie")?.isDirected == false)
        #expect(network.stakeholderKinds.map(\.id) == ["stakeholder"])
        #expect(network.validate().filter { $0.severity == .error }.isEmpty)
    }

    @Test func badDOTImportGivesGraphvizMessageWithTheFileName() throws {
        #expect {
            _ = try DOTImport.networkSynchronously(fromDOT: "digraph {\n a -> b\n c -> -> d\n}", file: "broken.gv")
        } throws: { error in
            guard case GraphvizError.invalidDOT(let message) = error else { return false }
            return message.contains("broken.gv") && message.contains("line 3")
        }
    }
}
