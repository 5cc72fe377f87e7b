/// Finds quoted spans (curly or straight, double or single, scare quotes too;
/// a quote inside a quote belongs to the outer one) and their speakers from
/// a speech cue in the same sentence or the one before. No cue, no speaker:
/// the speaker is never guessed.
struct QuoteExtractor {
    static let cues: [String: String] = {
        var table: [String: String] = [:]
        for (cue, forms) in [
            ("said", ["said", "says", "say", "saying"]), ("told", ["told", "tells", "telling"]),
            ("added", ["added", "adds"]), ("warned", ["warned", "warns", "warning"]), ("stated", ["stated", "states"]),
            ("wrote", ["wrote", "writes", "written"]), ("noted", ["noted", "notes"]), ("called", ["called", "calls", "calling"]),
            ("described", ["described", "describes", "describing"]), ("announced", ["announced", "announces"]),
            ("declared", ["declared", "declares"]), ("insisted", ["insisted", "insists"]), ("stressed", ["stressed", "stresses"]),
            ("urged", ["urged", "urges"]), ("accused", ["accused", "accuses"]), ("claimed", ["claimed", "claims"]),
            ("argued", ["argued", "argues"]), ("threatened", ["threatened", "threatens"]), ("vowed", ["vowed", "vows"]),
            ("denounced", ["denounced", "denounces"]), ("labelled", ["labelled", "labeled", "dubbed", "branded", "termed"]),
            ("replied", ["replied", "responded"]), ("explained", ["explained"]), ("asked", ["asked"]),
            ("statement", ["statement", "remarks", "speech", "message", "commentary", "editorial"]),
            ("quoted", ["quoted", "quoting"]), ("defended", ["defended"]), ("condemned", ["condemned"]),
            ("pledged", ["pledged", "promised"]), ("expressed", ["expressed"]), ("according to", ["according"]),
        ] {
            for form in forms { table[form] = cue }
        }
        return table
    }()

    struct Span {
        let open: Int
        let close: Int
        /// Text offsets of the quote's content, without the marks.
        let start: Int
        let end: Int
    }

    /// Quoted spans in reading order; nested quotes are inside their outer span.
    static func spans(_ s: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var i = 0
        let n = s.count
        func isWord(_ k: Int) -> Bool { k >= 0 && k < n && WordTokenizer.isWordScalar(s[k]) }
        while i < n {
            let c = s[i]
            var closer: Unicode.Scalar?
            if c == "“" || c == "„" { closer = "”" }
            else if c == "\"" , !isWord(i - 1) { closer = "\"" }
            else if c == "‘", !isWord(i - 1) { closer = "’" }
            else if c == "'", !isWord(i - 1), isWord(i + 1) { closer = "'" }
            guard let close = closer else { i += 1; continue }
            // Find the closer in the same paragraph; single closers must not be apostrophes.
            var j = i + 1
            var found: Int?
            while j < n, s[j] != "\n" {
                if s[j] == close {
                    let apostrophe = (close == "’" || close == "'") && isWord(j - 1) && isWord(j + 1)
                    if !apostrophe { found = j; break }
                }
                j += 1
            }
            guard let end = found else { i += 1; continue }
            var a = i + 1
            var b = end
            while a < b, s[a] == " " { a += 1 }
            // Trailing punctuation inside the marks belongs to the sentence, not the quote.
            while b > a, [",", ".", " ", ";", ":"].contains(s[b - 1]) { b -= 1 }
            if b > a, (a..<b).contains(where: { s[$0].properties.isAlphabetic }) {
                spans.append(Span(open: i, close: end, start: a, end: b))
            }
            i = end + 1
        }
        return spans
    }

    func extract(_ text: ArticleText, _ tokens: [WordToken], _ mentions: [Mention], gazetteer: Gazetteer) -> [ExtractedArticle.Quote] {
        let actors = mentions.filter { $0.kind == .actor }
        var quotes: [ExtractedArticle.Quote] = []
        var lastSpeaker: (speaker: String, sentence: Int)?
        for span in Self.spans(text.scalars) {
            guard let sentence = text.sentenceIndex(of: span.open) ?? text.sentenceIndex(of: span.start) else { continue }
            let range = text.sentences[sentence]
            // Tokens of the sentence outside any quote.
            let outside = tokens.indices.filter { tokens[$0].start >= range.lowerBound && tokens[$0].end <= range.upperBound
                && !(tokens[$0].start >= span.open && tokens[$0].end <= span.close + 1) }
            var speaker: String?
            var cue: String?
            var confidence = 0.9
            if let (who, how) = attribution(span: span, tokenIndices: outside, tokens: tokens, actors: actors, text: text) {
                speaker = who
                cue = how
            } else if sentence > 0, let (who, how) = previousSentenceAttribution(sentence - 1, text: text, tokens: tokens, actors: actors) {
                speaker = who
                cue = how
                confidence = 0.7
            } else if let last = lastSpeaker, last.sentence >= sentence - 1, !outside.contains(where: { Self.cues[tokens[$0].key] != nil }) {
                // A quote that goes on after "the ministry said." keeps its speaker.
                speaker = last.speaker
                cue = "continued"
                confidence = 0.7
            }
            if let speaker { lastSpeaker = (speaker, sentence) }
            quotes.append(ExtractedArticle.Quote(
                text: text.slice(span.start..<span.end), speaker: speaker, cue: cue, start: span.start, end: span.end,
                sentence: sentence, confidence: speaker == nil ? 0.5 : confidence, origin: "extracted", event: nil))
        }
        return quotes
    }

    /// Speaker and cue from the quote's own sentence.
    func attribution(span: Span, tokenIndices: [Int], tokens: [WordToken], actors: [Mention], text: ArticleText) -> (String, String)? {
        let cueTokens = tokenIndices.filter { Self.cues[tokens[$0].key] != nil }
        guard !cueTokens.isEmpty else { return nil }
        func actorsOutside(_ predicate: (Mention) -> Bool) -> [Mention] {
            actors.filter { predicate($0) && !($0.start >= span.open && $0.end <= span.close + 1) }
        }
        // "according to X"
        if let according = cueTokens.first(where: { tokens[$0].key == "according" }),
           let who = actorsOutside({ $0.firstToken > according && $0.firstToken <= according + 6 }).first {
            return (who.id, "according to")
        }
        // After the quote: "..., the ministry said." / "..., said Kim."
        let afterCues = cueTokens.filter { tokens[$0].start > span.close }
        if let firstCue = afterCues.first {
            let near = actorsOutside { $0.start > span.close && $0.firstToken <= firstCue + 6 && $0.firstToken >= tokenIndexAfter(span.close, tokens) }
            if let who = near.first(where: { $0.lastToken < firstCue }) ?? near.first {
                // Prefer the head of "South Korea's Unification Ministry": the last mention before the cue.
                let beforeCue = near.filter { $0.lastToken < firstCue }
                return ((beforeCue.last ?? who).id, Self.cues[tokens[firstCue].key]!)
            }
        }
        // Before the quote: "X said ... '...'" -- the subject nearest before the cue.
        if let cueIndex = cueTokens.last(where: { tokens[$0].end <= span.open }) {
            let subjects = actorsOutside { $0.lastToken < cueIndex }
            if let who = subjects.last {
                return (who.id, Self.cues[tokens[cueIndex].key]!)
            }
        }
        return nil
    }

    func tokenIndexAfter(_ offset: Int, _ tokens: [WordToken]) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// "The ministry said in a statement:" followed by a quote in the next sentence.
    func previousSentenceAttribution(_ index: Int, text: ArticleText, tokens: [WordToken], actors: [Mention]) -> (String, String)? {
        let range = text.sentences[index]
        guard let last = text.scalars[range].last(where: { !$0.properties.isWhitespace }), last == ":" else { return nil }
        let inside = tokens.indices.filter { tokens[$0].start >= range.lowerBound && tokens[$0].end <= range.upperBound }
        guard let cueIndex = inside.last(where: { Self.cues[tokens[$0].key] != nil }),
              let who = actors.last(where: { $0.start >= range.lowerBound && $0.lastToken < cueIndex }) else { return nil }
        return (who.id, Self.cues[tokens[cueIndex].key]!)
    }
}
