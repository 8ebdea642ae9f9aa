import Cohesion
@testable import CohesionGraphviz
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Issue 20.2: nothing in a network's text can end a quoted DOT string, add statements or put
/// a `javascript:` link or a control character into the SVG.
@Suite("Hostile text in diagrams")
struct HostileTextTests {
    static let injection = #"\"]; evil [label=pwned URL=<javascript:alert(1)>]; //"#

    static func twoStakeholders(sector: String, name: String = "Ville de Lille", id: String = "lille") -> Network {
        var network = Network(title: "Hostile")
        network.stakeholders = [
            Stakeholder(id: id, name: name, kind: .municipality, sector: Sector(sector), level: .municipal,
                        place: #"Lille \"centre\""#),
            Stakeholder(id: "caf59", name: "CAF du Nord", kind: .familyAllowanceOffice, sector: .public),
        ]
        network.ties = [Tie(source: "caf59", target: id, kind: .funding, instrument: Self.injection)]
        return network
    }

    /// Whether the text parses as XML, with the parser's error when it does not.
    static func xmlError(_ text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse() ? nil : (parser.parserError.map { "\($0)" } ?? "not well-formed")
    }

    @Test func sectorCannotAddANode() async throws {
        let network = Self.twoStakeholders(sector: Self.injection)
        let document = NetworkDiagram().document(for: network)
        let dot = DOTWriter().write(document)
        let rendering = try await GraphvizRenderer().render(dot: dot, format: .svg)
        #expect(rendering.nodeCount == 3)   // two stakeholders and the legend
        let svg = try #require(rendering.text)
        // The text shows in tooltips (Graphviz's `<a xlink:title>`) as text; no link exists.
        #expect(!svg.contains("href"))
        #expect(!svg.contains("xlink:title=\"pwned"))
        #expect(!svg.contains(">pwned<"))
        #expect(Self.xmlError(svg) == nil)
        // The diagram's DOT reads back as the same two stakeholders with the same sector.
        let back = try await DOTImport.network(fromDOT: dot)
        #expect(back.stakeholders.map(\.id) == ["lille", "caf59"])
        #expect(back.stakeholders.first?.sector?.rawValue == Self.injection)
    }

    @Test func convertToDOTAndBackKeepsTheStakeholders() async throws {
        for id in ["lille", Self.injection, #"C:\dir\"#, "a\\\\b", "line\nbreak", "bell\u{07}"] {
            let network = Self.twoStakeholders(sector: Self.injection, name: Self.injection + " \\N \\G", id: id)
            let (bytes, _) = DOTNetworkWriter.write(network)
            let back = try await DOTImport.network(fromDOT: String(decoding: bytes, as: UTF8.self))
            #expect(back.stakeholders.map(\.id) == [id, "caf59"], "id \(id.debugDescription)")
            #expect(back.stakeholders.first?.name == Self.injection + " \\N \\G")
            #expect(back.stakeholders.first?.sector?.rawValue == Self.injection)
            #expect(back.stakeholders.first?.place == #"Lille \"centre\""#)
            #expect(back.ties.count == 1)
            #expect(back.ties.first?.target == id)
            #expect(back.ties.first?.instrument == Self.injection)
        }
    }

    @Test func controlCharactersNeverReachTheSVG() async throws {
        let name = "Crèche \u{1b}[31mrouge\u{07} \u{0c}\u{7f}\u{fffe}"
        let network = Self.twoStakeholders(sector: "pub\u{1b}lic", name: name, id: "esc\u{1b}ape\u{07}")
        let rendering = try await GraphvizRenderer().render(NetworkDiagram().document(for: network), format: .svg)
        let svg = try #require(rendering.text)
        #expect(Self.xmlError(svg) == nil)
        for scalar in svg.unicodeScalars {
            let v = scalar.value
            #expect(!(v < 0x20 && v != 0x09 && v != 0x0a && v != 0x0d) && v != 0xfffe && v != 0xffff,
                    "U+\(String(v, radix: 16)) in the SVG")
        }
        // The label shows the control characters as visible pictures.
        #expect(svg.contains("␛[31mrouge␇"))
    }

    @Test func xmlRepairLeavesGoodBytesAlone() {
        let good = Data("<svg>é 東京 \t\n</svg>".utf8)
        #expect(GraphvizRenderer.wellFormedXML(good) == good)
        let bad = Data("<a>\u{1b}x\u{fffe}</a>".utf8)
        #expect(String(decoding: GraphvizRenderer.wellFormedXML(bad), as: UTF8.self) == "<a>\u{fffd}x\u{fffd}</a>")
    }
}
