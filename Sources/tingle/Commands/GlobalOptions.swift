import ArgumentParser

/// The root's options apply to a subcommand whether they come before its name or after it
/// (`tingle --intents DIR check`, `tingle check --intents DIR`). Each subcommand declares
/// them too, so its own `--help` lists them; what was given after the name wins.
protocol TakesBrainOptions {
    var tingle: Tingle { get }
    var brainOption: BrainOptions { get }
}

extension TakesBrainOptions {
    var brainOptions: BrainOptions { brainOption.isGiven ? brainOption : tingle.brainOptions }
}

protocol TakesOutputOptions {
    var tingle: Tingle { get }
    var outputOption: OutputOptions { get }
}

extension TakesOutputOptions {
    var json: Bool { outputOption.json || tingle.output.json }
}

protocol TakesDisplayOptions {
    var tingle: Tingle { get }
    var displayOption: DisplayOptions { get }
}

extension TakesDisplayOptions {
    var color: ColorMode { displayOption.color ?? tingle.display.mode }
}

extension Ask: TakesBrainOptions, TakesOutputOptions, TakesDisplayOptions {}
extension Analyze: TakesBrainOptions, TakesOutputOptions {}
extension Check: TakesBrainOptions {}
extension Eval: TakesBrainOptions, TakesOutputOptions {}
extension Replay: TakesBrainOptions, TakesDisplayOptions {}
