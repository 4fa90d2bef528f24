import Foundation

/// The typo corrector's answers for words it has already been asked about: a person's words
/// recur from line to line (their own slips among them), and working out the answer for a
/// word the brain does not know (its variants looked up, the candidates ranked) costs some
/// thousands of instructions, where finding it again costs one hash. An answer depends only
/// on the word and the brain, so a remembered one is the one that would be worked out: what
/// the memo holds changes how fast a line is read, never what it is read as.
///
/// Bounded: once it holds `capacity` words it is emptied and fills again, so a long session
/// or a flood of distinct words keeps memory flat (a rule simpler than evicting the least
/// recently used, and nearly as good when most repeats are close together).
///
/// The corrector, and so the memo, is part of the brain, which sessions on other threads
/// may share: a lock guards it, held only to look up or to store, never while an answer is
/// worked out (which may ask the corrector again, for a word with its held letters cut).
/// Asked and told in two calls, not one given the work to do: a closure that did the work
/// copied the corrector, retaining all it holds, for every word.
package final class CorrectionMemo: @unchecked Sendable {
    package let capacity: Int
    private let lock = NSLock()
    /// Each word asked about, and its correction (nil: the word is kept as it is). Most
    /// words of a line come here (those of the lexicon among them), so its lookup is
    /// `WordMap`'s, a few times cheaper than a `Dictionary`'s.
    private var answers = WordMap<String?>()

    package init(capacity: Int = 4_096) {
        self.capacity = max(1, capacity)
    }

    /// The answer remembered for `word`: nil when there is none, `.some(nil)` when the word
    /// is to be kept as it is.
    package func answer(for word: String) -> String?? {
        lock.lock()
        defer { lock.unlock() }
        return answers[word]
    }

    /// Remembers the answer worked out for `word`, emptying the memo first when it is full.
    package func remember(_ answer: String?, for word: String) {
        lock.lock()
        defer { lock.unlock() }
        if answers.count >= capacity { answers.removeAll(keepingCapacity: true) }
        answers[word] = .some(answer)
    }

    /// How many words it holds now (for tests).
    package var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return answers.count
    }
}
