/// How each part of a brain document is written to and read from a `BrainSnapshot`, field
/// by field in declaration order. A test checks that the snapshot of `Intents/` reads back
/// equal to the YAML.
typealias Corrupt = BrainSnapshot.Corrupt

extension BrainDocument {
    func write(to w: inout SnapshotWriter) {
        w.optional(settings) { w, s in
            w.optionalDouble(s.keywordThreshold)
            w.optionalDouble(s.expectedBoost)
            w.optional(s.maxInputLength) { $0.int($1) }
            w.optionalString(s.startIntent)
            w.optionalString(s.assessIntent)
            w.optionalStrings(s.selfCareIntents)
            w.optionalStrings(s.smallTalkIntents)
            w.optionalStrings(s.asideIntents)
            w.optionalStrings(s.adviceActions)
            w.optionalStrings(s.adviceTimes)
            w.optionalStrings(s.leavingLines)
            w.optionalStrings(s.restartingLines)
        }
        w.optional(concepts) { w, map in w.map(map) { $0.strings($1) } }
        w.optional(rewrites) { w, map in w.map(map) { $0.string($1) } }
        w.optional(intents) { w, list in
            w.list(list) { w, i in
                w.string(i.id)
                w.optionalStrings(i.patterns)
                w.optional(i.keywords) { w, map in w.map(map) { $0.double($1) } }
                w.optionalStrings(i.examples)
                w.optionalString(i.answer)
                w.optional(i.offer) { w, o in
                    w.string(o.ask)
                    w.string(o.intent)
                }
                w.optionalDouble(i.priority)
                w.optional(i.topic) { $0.bool($1) }
                w.optionalStrings(i.counterExamples)
            }
        }
        w.optional(content) { w, list in
            w.list(list) { w, c in
                w.string(c.id)
                w.string(c.title)
                w.string(c.source)
                w.string(c.text)
            }
        }
        w.optional(slots) { w, list in
            w.list(list) { w, s in
                w.string(s.id)
                w.string(s.question)
                w.optionalString(s.hint)
                w.optional(s.extractors) { w, list in
                    w.list(list) { w, e in
                        w.string(e.pattern)
                        w.string(e.value)
                        w.optionalStrings(e.facts)
                        w.optional(e.asked) { $0.bool($1) }
                        w.optionalStrings(e.except)
                    }
                }
                w.optionalStrings(s.none)
                w.optional(s.list) { $0.bool($1) }
                w.optionalStrings(s.fills)
                w.optional(s.freeText) { $0.bool($1) }
                w.optionalString(s.title)
                w.optional(s.when) { w, sets in w.list(sets) { $0.strings($1) } }
                w.optionalStrings(s.yes)
                w.optionalStrings(s.no)
                w.optionalString(s.rephrase)
                w.optionalString(s.why)
                w.optional(s.alternatives) { w, sets in w.list(sets) { $0.strings($1) } }
                w.optionalString(s.subject)
                w.optional(s.beforeReport) { $0.bool($1) }
            }
        }
        for terms in [symptoms, risks, context] {
            w.optional(terms) { w, list in
                w.list(list) { w, t in
                    w.string(t.id)
                    w.string(t.label)
                    w.strings(t.patterns)
                    w.optionalStrings(t.denials)
                    w.optionalStrings(t.except)
                    w.optional(t.current) { $0.bool($1) }
                }
            }
        }
        w.optional(redFlags) { w, list in
            w.list(list) { w, r in
                w.string(r.id)
                w.string(r.level)
                w.string(r.label)
                w.optionalStrings(r.patterns)
                w.optional(r.when) { w, sets in w.list(sets) { $0.strings($1) } }
                w.string(r.message)
                w.optionalString(r.source)
                w.optionalStrings(r.examples)
                w.optionalStrings(r.counterExamples)
                w.optionalStrings(r.except)
            }
        }
    }

    init(from r: inout SnapshotReader) throws(Corrupt) {
        settings = try r.optional { r throws(Corrupt) in
            Settings(
                keywordThreshold: try r.optionalDouble(), expectedBoost: try r.optionalDouble(),
                maxInputLength: try r.optional { r throws(Corrupt) in try r.int() },
                startIntent: try r.optionalString(), assessIntent: try r.optionalString(),
                selfCareIntents: try r.optionalStrings(), smallTalkIntents: try r.optionalStrings(),
                asideIntents: try r.optionalStrings(),
                adviceActions: try r.optionalStrings(), adviceTimes: try r.optionalStrings(),
                leavingLines: try r.optionalStrings(), restartingLines: try r.optionalStrings())
        }
        concepts = try r.optional { r throws(Corrupt) in try r.map { r throws(Corrupt) in try r.strings() } }
        rewrites = try r.optional { r throws(Corrupt) in try r.map { r throws(Corrupt) in try r.string() } }
        intents = try r.optional { r throws(Corrupt) in
            try r.list { r throws(Corrupt) in
                IntentSpec(
                    id: try r.string(), patterns: try r.optionalStrings(),
                    keywords: try r.optional { r throws(Corrupt) in try r.map { r throws(Corrupt) in try r.double() } },
                    examples: try r.optionalStrings(), answer: try r.optionalString(),
                    offer: try r.optional { r throws(Corrupt) in OfferSpec(ask: try r.string(), intent: try r.string())
                    },
                    priority: try r.optionalDouble(), topic: try r.optional { r throws(Corrupt) in try r.bool() },
                    counterExamples: try r.optionalStrings())
            }
        }
        content = try r.optional { r throws(Corrupt) in
            try r.list { r throws(Corrupt) in
                ContentSpec(id: try r.string(), title: try r.string(), source: try r.string(), text: try r.string())
            }
        }
        slots = try r.optional { r throws(Corrupt) in
            try r.list { r throws(Corrupt) in
                SlotSpec(
                    id: try r.string(), question: try r.string(), hint: try r.optionalString(),
                    extractors: try r.optional { r throws(Corrupt) in
                        try r.list { r throws(Corrupt) in
                            ExtractorSpec(
                                pattern: try r.string(), value: try r.string(), facts: try r.optionalStrings(),
                                asked: try r.optional { r throws(Corrupt) in try r.bool() },
                                except: try r.optionalStrings())
                        }
                    },
                    none: try r.optionalStrings(), list: try r.optional { r throws(Corrupt) in try r.bool() },
                    fills: try r.optionalStrings(), freeText: try r.optional { r throws(Corrupt) in try r.bool() },
                    title: try r.optionalString(),
                    when: try r.optional { r throws(Corrupt) in try r.list { r throws(Corrupt) in try r.strings() } },
                    yes: try r.optionalStrings(), no: try r.optionalStrings(), rephrase: try r.optionalString(),
                    why: try r.optionalString(),
                    alternatives: try r.optional { r throws(Corrupt) in
                        try r.list { r throws(Corrupt) in try r.strings() }
                    },
                    subject: try r.optionalString(),
                    beforeReport: try r.optional { r throws(Corrupt) in try r.bool() })
            }
        }
        func terms(_ r: inout SnapshotReader) throws(Corrupt) -> [TermSpec]? {
            try r.optional { r throws(Corrupt) in
                try r.list { r throws(Corrupt) in
                    TermSpec(
                        id: try r.string(), label: try r.string(), patterns: try r.strings(),
                        denials: try r.optionalStrings(),
                        except: try r.optionalStrings(),
                        current: try r.optional { r throws(Corrupt) in try r.bool() })
                }
            }
        }
        symptoms = try terms(&r)
        risks = try terms(&r)
        context = try terms(&r)
        redFlags = try r.optional { r throws(Corrupt) in
            try r.list { r throws(Corrupt) in
                RedFlagSpec(
                    id: try r.string(), level: try r.string(), label: try r.string(), patterns: try r.optionalStrings(),
                    when: try r.optional { r throws(Corrupt) in try r.list { r throws(Corrupt) in try r.strings() } },
                    message: try r.string(), source: try r.optionalString(),
                    examples: try r.optionalStrings(), counterExamples: try r.optionalStrings(),
                    except: try r.optionalStrings())
            }
        }
    }
}
