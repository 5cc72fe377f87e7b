// swift-tools-version:6.1
import PackageDescription

// A separate package for fuzzing: libFuzzer brings its own `main`, which would
// clash with kb's. Build and run with Fuzz/run (see FUZZING.md).
let package = Package(
    name: "kb-fuzz",
    dependencies: [.package(name: "kb", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzExtract",
            dependencies: [.product(name: "KBExtraction", package: "kb")],
            swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]),
    ],
    swiftLanguageModes: [.v6]
)
