// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "tingle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tingle", targets: ["tingle"]),
        .library(name: "TingleKit", targets: ["TingleKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // GNU readline, linked from the system. No pkgConfig: Debian's readline.pc
        // adds flags that SwiftPM refuses.
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // Turns the YAML files of Intents/ into Swift string literals so the
        // brain travels inside the binary (Bundle.module crashes a moved binary on Linux).
        .executableTarget(name: "EmbedBrain"),
        .plugin(
            name: "EmbedBrainPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedBrain"]
        ),
        .target(
            name: "TingleKit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            plugins: ["EmbedBrainPlugin"]
        ),
        .executableTarget(
            name: "tingle",
            dependencies: [
                "TingleKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "TingleKitTests",
            dependencies: ["TingleKit"]
        ),
        // End-to-end tests run the built binary; depending on it makes `swift test` build it.
        .testTarget(
            name: "TingleCLITests",
            dependencies: ["TingleKit", "tingle"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
