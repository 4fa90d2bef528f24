import Testing

@testable import tingle

@Suite("Loading the built-in brain ahead")
struct BuiltInBrainTests {
    @Test(
        "Starts for the chat and the commands that read the built-in brain, not for another brain, help or the version")
    func startsOnlyWhenWanted() {
        for arguments in [
            [], ["--json"], ["ask", "what helps tingling toes"], ["eval", "cases.jsonl"], ["--color", "never"],
        ] {
            #expect(BuiltInBrain.wanted(for: arguments), "\(arguments)")
        }
        for arguments in [
            ["--intents", "Intents"], ["check", "--intents=Intents"], ["--brain", "b.brain"], ["--brain=b.brain"],
            ["--help"], ["-h"], ["help", "ask"], ["--version"], ["build", "Intents", "-o", "b.brain"],
            ["--generate-completion-script", "bash"],
        ] {
            #expect(!BuiltInBrain.wanted(for: arguments), "\(arguments)")
        }
        // The options that name another brain are the command's own: renamed there, the list
        // would go stale and load the built-in brain beside the one asked for.
        let help = Tingle.helpMessage()
        #expect(help.contains("--intents <DIR>") && help.contains("--brain <FILE>"))
    }
}
