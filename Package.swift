// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Cohesion",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Cohesion", targets: ["Cohesion"]),
        .library(name: "CohesionGraphviz", targets: ["CohesionGraphviz"]),
        .executable(name: "cohesion", targets: ["cohesion"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        // Spreadsheets (.xlsx): the zip container and the sheets' XML.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
    ],
    targets: [
        .target(
            name: "Cohesion",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
                "CSQLite",
            ],
            plugins: ["NodeMeasureCatalog"]
        ),
        // Writes NodeMeasure.all from each measure's own declaration (Plugins/NodeMeasureCatalog),
        // so that adding a measure is one file.
        .plugin(
            name: "NodeMeasureCatalog",
            capability: .buildTool(),
            dependencies: ["NodeMeasureCatalogTool"],
            path: "Plugins/NodeMeasureCatalog"
        ),
        .executableTarget(name: "NodeMeasureCatalogTool", path: "Plugins/NodeMeasureCatalogTool"),
        // The system SQLite library, for reading DNA's .dna databases (IO/DNA).
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // The Graphviz C library, found by pkg-config; no Swift API of its own.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // The C that CohesionGraphviz needs around libgvc: an id discipline for reading DOT and
        // the render worker process (see its README).
        .target(name: "CohesionGraphvizShims", dependencies: ["CGraphviz"], exclude: ["README.md"]),
        // Rendering through Graphviz. Plugins are loaded explicitly at run time (Plugins.swift),
        // so no unsafe linker flags are needed and the target stays usable as a dependency.
        .target(
            name: "CohesionGraphviz",
            dependencies: ["Cohesion", "CGraphviz", "CohesionGraphvizShims"],
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "cohesion",
            dependencies: [
                "Cohesion",
                "CohesionGraphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CohesionTests", dependencies: ["Cohesion"], exclude: ["Fixtures"]),
        .testTarget(name: "CohesionGraphvizTests", dependencies: ["CohesionGraphviz", "Cohesion"]),
        .testTarget(name: "CohesionToolTests", dependencies: ["cohesion"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
