// swift-tools-version: 6.1
// The benchmarks live in their own package, as swift-nio's do, so the main package's
// `swift test` never builds the benchmark tooling. Run them with ./run from this folder.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, which is whatever the clone is called.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent

let package = Package(
    name: "TingleBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "TingleBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TingleKit", package: mainPackage),
            ],
            path: "Benchmarks/TingleBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The same work in a plain loop, for perf and callgrind (see ./run --help).
        .executableTarget(
            name: "tingle-profile",
            dependencies: [.product(name: "TingleKit", package: mainPackage)],
            path: "Profile"
        ),
    ],
    swiftLanguageModes: [.v6]
)
