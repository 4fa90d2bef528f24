import BrainFormat

extension BrainCompiler {
    /// Where the setting that names intent `id` (`startIntent` or `assessIntent`) is written,
    /// the last file that sets it winning as it does for the value; nil for an intent the
    /// dialogue needs by its role, or by a setting left at its default, which no setting names.
    static func place(ofSettingNaming id: String, _ settings: Brain.Settings, in documents: [BrainFile])
        -> SourceLocation?
    {
        let key = id == settings.startIntent ? "startIntent" : id == settings.assessIntent ? "assessIntent" : nil
        guard let key else { return nil }
        for doc in documents.reversed() {
            let value = key == "startIntent" ? doc.body.settings?.startIntent : doc.body.settings?.assessIntent
            if value != nil { return doc.at("settings.\(key)") }
        }
        return nil
    }

    /// Where section `key` (`levels`, `messages`…) is written, in the first file that has it,
    /// for a problem about something the section lacks; when no file has the section, the
    /// first key of the first file, where one can be added. (Such problems were placed at
    /// line 1, column 1 of whichever file came first, though nothing was wrong there.)
    static func place(ofSection key: String, in documents: [BrainFile]) -> SourceLocation {
        documents.first { $0.has(key) }.map { $0.at(key) } ?? documents.first?.start
            ?? SourceLocation(wholeFile: "Intents")
    }

    /// The intents the dialogue cannot run without, each with what it needs it for.
    static func neededIntents(_ settings: Brain.Settings) -> [(id: String, role: String)] {
        [
            (settings.startIntent, "to start an assessment (settings.startIntent)"),
            (settings.assessIntent, "to give its view (settings.assessIntent)"),
        ] + RoleIntent.allCases.map { ($0.rawValue, $0.need) }
    }
}
