import Cohesion
import CohesionGraphviz
import Testing

/// DOT import reads a tie's `evidence` as the field, and refuses an unknown level as the other
/// readers do (found by the DOT fuzzer: kept as an attribute, it made YAML the native reader refused).
@Suite("DOT import: evidence levels")
struct DOTEvidenceTests {
    @Test("a known level becomes the tie's evidence")
    func known() throws {
        let network = try DOTImport.networkSynchronously(fromDOT: #"digraph { a -> b [kind=funding, evidence="general-rule"]; }"#)
        #expect(network.ties.first?.evidence == .generalRule)
        #expect(network.ties.first?.attributes["evidence"] == nil)
    }

    @Test("an unknown level is an error naming the tie and the known levels")
    func unknown() throws {
        #expect {
            _ = try DOTImport.networkSynchronously(fromDOT: #"digraph { a -> b [kind=funding, evidence="general-{ule"]; }"#, file: "x.dot")
        } throws: { error in
            let text = String(describing: error)
            return text.contains("x.dot") && text.contains("tie 1 (a → b, funding)") && text.contains("known: local, national, general-rule")
        }
    }
}
