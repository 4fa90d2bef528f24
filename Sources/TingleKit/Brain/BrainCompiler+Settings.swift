import BrainFormat

extension BrainCompiler {
    /// The settings, later files winning, and the intents they name (checked once intents are known).
    mutating func compileSettings() -> (Brain.Settings, [(id: String, setting: String, location: SourceLocation)]) {
        var settings = Brain.Settings()
        var intentReferences: [(id: String, setting: String, location: SourceLocation)] = []
        for doc in documents {
            if let s = doc.body.settings {
                settings.keywordThreshold = s.keywordThreshold ?? settings.keywordThreshold
                settings.expectedBoost = s.expectedBoost ?? settings.expectedBoost
                if let length = s.maxInputLength, length < 1 {
                    problems.append(
                        Problem(doc.at("settings.maxInputLength"), "maxInputLength must be at least 1, not \(length)"))
                }
                settings.maxInputLength = s.maxInputLength ?? settings.maxInputLength
                settings.startIntent = s.startIntent ?? settings.startIntent
                settings.assessIntent = s.assessIntent ?? settings.assessIntent
                settings.adviceActions = s.adviceActions ?? settings.adviceActions
                settings.adviceTimes = s.adviceTimes ?? settings.adviceTimes
                if let lines = s.leavingLines { settings.leavingLines = Set(lines.map(TextNormalizer.letterWords)) }
                if let lines = s.restartingLines {
                    settings.restartingLines = Set(lines.map(TextNormalizer.letterWords))
                }
                for (k, id) in (s.selfCareIntents ?? []).enumerated() {
                    settings.selfCareIntents.insert(id)
                    intentReferences.append((id, "selfCareIntents", doc.at("settings.selfCareIntents[\(k)]")))
                }
                for (k, id) in (s.smallTalkIntents ?? []).enumerated() {
                    settings.smallTalkIntents.insert(id)
                    intentReferences.append((id, "smallTalkIntents", doc.at("settings.smallTalkIntents[\(k)]")))
                }
                for (k, id) in (s.asideIntents ?? []).enumerated() {
                    settings.asideIntents.insert(id)
                    intentReferences.append((id, "asideIntents", doc.at("settings.asideIntents[\(k)]")))
                }
            }
        }
        return (settings, intentReferences)
    }
}
