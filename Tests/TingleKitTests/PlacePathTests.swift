import BuiltInBrain
import Testing

@testable import TingleKit

@Suite("Place paths")
struct PlacePathTests {
    @Test("A path built a piece at a time finds the place its text finds, written or not")
    func agreesWithText() throws {
        let documents = BrainSourceFile.builtIn.filter { !$0.path.hasSuffix(".txt") }.map(BrainFileParser.parse)
            .compactMap(\.document)
        var compared = 0
        for doc in documents {
            for (i, intent) in (doc.body.intents ?? []).enumerated() {
                let base = PlacePath("intents").index(i)
                // Written values, and ones that are not (an offer most intents lack, an index
                // past the end), which fall back to their nearest written ancestor.
                var pairs: [(PlacePath, String)] = [
                    (base.key("id"), "intents[\(i)].id"),
                    (base.key("offer").key("intent"), "intents[\(i)].offer.intent"),
                    (base.key("patterns").index(1_000), "intents[\(i)].patterns[1000]"),
                ]
                for k in (intent.patterns ?? []).indices {
                    pairs.append((base.key("patterns").index(k), "intents[\(i)].patterns[\(k)]"))
                }
                for k in (intent.examples ?? []).indices {
                    pairs.append((base.key("examples").index(k), "intents[\(i)].examples[\(k)]"))
                }
                for (path, text) in pairs {
                    #expect(doc.at(path) == doc.at(text), "\(doc.file): \(text)")
                    compared += 1
                }
            }
            #expect(doc.at(PlacePath("nosuch").index(3)) == doc.at("nosuch[3]"))
        }
        #expect(compared > 1_000)
        // Indexes of several digits, written as "\(index)" writes them.
        let ten = try #require(documents.first { ($0.body.intents?.count ?? 0) > 10 })
        #expect(ten.at(PlacePath("intents").index(10).key("id")) == ten.at("intents[10].id"))
        #expect(ten.at(PlacePath("intents").index(10).key("id")) != ten.at(PlacePath("intents").index(1).key("id")))
    }
}
