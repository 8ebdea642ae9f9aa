import Cohesion
import Testing

/// Each validation error, with the line and column it must point at.
@Suite("validation reports every problem with its line and column")
struct ValidationTests {
    func diagnostics(_ text: String) -> [Diagnostic] {
        NetworkFile.load(bytes: Array(text.utf8), file: "test.yaml", format: .yaml).diagnostics
    }

    func expectError(_ text: String, line: Int, column: Int, containing message: String,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        let found = diagnostics(text)
        let match = found.first { $0.severity == .error && $0.message.contains(message) }
        #expect(match != nil, "no error containing '\(message)' in \(found)", sourceLocation: sourceLocation)
        #expect(match?.location == TextLocation(line: line, column: column), "\(String(describing: match))",
                sourceLocation: sourceLocation)
        #expect(match?.file == "test.yaml", sourceLocation: sourceLocation)
    }

    @Test func unknownStakeholder() {
        expectError("""
            stakeholders:
              - {id: a, kind: state}
            ties:
              - source: a
                target: b
                kind: funding
            """, line: 5, column: 13, containing: "unknown stakeholder 'b'")
    }

    @Test func duplicateID() {
        expectError("""
            stakeholders:
              - id: a
                kind: state
              - id: a
                kind: municipality
            """, line: 4, column: 9, containing: "duplicate stakeholder id 'a'")
    }

    @Test func undeclaredStakeholderKind() {
        expectError("""
            stakeholders:
              - id: hlm
                kind: social-landlord
            """, line: 3, column: 11, containing: "undeclared stakeholder kind 'social-landlord'")
    }

    @Test func declaredKindsAreAccepted() {
        let found = diagnostics("""
            kinds:
              stakeholders: [{id: social-landlord, broader: provider}]
              ties: [{id: rental-intermediation, directed: true}]
            stakeholders:
              - {id: hlm, kind: social-landlord}
              - {id: city, kind: municipality}
            ties:
              - {source: city, target: hlm, kind: rental-intermediation}
            """)
        #expect(!found.hasErrors, "\(found)")
    }

    @Test func undeclaredTieKind() {
        expectError("""
            stakeholders: [{id: a, kind: state}, {id: b, kind: state}]
            ties:
              - {source: a, target: b, kind: alliance}
            """, line: 3, column: 34, containing: "undeclared tie kind 'alliance'")
    }

    @Test func negativeAmount() {
        expectError("""
            stakeholders: [{id: a, kind: state}, {id: b, kind: state}]
            ties:
              - source: a
                target: b
                kind: funding
                amount: {value: -10, currency: EUR}
            """, line: 6, column: 13, containing: "amount must be a finite number not below zero")
    }

    @Test func firstYearAfterLast() {
        expectError("""
            stakeholders: [{id: a, kind: state}, {id: b, kind: state}]
            ties:
              - source: a
                target: b
                kind: funding
                firstYear: 2020
                lastYear: 2014
            """, line: 6, column: 16, containing: "first year 2020 is after last year 2014")
    }

    @Test func undeclaredSource() {
        expectError("""
            sources: [{id: s1}]
            stakeholders: [{id: a, kind: state, citations: [s1]}, {id: b, kind: state}]
            ties:
              - {source: a, target: b, kind: funding, citations: [s2]}
            """, line: 4, column: 54, containing: "citation of undeclared source 's2'")
    }

    @Test func wrongValueType() {
        expectError("""
            stakeholders: [{id: a, kind: state}, {id: b, kind: state}]
            ties:
              - source: a
                target: b
                kind: funding
                firstYear: "2020"
            """, line: 6, column: 16, containing: "'firstYear' must be a whole number, found '2020'")
        expectError("""
            stakeholders:
              - id: a
                kind: state
                attributes:
                  places: [1, 2]
            """, line: 5, column: 15, containing: "attribute 'places' must be a number, text or true/false")
    }

    @Test func unknownKey() {
        expectError("""
            stakeholders:
              - id: a
                kind: state
                secter: public
            """, line: 4, column: 5, containing: "unknown key 'secter'")
    }

    @Test func notYAMLAtAll() {
        expectError("stakeholders: [a, b\nties: {", line: 2, column: 5, containing: "not valid YAML or JSON")
        let binary = NetworkFile.load(bytes: [0xFF, 0x00, 0xC3], file: "x.json", format: .json).diagnostics
        #expect(binary.count == 1 && binary[0].message.contains("not valid UTF-8") && binary[0].location?.line == 1)
        let scalar = diagnostics("just a sentence")
        #expect(scalar.first?.message.contains("expected the network file as a mapping") == true, "\(scalar)")
    }

    @Test func everyProblemAtOnce() {
        let found = diagnostics("""
            sources: [{id: s1}]
            stakeholders:
              - {id: a, kind: state}
              - {id: a, kind: robot}
            ties:
              - {source: a, target: z, kind: funding, weight: -1, citations: [s9]}
            """)
        let errors = found.filter { $0.severity == .error }
        #expect(errors.count == 5, "\(errors)")
        #expect(errors.map(\.location!.line) == [4, 4, 6, 6, 6])
        #expect(found.contains { $0.severity == .warning && $0.message.contains("source 's1' is never cited") })
    }

    @Test func programmaticNetworksValidateWithoutPositions() {
        var network = Network()
        network.stakeholders = [Stakeholder(id: "a", kind: .state)]
        network.ties = [Tie(source: "a", target: "b", kind: .funding, firstYear: 2022, lastYear: 2021)]
        let found = network.validate()
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.location == nil && $0.file == nil })
        #expect(found.map(\.description).contains("error: tie names unknown stakeholder 'b'"))
    }

    @Test func diagnosticsPrintLikeACompiler() {
        let d = Diagnostic(.error, "boom", file: "lille.yaml", location: TextLocation(line: 3, column: 7))
        #expect(d.description == "lille.yaml:3:7: error: boom")
    }
}
