// The brain's file types (locations, problems, source files) are part of TingleKit's API.
@_exported import BrainFormat
// The text stage and the pattern language are modules of their own (the build uses them to
// prepare the built-in brain); their public types are part of TingleKit's API too.
@_exported import PatternLanguage
@_exported import TingleText
