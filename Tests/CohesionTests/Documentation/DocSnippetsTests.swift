import Foundation
import Testing

/// Every Swift block of the README and the DocC catalogs compiles and runs (issue 17.8).
///
/// The blocks of each article are gathered, in order, into one function of the `doc-snippets`
/// example (`Examples/Sources/doc-snippets/Snippets.swift`), which CI builds against the library
/// as a path dependency and runs; `Scripts/check_dependency.sh` builds the getting-started
/// `Package.swift` block with a URL dependency and with a path dependency. This test keeps the
/// generated file equal to what the documents say: when a document changes, rerun it with
/// `COHESION_UPDATE_SNIPPETS=1` to rewrite the file, and commit both.
///
/// An article can give its blocks what it leaves to the reader (the network they start from)
/// in a comment the rendered page does not show, placed where it applies:
/// `<!-- snippet: let network = try NetworkFile.read("Networks/lille.yaml") -->`.
@Suite("Documentation snippets compile")
struct DocSnippetsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The documents whose Swift blocks must compile, with the name of their function.
    static let documents: [(path: String, function: String)] = [
        ("README.md", "readme"),
        ("Sources/Cohesion/Cohesion.docc/GettingStarted.md", "gettingStarted"),
        ("Sources/Cohesion/Cohesion.docc/CentralityAndProfile.md", "centralityAndProfile"),
        ("Sources/Cohesion/Cohesion.docc/Brokerage.md", "brokerage"),
        ("Sources/Cohesion/Cohesion.docc/CoalitionsAndComparison.md", "coalitionsAndComparison"),
        ("Sources/Cohesion/Cohesion.docc/NullModels.md", "nullModels"),
        ("Sources/Cohesion/Cohesion.docc/Discourse.md", "discourse"),
        ("Sources/Cohesion/Cohesion.docc/NetworkFiles.md", "networkFiles"),
        ("Sources/Cohesion/Cohesion.docc/Interoperability.md", "interoperability"),
        ("Sources/Cohesion/Cohesion.docc/Cohesion.md", "cohesion"),
        ("Sources/CohesionGraphviz/CohesionGraphviz.docc/CohesionGraphviz.md", "cohesionGraphviz"),
    ]

    static let generatedPath = "Examples/Sources/doc-snippets/Snippets.swift"

    /// The Swift of one document: its blocks and hidden context in order, and the imports they need.
    static func code(of markdown: String) -> (imports: [String], body: [String], blocks: Int) {
        var imports: [String] = [], body: [String] = [], blocks = 0
        var inSwift = false, inOther = false, inContext = false
        for line in markdown.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if inContext {
                if trimmed.hasSuffix("-->") {
                    let last = String(trimmed.dropLast(3))
                    if !last.trimmingCharacters(in: .whitespaces).isEmpty { body.append(last) }
                    inContext = false
                } else {
                    body.append(line)
                }
                continue
            }
            if inSwift || inOther {
                if trimmed.hasPrefix("```") { inSwift = false; inOther = false; continue }
                guard inSwift else { continue }
                if trimmed.hasPrefix("import ") {
                    if !imports.contains(trimmed) { imports.append(trimmed) }
                } else {
                    body.append(line)
                }
                continue
            }
            if trimmed.hasPrefix("<!-- snippet:") {
                let rest = String(trimmed.dropFirst("<!-- snippet:".count))
                if rest.hasSuffix("-->") {
                    body.append(String(rest.dropLast(3)).trimmingCharacters(in: .whitespaces))
                } else {
                    if !rest.trimmingCharacters(in: .whitespaces).isEmpty { body.append(rest) }
                    inContext = true
                }
            } else if trimmed == "```swift" {
                inSwift = true
                blocks += 1
            } else if trimmed.hasPrefix("```") {
                inOther = true
            }
        }
        return (imports, body, blocks)
    }

    /// The whole generated file.
    static func generated() throws -> String {
        var imports = ["import Cohesion", "import CohesionGraphviz", "import Foundation"]
        var functions: [String] = []
        for document in documents {
            let text = try String(contentsOf: root.appendingPathComponent(document.path), encoding: .utf8)
            // Package manifests are built by Scripts/check_dependency.sh, not here.
            let withoutPackage = text.replacingOccurrences(of: "```swift\n// swift-tools-version", with: "```text\n// swift-tools-version")
            let (moreImports, body, blocks) = code(of: withoutPackage)
            guard blocks > 0 else { continue }
            imports += moreImports.filter { !imports.contains($0) }
            functions.append("// \(document.path)\nfunc \(document.function)() async throws {\n"
                             + body.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + "\n}\n")
        }
        let names = documents.map(\.function).filter { name in functions.contains { $0.contains("func \(name)()") } }
        return "// Generated from the Swift blocks of the README and the DocC catalogs by\n"
            + "// Tests/CohesionTests/Documentation/DocSnippetsTests.swift: do not edit; edit the documents and rerun\n"
            + "// `COHESION_UPDATE_SNIPPETS=1 swift test --filter DocSnippets`.\n"
            + imports.sorted().joined(separator: "\n") + "\n\n"
            + "/// Every document's snippets, in the order of the documents.\n"
            + "let snippets: [(name: String, run: @Sendable () async throws -> Void)] = [\n"
            + names.map { "    (\"\($0)\", \($0)),\n" }.joined() + "]\n\n"
            + functions.joined(separator: "\n")
    }

    @Test("the doc-snippets example holds every Swift block of the documents")
    func generatedFileIsCurrent() throws {
        let expected = try Self.generated()
        let url = Self.root.appendingPathComponent(Self.generatedPath)
        if ProcessInfo.processInfo.environment["COHESION_UPDATE_SNIPPETS"] == "1" {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == expected, "a document's Swift changed: rerun with COHESION_UPDATE_SNIPPETS=1 and commit \(Self.generatedPath)")
    }

    @Test("hidden context and imports are gathered in order")
    func extraction() {
        let markdown = """
        Text.
        <!-- snippet: let network = try NetworkFile.read("x.yaml") -->
        ```swift
        import Cohesion
        let graph = try AnalysisGraph(network)
        ```
        ```
        cohesion info x.yaml
        ```
        <!-- snippet:
        let other = 1
        -->
        ```swift
        print(graph.nodeCount, other)
        ```
        """
        let (imports, body, blocks) = Self.code(of: markdown)
        #expect(imports == ["import Cohesion"])
        #expect(body == ["let network = try NetworkFile.read(\"x.yaml\")", "let graph = try AnalysisGraph(network)",
                         "let other = 1", "print(graph.nodeCount, other)"])
        #expect(blocks == 2)
    }
}
