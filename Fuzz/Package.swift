// swift-tools-version: 6.0
// libFuzzer targets, one per reader. Built by Fuzz/run (not by the main package's `swift test`),
// with `-sanitize=fuzzer,address`: each target is an executable whose `main` is libFuzzer's.
import PackageDescription

/// The readers fuzzed; each has a folder Sources/Fuzz<Name> with one file.
let readers = ["YAML", "JSON", "NodeLink", "CSV", "GraphML", "DL", "Pajek", "DOT"]

let package = Package(
    name: "CohesionFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Cohesion", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Cohesion", package: "Cohesion")]),
    ] + readers.map { name in
        .executableTarget(
            name: "Fuzz\(name)",
            dependencies: [
                "FuzzSupport",
                .product(name: "Cohesion", package: "Cohesion"),
                .product(name: "CohesionGraphviz", package: "Cohesion"),
            ]
        )
    },
    swiftLanguageModes: [.v6]
)
