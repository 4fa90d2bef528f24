/// The slots the engine reads by name: `--json` reports them under these keys, and the
/// summary and `tingle eval` read them. Code names them only through this list, and the
/// loader refuses a brain that lacks one, at its `slots:`, so a renamed slot cannot
/// silently leave a `--json` field null. (Other slots are data: asked and summarised alike.)
public enum SlotKey: String, Sendable, CaseIterable {
    /// When in a run the numbness starts.
    case onset
    /// What the runner runs in.
    case footwear
    /// Other symptoms, a list slot (`list: true`): `--json` gives their ids.
    case symptoms
}
