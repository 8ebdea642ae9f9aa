import Cohesion
import Testing

/// Concepts and statements in the native file: read, written back identically, validated with
/// the line and column of each problem.
@Suite("discourse: concepts and statements in native files")
struct StatementFileTests {
    static let sample = """
        network: {title: T, firstYear: 2014, lastYear: 2020}
        sources:
          - {id: conseil-2016, title: Conseil municipal}
          - {id: caf-2015}
        stakeholders:
          - {id: caf, kind: family-allowance-office}
          - {id: ville, kind: municipality}
        concepts:
          - {id: quality, label: Quality before quantity, parent: childcare}
          - {id: childcare, description: Childcare policy}
        statements:
          - actor: caf
            concept: quality
            agree: true
            date: "2016-03-04"
            citations:
              - {source: conseil-2016, excerpt: "La qualité prime."}
              - caf-2015
            attributes: {speaker: M. X, venue: conseil}
          - actor: ville
            concept: quality
            agree: false
            date: "2015"
            illustrative: true
            note: plausible
        """

    func load(_ text: String, format: NetworkFormat = .yaml) -> (Network?, [Diagnostic]) {
        NetworkFile.load(bytes: Array(text.utf8), file: "test.yaml", format: format)
    }

    @Test func readsEveryField() throws {
        let (network, diagnostics) = load(Self.sample)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let n = try #require(network)
        #expect(n.concepts == [Concept(id: "quality", label: "Quality before quantity", parent: "childcare"),
                               Concept(id: "childcare", description: "Childcare policy")])
        #expect(n.statements.count == 2)
        let s = n.statements[0]
        #expect(s.actor == "caf" && s.concept == "quality" && s.qualifier == .agreement(true))
        #expect(s.date == StatementDate(year: 2016, month: 3, day: 4))
        #expect(s.citations == [StatementCitation(source: "conseil-2016", excerpt: "La qualité prime."),
                                StatementCitation(source: "caf-2015")])
        #expect(s.document == "conseil-2016")
        #expect(s.attributes == ["speaker": "M. X", "venue": "conseil"])
        let t = n.statements[1]
        #expect(t.qualifier == .agreement(false) && t.isIllustrative && t.note == "plausible")
        #expect(t.date?.description == "2015" && t.date?.precision == .year)
    }

    @Test func roundTripsThroughYAMLAndJSON() throws {
        let n = try #require(load(Self.sample).0)
        let yaml = try #require(load(n.yamlText()).0)
        #expect(yaml == n)
        let json = try #require(load(n.jsonText(), format: .json).0)
        #expect(json == n)
        #expect(n.yamlText() == yaml.yamlText())
    }

    @Test func ordinalScaleRoundTrips() throws {
        let text = """
            scale: {min: -2, max: 2}
            stakeholders: [{id: a, kind: state}]
            concepts: [{id: c}]
            statements:
              - {actor: a, concept: c, qualifier: -2, date: "2015-03-04T10:30:00"}
            """
        let (network, diagnostics) = load(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let n = try #require(network)
        #expect(n.qualifierScale == QualifierScale(minimum: -2, maximum: 2))
        #expect(n.statements[0].qualifier == .level(-2))
        #expect(n.statements[0].date?.description == "2015-03-04T10:30:00")
        #expect(load(n.yamlText()).0 == n)
    }

    func expect(_ text: String, _ severity: Diagnostic.Severity = .error, line: Int, column: Int, containing message: String,
                sourceLocation: SourceLocation = #_sourceLocation) {
        let found = load(text).1
        let match = found.first { $0.severity == severity && $0.message.contains(message) }
        #expect(match != nil, "no \(severity) containing '\(message)' in \(found)", sourceLocation: sourceLocation)
        #expect(match?.location == TextLocation(line: line, column: column), "\(String(describing: match))",
                sourceLocation: sourceLocation)
        #expect(match.map { $0.description.hasPrefix("test.yaml:\(line):\(column): ") } == true, sourceLocation: sourceLocation)
    }

    static let head = """
        network: {firstYear: 2014, lastYear: 2020}
        stakeholders: [{id: a, kind: state}]
        concepts: [{id: c}]
        statements:

        """

    @Test func unknownActorAndConcept() {
        expect(Self.head + "  - {actor: b, concept: c, agree: true}", line: 5, column: 13, containing: "unknown actor 'b'")
        expect(Self.head + "  - {actor: a, concept: d, agree: true}", line: 5, column: 25, containing: "unknown concept 'd'")
    }

    @Test func dateOutsideSpanAndMalformed() {
        expect(Self.head + "  - {actor: a, concept: c, agree: true, date: \"2013-12-31\"}", line: 5, column: 47,
               containing: "before the network's first year 2014")
        expect(Self.head + "  - {actor: a, concept: c, agree: true, date: \"2021\"}", line: 5, column: 47,
               containing: "after the network's last year 2020")
        expect(Self.head + "  - {actor: a, concept: c, agree: true, date: \"2015-02-30\"}", line: 5, column: 47,
               containing: "'date' must be a year")
    }

    @Test func duplicateStatementIsAWarning() {
        let text = Self.head + "  - {actor: a, concept: c, agree: true, date: \"2015\"}\n  - {actor: a, concept: c, agree: true, date: \"2015\"}"
        expect(text, .warning, line: 6, column: 5, containing: "repeats statement 1")
        #expect(!load(text).1.hasErrors)
    }

    @Test func qualifierProblems() {
        expect(Self.head + "  - {actor: a, concept: c}", line: 5, column: 5, containing: "needs 'agree: true|false'")
        expect(Self.head + "  - {actor: a, concept: c, agree: true, qualifier: 1}", line: 5, column: 5, containing: "not both")
        expect(Self.head + "  - {actor: a, concept: c, qualifier: 1}", line: 5, column: 39, containing: "needs a declared 'scale'")
        expect("scale: {min: 0, max: 3}\n" + Self.head + "  - {actor: a, concept: c, qualifier: 4}", line: 6, column: 39,
               containing: "off the scale 0…3")
        expect("scale: {min: 0, max: 3}\n" + Self.head + "  - {actor: a, concept: c, qualifier: 1}\n  - {actor: a, concept: c, agree: true}",
               line: 7, column: 35, containing: "mix 'agree'")
    }

    @Test func conceptProblems() {
        expect("stakeholders: []\nconcepts:\n  - {id: c, parent: x}", line: 3, column: 21, containing: "unknown concept 'x'")
        expect("stakeholders: []\nconcepts:\n  - {id: c}\n  - {id: c}", line: 4, column: 10, containing: "duplicate concept id 'c'")
        expect("stakeholders: []\nconcepts:\n  - {id: c, parent: d}\n  - {id: d, parent: c}", line: 3, column: 21,
               containing: "its own ancestor")
    }

    @Test func undeclaredSourceInCitation() {
        expect(Self.head + "  - {actor: a, concept: c, agree: true, citations: [{source: s, excerpt: x}]}", line: 5, column: 52,
               containing: "undeclared source 's'")
    }
}
