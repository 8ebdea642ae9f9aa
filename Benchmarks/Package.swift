// swift-tools-version: 6.0
// Side-by-side benchmarks: each executable times one area of Cohesion on an edge list that
// `run.py` also hands to igraph and NetworKit, so both sides run on the same graph in the same run.
import PackageDescription

let package = Package(
    name: "CohesionBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Cohesion", path: "..")],
    targets: [
        .target(name: "BenchSupport", dependencies: [.product(name: "Cohesion", package: "Cohesion")]),
        .executableTarget(name: "bench-io", dependencies: [.product(name: "Cohesion", package: "Cohesion")]),
        .executableTarget(name: "bench-coalitions", dependencies: ["BenchSupport", .product(name: "Cohesion", package: "Cohesion")]),
        // Each area adds its executable here: .executableTarget(name: "bench-<area>", dependencies: ["BenchSupport", .product(name: "Cohesion", package: "Cohesion")]),
        .executableTarget(name: "bench-centrality", dependencies: ["BenchSupport", .product(name: "Cohesion", package: "Cohesion")]),
        .executableTarget(name: "bench-brokerage", dependencies: ["BenchSupport", .product(name: "Cohesion", package: "Cohesion")]),
        .executableTarget(name: "bench-nullmodels", dependencies: ["BenchSupport", .product(name: "Cohesion", package: "Cohesion")]),
    ],
    swiftLanguageModes: [.v6]
)
