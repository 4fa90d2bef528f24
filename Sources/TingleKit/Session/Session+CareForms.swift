extension Session {
    /// Who the person in care is, for how tingle speaks of them (`SomeoneInCareSection`):
    /// in a conversation about them, the first line that names them or their "she" or "he"
    /// picks the set of words whose concept comes first in it, from where it names them
    /// ("my son (14) says his toes…": "son"). `heard` is the line as typed, before their
    /// pronouns were read as the runner's.
    func careForms(named heard: MatchInput) -> Int? {
        guard conversation.aboutDependant, conversation.careForms == nil,
            let forms = brain.someoneInCare?.forms
        else { return conversation.careForms }
        let named = forms.enumerated().compactMap { index, form in
            form.concept.flatMap { brain.terms.id(of: .concept($0)) }.map { (index, $0) }
        }
        // From where the line names the person in care, when it does: "my dad has diabetes and
        // my daughter's feet go numb" is about her.
        let inCare = brain.contextMarker.inCare
        let asked = inCare.askedFor(in: heard)
        let start =
            heard.tokens.indices.first { i in
                asked[i] || heard.marks(at: i).contains { $0.concept == inCare.dependantWords }
            } ?? 0
        for i in heard.tokens.indices where i >= start {
            for (index, concept) in named where heard.marks(at: i).contains(where: { $0.concept == concept }) {
                return index
            }
        }
        return nil
    }

    /// The words for the person in care, when the conversation is about one: the set picked,
    /// or the default one.
    var careForms: CareForms? {
        guard conversation.aboutDependant, let forms = brain.someoneInCare?.forms else { return nil }
        return conversation.careForms.map { forms[$0] } ?? forms.first { $0.concept == nil }
    }
}
