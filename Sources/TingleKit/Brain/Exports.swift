// The brain's file types (locations, problems, source files) are part of TingleKit's API.
@_exported import BrainFormat
