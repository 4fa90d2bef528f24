import Testing

@testable import TingleKit

/// The typo corrector remembers its answers: a remembered answer must be the one it would
/// work out, whatever was asked before, and the memo must stay within its bound.
@Suite("Correction memo")
struct CorrectionMemoTests {
    @Test("A corrector that remembers answers as one that works each out afresh")
    func sameAnswers() {
        let vocabulary: Set<String> = [
            "numb", "numbness", "tingling", "shoes", "laces", "sleep", "forefoot", "paraesthesia",
        ]
        let lexicon = Lexicon(words: ["shoe", "lace"])
        var generator = SeededGenerator(seed: 11)
        // Vocabulary words with a letter changed, dropped, doubled or held, and words of nothing.
        func word() -> String {
            var letters = Array(vocabulary.sorted().randomElement(using: &generator)!)
            let at = Int.random(in: 0..<letters.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: letters[at] = "abcdefghijklmnopqrstuvwxyz".randomElement(using: &generator)!
            case 1: letters.remove(at: at)
            case 2: letters.insert(letters[at], at: at)
            case 3: letters.insert(contentsOf: [letters[at], letters[at], letters[at]], at: at)
            default: letters = Array("qzxv".shuffled(using: &generator))
            }
            return String(letters)
        }
        let words = (0..<300).map { _ in word() }
        // A small memo, emptied many times over, and the words asked again in another order.
        let remembering = TypoCorrector(vocabulary: vocabulary, lexicon: lexicon, memoCapacity: 16)
        var corrected = 0
        for word in words + words.shuffled(using: &generator) {
            let fresh = TypoCorrector(vocabulary: vocabulary, lexicon: lexicon).correction(for: word)
            #expect(remembering.correction(for: word) == fresh, "\(word)")
            if fresh != nil { corrected += 1 }
        }
        #expect(corrected > 100)
    }

    @Test("An answer, a word kept among them, is remembered; the memo never holds more than its capacity")
    func bounded() {
        let memo = CorrectionMemo(capacity: 8)
        #expect(memo.answer(for: "numbb") == nil)
        memo.remember("numb", for: "numbb")
        memo.remember(nil, for: "qzxv")
        #expect(memo.answer(for: "numbb") == .some("numb"))
        #expect(memo.answer(for: "qzxv") == .some(nil))
        for n in 0..<100 {
            memo.remember("w", for: "w\(n)")
            #expect(memo.count <= 8)
        }
        #expect(memo.answer(for: "w99") == .some("w"))
    }
}
