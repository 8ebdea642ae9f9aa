import Foundation
import PackagePlugin

/// Writes `NodeMeasure.all` for the Cohesion target: it runs `NodeMeasureCatalogTool` on the
/// target's Swift sources, which lists every `static let … = NodeMeasure(order: …` declared in
/// an `extension NodeMeasure`, by ascending order. A measure is then one file (plus its tests):
/// nothing else names it.
@main
struct NodeMeasureCatalog: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target.sourceModule else { return [] }
        let sources = module.sourceFiles(withSuffix: ".swift").map(\.url)
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("NodeMeasure+All.swift")
        return [
            .buildCommand(
                displayName: "Listing the node measures of \(target.name)",
                executable: try context.tool(named: "NodeMeasureCatalogTool").url,
                arguments: [output.path] + sources.map(\.path),
                // The tool may be built with a sanitizer (Fuzz/run); a leak report at exit must not fail the build.
                environment: ["ASAN_OPTIONS": "detect_leaks=0"],
                inputFiles: sources,
                outputFiles: [output]
            ),
        ]
    }
}
