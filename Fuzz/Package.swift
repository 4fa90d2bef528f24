// swift-tools-version: 6.1
// libFuzzer targets for tingle. Build and run them with Fuzz/run (see README, "Robustness").
// Each target is an executable whose LLVMFuzzerTestOneInput libFuzzer calls; they are
// built with -sanitize=fuzzer,address and -parse-as-library, so libFuzzer provides main.
import PackageDescription

/// libFuzzer's main and its coverage callbacks, for the fuzz targets only: the whole build
/// (TingleKit, Yams, and the EmbedBrain build tool, which has its own main) gets
/// -sanitize=address and coverage instrumentation from Fuzz/run instead.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer", "-parse-as-library"])]

let package = Package(
    name: "TingleFuzz",
    dependencies: [.package(name: "tingle", path: "..")],
    targets: [
        .target(name: "FuzzMain"),
        .executableTarget(
            name: "FuzzTurn", dependencies: [.product(name: "TingleKit", package: "tingle"), "FuzzMain"],
            swiftSettings: fuzzer, linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]),
        .executableTarget(
            name: "FuzzBrain", dependencies: [.product(name: "TingleKit", package: "tingle"), "FuzzMain"],
            swiftSettings: fuzzer, linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]),
        .executableTarget(
            name: "FuzzPattern", dependencies: [.product(name: "TingleKit", package: "tingle"), "FuzzMain"],
            swiftSettings: fuzzer, linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]),
        .executableTarget(
            name: "FuzzTranscript", dependencies: [.product(name: "TingleKit", package: "tingle"), "FuzzMain"],
            swiftSettings: fuzzer, linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]),
    ],
    swiftLanguageModes: [.v6]
)
