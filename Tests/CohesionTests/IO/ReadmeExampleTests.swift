import Cohesion
import Foundation
import Testing

@Suite("the README's example network")
struct ReadmeExampleTests {
    @Test("the complete example in the README reads and validates")
    func readmeExampleValidates() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let example = try #require(blocks.first { $0.hasPrefix("cohesion: 1") })
        let (network, diagnostics) = NetworkFile.load(bytes: Array(example.utf8), file: "README.md", format: .yaml)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(network?.stakeholders.count == 3 && network?.ties.count == 2)
        #expect(network?.ties[1].isIllustrative == true)
    }
}
