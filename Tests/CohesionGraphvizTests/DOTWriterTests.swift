import Cohesion
@testable import CohesionGraphviz
import Foundation
import Testing

@Suite("DOT writer")
struct DOTWriterTests {
    @Test func quotesIdsOnlyWhenNeeded() {
        #expect(DOTWriter.id("caf44") == "caf44")
        #expect(DOTWriter.id("_x9") == "_x9")
        #expect(DOTWriter.id("42") == "42")
        #expect(DOTWriter.id("-3.5") == "-3.5")
        #expect(DOTWriter.id(".5") == ".5")
        #expect(DOTWriter.id("1.2.3") == "\"1.2.3\"")
        for keyword in ["node", "edge", "graph", "digraph", "subgraph", "strict", "Node", "GRAPH"] {
            #expect(DOTWriter.id(keyword) == "\"\(keyword)\"")
        }
        #expect(DOTWriter.id("") == "\"\"")
        #expect(DOTWriter.id("a b") == "\"a b\"")
        #expect(DOTWriter.id("crèche") == "\"crèche\"")
        #expect(DOTWriter.id("say \"hi\"") == "\"say \\\"hi\\\"\"")
        #expect(DOTWriter.id("a\\b") == "\"a\\\\b\"")
        #expect(DOTWriter.id("line\nbreak") == "\"line\nbreak\"")
        #expect(DOTWriter.id("ends\\") == "\"ends\\\\\"")
        // Nothing in an id can end its quoted string (issue 20.2).
        #expect(DOTWriter.id(#"\"]; evil [URL=x]; //"#) == #""\\\"]; evil [URL=x]; //""#)
    }

    @Test func escapesLabelText() {
        #expect(DOTWriter.value(.text("A\nB")) == "\"A\\nB\"")
        #expect(DOTWriter.value(.text("C:\\x \"q\"")) == "\"C:\\\\x \\\"q\\\"\"")
        #expect(DOTWriter.value(.text("a\r\nb")) == "\"a\\nb\"")
        #expect(DOTWriter.value(.html(HTMLLabel(text: "A & <B>"))) == "<A &amp; &lt;B&gt;>")
        #expect(DOTWriter.value(.number(2)) == "2")
        #expect(DOTWriter.value(.number(0.1 + 0.2)) == "0.3")
        #expect(DOTWriter.value(.number(-0.0000001)) == "0")
        #expect(DOTWriter.value(.number(1e20)) == "100000000000000000000")
        #expect(DOTWriter.value(.bool(true)) == "true")
        #expect(DOTWriter.value("#ff0000") == "\"#ff0000\"")
    }

    @Test func writesADocumentInOrder() {
        var document = DOTDocument(isDirected: true, id: "g")
        document.graphAttributes = ["rankdir": "LR", "label": .text("Nantes")]
        document.nodeDefaults = ["shape": "box"]
        document.append(node: "b", ["label": .text("B")])
        document.append(node: "a")
        var cluster = DOTSubgraph(id: "cluster_1", graphAttributes: ["label": .text("municipal")])
        cluster.append(node: "c")
        document.append(subgraph: cluster)
        document.append(edge: "a", "b", ["style": "dashed", "penwidth": 2])
        let expected = """
            digraph g {
              rankdir=LR
              label="Nantes"
              node [shape=box]
              b [label="B"]
              a
              subgraph cluster_1 {
                label="municipal"
                c
              }
              a -> b [style=dashed, penwidth=2]
            }

            """
        #expect(DOTWriter().write(document) == expected)
        var undirected = DOTDocument(isDirected: false, isStrict: true)
        undirected.append(edge: "x", "y")
        #expect(DOTWriter().write(undirected) == "strict graph {\n  x -- y\n}\n")
    }

    @Test func attributesReplaceInPlaceAndRemove() {
        var attributes: DOTAttributes = ["a": 1, "b": 2, "a": 3]
        #expect(attributes.pairs.map(\.name) == ["a", "b"])
        #expect(attributes["a"] == .number(3))
        attributes["a"] = nil
        attributes["c"] = "x"
        #expect(attributes.pairs.map(\.name) == ["b", "c"])
    }

    @Test func diagramDOTIsDeterministic() {
        let network = SampleNetworks.nantes()
        let diagram = NetworkDiagram(sizeMeasure: "degree", clusters: .attribute("level"))
        let first = DOTWriter().write(diagram.document(for: network, sizes: SampleNetworks.degree(network)))
        for _ in 0..<5 {
            #expect(DOTWriter().write(diagram.document(for: network, sizes: SampleNetworks.degree(network))) == first)
        }
    }

    /// Ids and labels come back from Graphviz's own parser exactly as they went in.
    @Test func awkwardIdsAndLabelsSurviveGraphvizParser() async throws {
        let awkward = ["node", "Graph", "strict", "a b", "say \"hi\"", "C:\\dir\\file", "deux\nlignes", "crèche à Nantes",
                       "東京", "-12.5", "1.2.3", "ends\\", "<tag>", "x;y", "a->b", "{}", "#hash", "tab\there"]
        var document = DOTDocument(isDirected: true, id: "awkward")
        for (i, id) in awkward.enumerated() {
            document.append(node: id, ["label": .text("label of " + id), "order": .number(Double(i))])
        }
        document.append(edge: awkward[0], awkward[1])
        let network = try await DOTImport.network(fromDOT: DOTWriter().write(document))
        #expect(network.stakeholders.map(\.id) == awkward)
        #expect(network.stakeholders.map(\.name) == awkward.map { "label of " + $0 })
        #expect(network.ties.count == 1)
        #expect(network.ties.first?.source == "node" && network.ties.first?.target == "Graph")
    }
}
