import KBEmbedded

/// The verb and noun patterns that code events in CAMEO, from
/// `Seeds/cameo/patterns.yaml` (`kb: event-patterns/1`): readable by a person,
/// validated against the codebook on load.
public struct EventPatterns: Sendable {
    /// (A class: `patterns[p].untargeted` in the coder's long functions copied a struct out
    /// of the array whole, retaining its code and sets; a reference is one retain.)
    final class Pattern: Sendable {
        let code: String
        let objects: Set<String>
        /// An act aimed at no one in particular (a nuclear test, a missile
        /// launch): no counterpart is assumed when the sentence names no target.
        let untargeted: Bool
        /// Nouns one of which must stand just before the verb as its subject ("the talks
        /// collapsed"): the parties are those of the noun ("talks between X and Y").
        let subjects: Set<String>

        init(code: String, objects: Set<String>, untargeted: Bool, subjects: Set<String> = []) {
            self.code = code
            self.objects = objects
            self.untargeted = untargeted
            self.subjects = subjects
        }
    }

    struct Phrase: Sendable {
        let words: [String]
        let pattern: Int
        let nominal: Bool
        /// The words' ids in the lexicon the patterns are indexed by (`indexed(by:)`), else empty.
        var ids: [Lexicon.ID] = []
        /// A word of the phrase is an object of its pattern ("fired artillery"), once indexed.
        var namesObject = false
        /// `ids.count` and `ids[1]` held in the phrase, so that a phrase is passed over without
        /// reading its arrays (0 and unknown while `ids` is empty).
        var length = 0
        var second: Lexicon.ID = Lexicon.unknown
    }

    let patterns: [Pattern]
    /// First word -> phrases starting with it, longest first.
    let byFirstWord: [String: [Phrase]]
    /// The same by word id, once `indexed(by:)` has built it.
    var wordIndex: PhraseIndex?

    /// Characterizations: "called the move 'a declaration of war'" is a
    /// criticism (111), "calling it 'a symbol of peace'" praise (051), told by
    /// the words of the quote that follows the verb.
    struct Characterizations: Sendable {
        var verbs: Set<String> = []
        var negative: Set<String> = []
        var positive: Set<String> = []
        /// Pattern indexes of the two codes.
        var criticism = 0
        var praise = 0
    }
    var characterizations = Characterizations()

    public static let header = "event-patterns/1"

    public static func parse(_ text: String, path: String, codebook: Codebook) throws(ExtractionError) -> EventPatterns {
        let r = YAMLReader(path: path)
        let root = try r.root(text)
        let m = try r.mapping(root, "the document")
        try r.header(m, expected: header, root: root)
        var patterns: [Pattern] = []
        var table: [String: [Phrase]] = [:]
        for node in try r.sequence(m["patterns"], "patterns") {
            let p = try r.mapping(node, "a pattern")
            let code = try r.requiredString(p, "code", in: node)
            guard codebook[code] != nil else { throw r.fail(node, "unknown CAMEO code \(code)") }
            let verbs = try r.strings(p["verbs"], "verbs")
            let nouns = try r.strings(p["nouns"], "nouns")
            if verbs.isEmpty && nouns.isEmpty { throw r.fail(node, "pattern \(code) has neither verbs nor nouns") }
            let index = patterns.count
            let untargeted: Bool
            switch try r.string(p["untargeted"], "untargeted") {
            case nil, "false": untargeted = false
            case "true": untargeted = true
            case let other?: throw r.fail(node, "untargeted must be true or false, not \(other)")
            }
            let subjects = Set(try r.strings(p["subjects"], "subjects").map { $0.lowercased() })
            if !subjects.isEmpty, !(try r.strings(p["objects"], "objects")).isEmpty {
                throw r.fail(node, "pattern \(code) has both subjects and objects")
            }
            patterns.append(Pattern(code: code, objects: Set(try r.strings(p["objects"], "objects").map { $0.lowercased() }),
                                    untargeted: untargeted, subjects: subjects))
            for (phrases, nominal) in [(verbs, false), (nouns, true)] {
                for phrase in phrases {
                    let words = NameIndex.words(of: phrase)
                    guard let first = words.first else { continue }
                    table[first, default: []].append(Phrase(words: words, pattern: index, nominal: nominal))
                }
            }
        }
        var characterizations = Characterizations()
        if let node = m["characterizations"] {
            let c = try r.mapping(node, "characterizations")
            characterizations.verbs = Set(try r.strings(c["verbs"], "verbs").map { $0.lowercased() })
            characterizations.negative = Set(try r.strings(c["negative"], "negative").map { $0.lowercased() })
            characterizations.positive = Set(try r.strings(c["positive"], "positive").map { $0.lowercased() })
            characterizations.criticism = patterns.count
            patterns.append(Pattern(code: "111", objects: [], untargeted: false))
            characterizations.praise = patterns.count
            // Praise is aimed only where the text aims it: "called the accord 'a historic
            // milestone'" praises a thing, not the other side.
            patterns.append(Pattern(code: "051", objects: [], untargeted: true))
        }
        // Longest phrase first; at equal length, the earlier (more specific) pattern first.
        for key in table.keys {
            table[key]!.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.pattern < $1.pattern }
        }
        return EventPatterns(patterns: patterns, byFirstWord: table, characterizations: characterizations)
    }

    /// The patterns embedded in this binary.
    public static let bundled: Result<EventPatterns, ExtractionError> = Result { () throws(ExtractionError) in
        guard let text = EmbeddedFiles.text("Seeds/cameo/patterns.yaml") else {
            throw ExtractionError(.invalid, path: "Seeds/cameo/patterns.yaml", reason: "not embedded")
        }
        return try parse(text, path: "Seeds/cameo/patterns.yaml", codebook: .bundled)
    }
}
