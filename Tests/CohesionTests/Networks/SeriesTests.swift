import Foundation
import Testing
import Cohesion

/// Issue 15.1: stakeholder attributes by year (`series:`), validated, read by `evolution` and
/// written to GEXF as dynamic attributes.
@Suite("Stakeholder series (attributes by year)")
struct SeriesTests {
    static let text = """
        cohesion: 1
        network: {title: Series, firstYear: 2010, lastYear: 2014}
        sources:
          - {id: a, title: A}
          - {id: b, title: B}
        stakeholders:
          - {id: city, kind: municipality}
          - {id: caf, kind: family-allowance-office}
        ties:
          - {source: caf, target: city, kind: funding, citations: [a], firstYear: 2010}
        series:
          - stakeholder: city
            attribute: places
            unit: places
            points:
              - {year: 2011, value: 1850, citations: [a]}
              - {year: 2013, value: 1990, citations: [b], note: planned}
          - stakeholder: city
            attribute: coverage
            points:
              - {year: 2012, value: 0.4, citations: [b]}
        """

    static func load(_ text: String) -> (Network?, [Diagnostic]) {
        let result = NetworkFile.load(bytes: Array(text.utf8), file: "s.yaml", format: .yaml)
        return (result.network, result.diagnostics)
    }

    @Test("series are read with their points, citations and notes, and survive a native round trip")
    func readAndRoundTrip() throws {
        let (network, diagnostics) = Self.load(Self.text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let n = try #require(network)
        let places = try #require(n.series(of: "city", attribute: "places"))
        #expect(places.unit == "places")
        #expect(places.points.map(\.year) == [2011, 2013])
        #expect(places.value(in: 2011) == 1850)
        #expect(places.value(in: 2012) == nil)
        #expect(places.latestValue(atOrBefore: 2012) == 1850)
        #expect(places.points[1].citations == ["b"] && places.points[1].note == "planned")
        #expect(n.seriesAttributes == ["places", "coverage"])
        let (again, _) = Self.load(n.yamlText())
        #expect(again == n)
    }

    @Test("bad series are errors with a line: unknown stakeholder, repeated year, undeclared source, missing value")
    func validation() {
        let bad = """
            cohesion: 1
            sources: [{id: a}]
            stakeholders: [{id: city, kind: municipality}]
            ties: []
            series:
              - stakeholder: town
                attribute: places
                points: [{year: 2011, value: 1, citations: [a]}]
              - stakeholder: city
                attribute: places
                points:
                  - {year: 2012, value: 1, citations: [a]}
                  - {year: 2012, value: 2, citations: [zz]}
                  - {year: 2014}
            """
        let (_, diagnostics) = Self.load(bad)
        let messages = diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("unknown stakeholder 'town'") && $0.contains("s.yaml:6:") })
        #expect(messages.contains { $0.contains("year 2012 does not come after 2012") && $0.contains("s.yaml:13:") })
        #expect(messages.contains { $0.contains("undeclared source 'zz'") })
        #expect(messages.contains { $0.contains("needs a 'year' and a 'value'") })
    }

    @Test("a source cited only by a series point counts as used")
    func citedBySeries() throws {
        let (_, diagnostics) = Self.load(Self.text)
        #expect(!diagnostics.contains { $0.description.contains("never cited") })
    }

    @Test("evolution carries each series beside the network measures, blank where no point is dated")
    func evolution() throws {
        let n = try #require(Self.load(Self.text).0)
        let evolution = try NetworkEvolution(n, years: 2010...2014)
        let rows = evolution.seriesRows
        #expect(rows.map(\.id) == ["places (city)", "coverage (city)"])
        #expect(rows[0].cells == [.missing, .number(1850), .missing, .number(1990), .missing])
        #expect(rows[1].cells[2] == .number(0.4))
    }

    @Test("GEXF writes series as dynamic node attributes spanning their years")
    func gexf() throws {
        let n = try #require(Self.load(Self.text).0)
        let (bytes, warnings) = try NetworkFile.encode(n, format: .gexf)
        let xml = String(decoding: bytes, as: UTF8.self)
        #expect(xml.contains("mode=\"dynamic\""))
        #expect(xml.contains("<attributes class=\"node\" mode=\"dynamic\">"))
        #expect(xml.contains("<attribute id=\"s0\" title=\"places\" type=\"double\"/>"))
        #expect(xml.contains("<attvalue for=\"s0\" value=\"1850.0\" start=\"2011-01-01\" end=\"2011-12-31\"/>"))
        #expect(xml.contains("<attvalue for=\"s1\" value=\"0.4\" start=\"2012-01-01\" end=\"2012-12-31\"/>"))
        // The values travel; the unit and the points' citations are named as left behind.
        #expect(!warnings.contains { $0.description.contains("stakeholder series (attributes by year)") })
        #expect(warnings.contains { $0.description.contains("units, notes and citations of stakeholder series") })
        // GEXF reads them back as series, values by year.
        let back = try GEXFReader.read(bytes: bytes, file: "series.gexf")
        #expect(back.series.map { $0.points.map(\.value) } == n.series.map { $0.points.map(\.value) })
        // A format that cannot hold series says so.
        let (_, graphmlWarnings) = try NetworkFile.encode(n, format: .graphml)
        #expect(graphmlWarnings.contains { $0.description.contains("stakeholder series") })
    }
}
