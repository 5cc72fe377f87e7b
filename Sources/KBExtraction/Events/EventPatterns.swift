import KBEmbedded

/// The verb and noun patterns that code events in CAMEO, from
/// `Seeds/cameo/patterns.yaml` (`kb: event-patterns/1`): readable by a person,
/// validated against the codebook on load.
public struct EventPatterns: Sendable {
    struct Pattern: Sendable {
        let code: String
        let objects: Set<String>
    }

    struct Phrase: Sendable {
        let words: [String]
        let pattern: Int
        let nominal: Bool
    }

    let patterns: [Pattern]
    /// First word -> phrases starting with it, longest first.
    let byFirstWord: [String: [Phrase]]
    /// The same by word id, once `indexed(by:)` has built it.
    var wordIndex: PhraseIndex?

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
            patterns.append(Pattern(code: code, objects: Set(try r.strings(p["objects"], "objects").map { $0.lowercased() })))
            for (phrases, nominal) in [(verbs, false), (nouns, true)] {
                for phrase in phrases {
                    let words = NameIndex.words(of: phrase)
                    guard let first = words.first else { continue }
                    table[first, default: []].append(Phrase(words: words, pattern: index, nominal: nominal))
                }
            }
        }
        // Longest phrase first; at equal length, the earlier (more specific) pattern first.
        for key in table.keys {
            table[key]!.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.pattern < $1.pattern }
        }
        return EventPatterns(patterns: patterns, byFirstWord: table)
    }

    /// The patterns embedded in this binary.
    public static let bundled: Result<EventPatterns, ExtractionError> = Result { () throws(ExtractionError) in
        guard let text = EmbeddedFiles.text("Seeds/cameo/patterns.yaml") else {
            throw ExtractionError(.invalid, path: "Seeds/cameo/patterns.yaml", reason: "not embedded")
        }
        return try parse(text, path: "Seeds/cameo/patterns.yaml", codebook: .bundled)
    }
}
