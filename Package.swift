// swift-tools-version:6.1
import PackageDescription

// Upcoming features for every target, swift-log style: strict concurrency is the
// Swift 6 language mode itself; these keep the code ready for what comes next.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "kb",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kb", targets: ["kb"]),
        .library(name: "KBExtraction", targets: ["KBExtraction"]),
        .library(name: "KBStorage", targets: ["KBStorage"]),
        .library(name: "KBQuery", targets: ["KBQuery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Build-time generator: turns Migrations/ and Seeds/ into Swift source so
        // that a copied `kb` binary carries them (Bundle.module would not travel).
        .executableTarget(name: "EmbedGen", path: "Sources/EmbedGen", swiftSettings: swiftSettings),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["EmbedGen"]),
        .target(
            name: "KBEmbedded",
            path: "Sources/KBEmbedded",
            swiftSettings: swiftSettings,
            plugins: ["EmbedFiles"]),
        .target(
            name: "KBExtraction",
            dependencies: ["KBEmbedded", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        .target(
            name: "KBStorage",
            dependencies: ["KBExtraction", "KBEmbedded", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings),
        // C shim for sqlite3_db_config (variadic, not callable from Swift).
        .target(
            name: "KBSQLiteShim",
            dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")],
            path: "Sources/KBSQLiteShim"),
        .target(
            name: "KBQuery",
            dependencies: [
                "KBStorage", "KBEmbedded", "KBSQLiteShim",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            exclude: ["Queries"],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "kb",
            dependencies: [
                "KBQuery", "KBStorage", "KBExtraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),
        // Benchmarks (never run as tests): times the canned queries and extraction in-process.
        .executableTarget(
            name: "kb-bench",
            dependencies: ["KBQuery", "KBStorage", "KBExtraction", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/kb-bench",
            swiftSettings: swiftSettings),
        .testTarget(
            name: "KBTests",
            dependencies: [
                "KBExtraction", "KBStorage", "KBQuery", "KBEmbedded", "kb",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Tests/KBTests",
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
