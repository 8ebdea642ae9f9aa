import Foundation
import Testing

/// `cohesion validate Networks/*.yaml` must pass on the bundled case-study networks, as a user
/// (and CI) runs it.
@Suite("cohesion validate on the bundled networks")
struct BundledNetworksValidateTests {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `cohesion` binary built beside the test bundle, if it can be found.
    static let executable: URL? = {
        var starts = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
        starts += Bundle.allBundles.map(\.bundleURL)
        for start in starts {
            var dir = start
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("cohesion")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }()

    @Test("validate exits 0 on the four city networks and reports each as valid")
    func validateCities() throws {
        let executable = try #require(Self.executable, "the cohesion tool was not built")
        let files = ["lille", "nantes", "hauts-de-seine", "rennes"].map { "Networks/\($0).yaml" }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["validate"] + files
        process.currentDirectoryURL = Self.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stderr.isEmpty, "\(stderr)")
        for file in files {
            #expect(stdout.contains(file), "no line for \(file) in:\n\(stdout)")
        }
    }
}
