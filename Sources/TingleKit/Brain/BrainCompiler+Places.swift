import BrainFormat

extension BrainCompiler {
    /// Where the setting that names intent `id` (`startIntent` or `assessIntent`) is written,
    /// the last file that sets it winning as it does for the value; nil for an intent the
    /// dialogue needs by its role, which has no place but the first file. A missing intent
    /// named in settings was reported at line 1 of the first file (concepts/core.yaml:1:1).
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
}
