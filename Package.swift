// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Cohesion",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Cohesion", targets: ["Cohesion"]),
        .executable(name: "cohesion", targets: ["cohesion"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .target(
            name: "Cohesion",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "cohesion",
            dependencies: [
                "Cohesion",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CohesionTests", dependencies: ["Cohesion"], exclude: ["Fixtures"]),
        .testTarget(name: "CohesionToolTests", dependencies: ["cohesion"]),
    ],
    swiftLanguageModes: [.v6]
)
