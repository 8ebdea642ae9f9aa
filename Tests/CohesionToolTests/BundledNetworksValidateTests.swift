import Foundation
import Testing

/// `cohesion validate Networks/*.yaml` must pass on the bundled case-study networks, as a user
/// (and CI) runs it.
@Suite("cohesion validate on the bundled networks")
struct BundledNetworksValidateTests {
    @Test("validate exits 0 on the four city networks and reports each as valid")
    func validateCities() throws {
        let files = ["lille", "nantes", "hauts-de-seine", "rennes"].map { "Networks/\($0).yaml" }
        let result = try ToolRunner.run(["validate"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        for file in files {
            #expect(result.stdout.contains("\(file): valid ("), "no line for \(file) in:\n\(result.stdout)")
        }
    }
}
