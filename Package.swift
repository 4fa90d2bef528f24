// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "tingle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tingle", targets: ["tingle"]),
        .library(name: "TingleKit", targets: ["TingleKit", "BuiltInBrain"]),
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
        // glibc's mallopt, to set how the allocator serves the process (see `Allocator`).
        .systemLibrary(name: "CMalloc"),
        // Where the program's own image lies, so the built-in brain's text, once read, can be
        // let go of without risk to memory the program made (`PagesGivenBack`).
        .systemLibrary(name: "CImage"),
        // The brain's file format: YAML read and checked into documents, and the snapshot
        // of them that the build embeds. Its own module so the build tool can use it.
        .target(
            name: "BrainFormat",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The text stage: normalizing, tokenizing, stemming, quantities, typo correction.
        .target(name: "TingleText", dependencies: ["BrainFormat"]),
        // The pattern language and the slow, pure part of compiling a brain (patterns parsed,
        // concepts expanded), below the engine so the build can prepare the built-in brain.
        .target(name: "PatternLanguage", dependencies: ["BrainFormat", "TingleText"]),
        // Turns Intents/ into Swift string literals (the files, and a snapshot of them read
        // and checked, their preparation, and the record of linking them with the engine's own
        // compiler) so the brain travels inside the binary (Bundle.module crashes a moved
        // binary on Linux) and start-up need not read YAML, parse patterns or link them.
        .executableTarget(
            name: "EmbedBrain", dependencies: ["BrainFormat", "TingleText", "PatternLanguage", "TingleKit"]),
        .plugin(
            name: "EmbedBrainPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedBrain"]
        ),
        .target(
            name: "TingleKit",
            dependencies: ["BrainFormat", "TingleText", "PatternLanguage", "CImage"]
        ),
        // The built-in brain, embedded by the build: a module above TingleKit, because its
        // tool links the brain with TingleKit (a target's own plugin cannot use the target).
        .target(
            name: "BuiltInBrain",
            dependencies: ["BrainFormat", "TingleKit"],
            plugins: ["EmbedBrainPlugin"]
        ),
        .executableTarget(
            name: "tingle",
            dependencies: [
                "TingleKit",
                "BuiltInBrain",
                "CReadline",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release binary links the Swift runtime and Foundation in (`--static-swift-stdlib`),
            // and a position-independent binary that size carries ~80,000 relocations, written
            // into their pages at every start, which makes each such page a private copy:
            // 1.5 MB of every process. Packed relative relocations (DT_RELR, glibc 2.36+,
            // which lld writes and gold cannot) keep the binary position-independent and
            // touch far fewer pages.
            linkerSettings: [
                .unsafeFlags(
                    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                    .when(platforms: [.linux], configuration: .release))
            ]
        ),
        .testTarget(
            name: "TingleKitTests",
            dependencies: ["TingleKit", "BuiltInBrain"]
        ),
        // End-to-end tests run the built binary; depending on it makes `swift test` build it.
        .testTarget(
            name: "TingleCLITests",
            dependencies: ["TingleKit", "BuiltInBrain", "tingle"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
