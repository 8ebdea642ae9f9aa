// swift-tools-version: 6.0
// Small programs that embed Cohesion. Build and run from this folder:
//   swift run build-in-code
//   swift run compare-cities
//   swift run city-evolution
//   swift run housing-rennes
//   swift run doc-snippets
import PackageDescription

let cohesion: Target.Dependency = .product(name: "Cohesion", package: "Cohesion")
// Diagrams go through the Graphviz C library (libgraphviz-dev); only compare-cities needs it.
let graphviz: Target.Dependency = .product(name: "CohesionGraphviz", package: "Cohesion")

let package = Package(
    name: "CohesionExamples",
    platforms: [.macOS(.v13)],
    dependencies: [
        // The library itself, from the repository root.
        .package(name: "Cohesion", path: ".."),
    ],
    targets: [
        .executableTarget(name: "build-in-code", dependencies: [cohesion]),
        .executableTarget(name: "compare-cities", dependencies: [cohesion, graphviz]),
        .executableTarget(name: "city-evolution", dependencies: [cohesion]),
        .executableTarget(name: "housing-rennes", dependencies: [cohesion]),
        // Every Swift block of the README and the DocC catalogs, gathered by
        // Tests/CohesionTests/Documentation/DocSnippetsTests.swift; built and run by CI.
        .executableTarget(name: "doc-snippets", dependencies: [cohesion, graphviz]),
    ],
    swiftLanguageModes: [.v6]
)
