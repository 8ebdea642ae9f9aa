import Foundation

// Runs every document's Swift blocks (see Snippets.swift) in a fresh folder that sees the
// repository's bundled networks as `Networks/` and DNA's sample database as `sample.dna`, so
// the blocks run as written and the files they save land nowhere that matters.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cohesion-doc-snippets-\(UUID().uuidString)")
do {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Networks"),
                                               withDestinationURL: repository.appendingPathComponent("Networks"))
    try FileManager.default.createSymbolicLink(
        at: folder.appendingPathComponent("sample.dna"),
        withDestinationURL: repository.appendingPathComponent("Tests/CohesionTests/Fixtures/discourse/dna-sample.dna"))
} catch {
    print("doc-snippets: cannot prepare \(folder.path): \(error)")
    exit(1)
}
defer { try? FileManager.default.removeItem(at: folder) }
FileManager.default.changeCurrentDirectoryPath(folder.path)
var failed = 0
for snippet in snippets {
    do {
        try await snippet.run()
        print("doc-snippets: \(snippet.name) ran")
    } catch {
        print("doc-snippets: \(snippet.name) failed: \(error)")
        failed += 1
    }
}
print("doc-snippets: \(snippets.count - failed) of \(snippets.count) documents ran")
if failed > 0 { exit(1) }
