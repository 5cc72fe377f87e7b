/// Finds quoted spans (curly or straight, double or single, scare quotes too;
/// a quote inside a quote belongs to the outer one) and their speakers from
/// a speech cue in the same sentence or the one before. No cue, no speaker:
/// the speaker is never guessed.
struct QuoteExtractor {
    /// A head of state -> the presidential office that speaks for them:
    /// "Moon's office said" and "Moon's spokesman said" are the office.
    var offices: [String: String] = [:]

    /// The gazetteer's people: "he said" goes on only a person's quote, "it said" only a body's.
    var people: Set<String> = []
    /// The gazetteer's people whose gender it records: "she said" goes on no man's quote, "he said" on no woman's.
    var genders: [String: String] = [:]

    init(offices: [String: String] = [:]) { self.offices = offices }

    /// The gazetteer's bodies by id, their names and aliases in lower case: "a ministry spokesman" is the ministry named last.
    var bodyNames: [String: String] = [:]

    init(gazetteer: Gazetteer) {
        self.offices = gazetteer.presidentialOffices()
        self.people = Set(gazetteer.actors.filter { $0.kind == "person" }.map(\.id))
        for actor in gazetteer.actors { if let gender = actor.gender { genders[actor.id] = gender } }
        for actor in gazetteer.actors where actor.kind != "person" && actor.kind != "state" {
            bodyNames[actor.id] = ([actor.name] + actor.aliases).joined(separator: " ").lowercased()
        }
    }

    /// Words after "Moon's" that make the office, not the person, the speaker.
    static let officeWords: Set<String> = ["office", "chief", "spokesman", "spokeswoman", "spokesperson", "press", "secretary", "aides", "aide"]
    /// Cue subjects that name no one but point back: "the spokesman said".
    static let backReferences: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "statement", "official", "officials",
                                              "source", "sources", "report", "announcement", "letter", "commentary", "dispatch"]
    static let pronouns: Set<String> = ["he", "she", "it", "they"]
    /// Lower-case words that open a clause of the sentence itself, not an apposition.
    static let clauseOpeners: Set<String> = ["in", "on", "at", "after", "before", "when", "while", "and", "but", "as", "because", "since",
                                             "if", "though", "although", "during", "with", "from", "by", "for", "then", "so", "yet",
                                             "where", "that", "once", "until", "unless", "whereas", "under", "amid", "despite"]
    static let cues: [String: String] = {
        var table: [String: String] = [:]
        for (cue, forms) in [
            ("said", ["said", "says", "say", "saying"]), ("told", ["told", "tells", "telling"]),
            ("added", ["added", "adds"]), ("warned", ["warned", "warns", "warning"]), ("stated", ["stated", "states"]),
            ("wrote", ["wrote", "writes", "written"]), ("noted", ["noted", "notes"]), ("called", ["called", "calls", "calling"]),
            ("described", ["described", "describes", "describing"]), ("announced", ["announced", "announces"]),
            ("declared", ["declared", "declares"]), ("insisted", ["insisted", "insists"]), ("stressed", ["stressed", "stresses"]),
            ("urged", ["urged", "urges"]), ("accused", ["accused", "accuses", "accusing"]), ("claimed", ["claimed", "claims"]),
            ("argued", ["argued", "argues"]), ("threatened", ["threatened", "threatens"]), ("vowed", ["vowed", "vows"]),
            ("denounced", ["denounced", "denounces"]), ("labelled", ["labelled", "labeled", "dubbed", "branded", "termed"]),
            ("replied", ["replied", "responded"]), ("explained", ["explained"]), ("asked", ["asked"]),
            ("statement", ["statement", "remarks", "speech", "message", "commentary", "editorial"]),
            ("quoted", ["quoted", "quoting"]), ("defended", ["defended"]), ("condemned", ["condemned"]),
            ("deplored", ["deplored", "deplores"]), ("hailed", ["hailed", "hails"]), ("praised", ["praised", "praises"]),
            ("pledged", ["pledged", "promised"]), ("expressed", ["expressed"]), ("according to", ["according"]),
            ("reported", ["reported", "reports"]), ("told", ["tell"]), ("cited", ["cited", "cites"]),
            ("suggested", ["suggested", "suggests"]), ("proposed", ["proposed", "proposes"]), ("demanded", ["demanded", "demands"]),
            ("spoke", ["spoke", "speaks"]), ("thanked", ["thanked", "thanks"]),
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
        // A straight double mark shaped as a closer: after a word or punctuation, before a space, punctuation or the end.
        func closesLikeStraight(_ k: Int) -> Bool {
            k > 0 && s[k - 1] != " " && s[k - 1] != "\n" && (k + 1 >= n || !isWord(k + 1))
        }
        while i < n {
            let c = s[i]
            // Only ", ', ` (of ``TeX'' marks) and ‘ to „ (U+2018...U+201E) open a quote: anything else is passed at once.
            guard c.value == 0x22 || c.value == 0x27 || c.value == 0x60 || (c.value >= 0x2018 && c.value <= 0x201E) else { i += 1; continue }
            var closer: Unicode.Scalar?
            // Broken text mixes marks: "“a dear price." She said ..." closes a curly quote with a
            // straight mark, and "...the office.”" a straight one with a curly mark.
            var mixed = false
            var latex = false
            if c == "“" || c == "„" { closer = "”"; mixed = true }
            else if c == "\"" , !isWord(i - 1) { closer = "\""; mixed = true }
            else if c == "`", i + 1 < n, s[i + 1] == "`" { closer = "'"; latex = true }
            else if c == "‘", !isWord(i - 1) { closer = "’" }
            else if c == "'", !isWord(i - 1), isWord(i + 1) { closer = "'" }
            guard let close = closer else { i += 1; continue }
            // Find the closer in the same paragraph; single closers must not be apostrophes.
            var j = i + (latex ? 2 : 1)
            var found: Int?
            var inner = 0
            // (A quote is at most 3,000 scalars: a paragraph of thousands of unclosed marks stays linear.)
            while j < n, s[j] != "\n", j - i < 3000 {
                if latex {
                    if s[j] == "'", j + 1 < n, s[j + 1] == "'" { found = j; break }
                } else if mixed {
                    // The other kind of double mark: an inner quote when it opens, the closer when it closes.
                    let other: Unicode.Scalar = close == "”" ? "\"" : "”"
                    if s[j] == close, close == "”" || closesLikeStraight(j) {
                        if inner > 0, close == "\"" { inner -= 1 } else { found = j; break }
                    } else if s[j] == other || other == "”" && s[j] == "“" {
                        if other == "\"", !closesLikeStraight(j) || (j + 1 < n && isWord(j + 1)) { inner += 1 }
                        else if other == "\"" { if inner > 0 { inner -= 1 } else { found = j; break } }
                        else if s[j] == "”" { found = j; break }
                    }
                } else if s[j] == close {
                    let apostrophe = (close == "’" || close == "'") && isWord(j - 1) && isWord(j + 1)
                    if !apostrophe { found = j; break }
                }
                j += 1
            }
            // A quote left open to the end of its paragraph after "said:" is the rest of the paragraph.
            if found == nil, !latex, j > i + 1, j >= n || s[j] == "\n", Self.opensAfterColon(s, i),
               !(j + 1 < n && s[j] == "\n" && (j + 1..<n).first(where: { s[$0] != "\n" && s[$0] != " " }).map({ s[$0] == c }) == true) {
                found = j
            }
            // A quote that runs over paragraphs has no closer at the end of each but the last;
            // the next paragraph opens with the mark again. This paragraph's part is a quote.
            if found == nil, j + 1 < n, s[j] == "\n" {
                var k = j
                while k < n, s[k] == "\n" || s[k] == " " { k += 1 }
                if k < n, s[k] == c { found = j }
            }
            guard let end = found else { i += 1; continue }
            var a = i + (latex ? 2 : 1)
            var b = end
            while a < b, s[a] == " " { a += 1 }
            // Trailing punctuation inside the marks belongs to the sentence, not the quote.
            while b > a, [",", ".", " ", ";", ":"].contains(s[b - 1]) { b -= 1 }
            if b > a, (a..<b).contains(where: { s[$0].isAlphabeticFast }) {
                spans.append(Span(open: i, close: end, start: a, end: b))
            }
            i = end + (latex ? 2 : 1)
        }
        return spans
    }

    /// True when the mark at `i` follows a colon: "The ministry said: "We regret ...".
    static func opensAfterColon(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, s[k] == " " { k -= 1 }
        return k >= 0 && s[k] == ":"
    }

    /// `tokens` are the recogniser's: a word of `cues` has the class `quoteCue` there.
    func extract(_ text: ArticleText, spans: [Span], _ tokens: [WordToken], _ mentions: [Mention]) -> [ExtractedArticle.Quote] {
        tokens.withUnsafeBufferPointer { extract(text, spans: spans, $0, mentions) }
    }

    /// `extract` with the tokens read in place (see `TokenBuffer`).
    func extract(_ text: ArticleText, spans: [Span], _ tokens: TokenBuffer, _ mentions: [Mention]) -> [ExtractedArticle.Quote] {
        let actors = mentions.selecting { $0.kind == .actor }
        var quotes: [ExtractedArticle.Quote] = []
        var lastSpeaker: (speaker: String, sentence: Int, end: Int)?
        for span in spans {
            guard let sentence = text.sentenceIndex(of: span.open) ?? text.sentenceIndex(of: span.start) else { continue }
            // A quote of several sentences ("We had a historic meeting. The world will see a
            // major change," Kim said.) has its cue in the sentence it closes in: the cue is
            // looked for from the sentence it opens in to that one (at most six sentences on).
            var closing = text.sentenceIndex(of: span.close).map { $0 > sentence && $0 <= sentence + 6 ? $0 : sentence } ?? sentence
            // "'What have you been doing?' Yoon said.": a question or an exclamation ends its sentence at
            // the mark, and the words after it that say who spoke (a cue among their first six) are the
            // quote's own.
            if span.end > 0, text.scalars[span.end - 1] == "?" || text.scalars[span.end - 1] == "!",
               closing + 1 < text.sentences.count, text.sentences[closing].upperBound <= span.close + 1 {
                let next = tokens.indices(within: text.sentences[closing + 1])
                if next.prefix(6).contains(where: { tokens[$0].isIn(.quoteCue) }) { closing += 1 }
            }
            let range = text.sentences[sentence].lowerBound..<text.sentences[closing].upperBound
            // Tokens of the sentence outside any quote.
            // The sentence's words outside the quote, at most 60 before it and 30 after: a cue
            // and its speaker sit near the quote, and a window keeps thousands of quotes linear.
            let all = tokens.indices(within: range)
            let openToken = tokens.partitionPoint { $0.start >= span.open }
            let closeToken = tokens.partitionPoint { $0.start > span.close }
            let window = max(all.lowerBound, openToken - 60)..<min(all.upperBound, closeToken + 30)
            let outside = window.isEmpty ? [] : window.selecting { tokens[$0].end <= range.upperBound
                && !(tokens[$0].start >= span.open && tokens[$0].end <= span.close + 1) }
            var speaker: String?
            var cue: String?
            var confidence = 0.9
            // "Yonhap quoted an official as saying": someone unnamed speaks, not the agency.
            // ("Kim was quoted as saying" is the passive: Kim speaks.)
            let quotedUnnamed = outside.first(where: { tokens[$0].key == "quoted" || tokens[$0].key == "quoting" }).map { q in
                q > 0 && !["was", "were", "is", "are", "been", "being"].contains(tokens[q - 1].key)
                    && (q + 1..<min(q + 6, tokens.count)).first(where: { tokens[$0].key == "as" }).map { a in
                    !actors.contains { $0.firstToken > q && $0.lastToken < a }
                } ?? false
            } ?? false
            if quotedUnnamed {
                cue = "quoted"
                confidence = 0.5
            } else if let (who, how) = attribution(span: span, tokenIndices: outside, tokens: tokens, actors: actors, text: text) {
                speaker = speakerFor(who, tokens: tokens)
                cue = how
                // "It said ..." / "he added" right after someone's quote: that someone.
                let pronoun = tokens[who.firstToken].key
                // Unless the pronoun's own referent was named after that quote, as a sentence's
                // subject: "... his 'fixed will'. The summit came after Trump called off ... he cited".
                let renamed = lastSpeaker.map { last in
                    // ("The ministry was not satisfied. '...,' it said": a named subject, or "the ministry", counts; a pronoun does not.)
                    who.id != last.speaker && last.end < who.start && Self.mentions(in: last.end..<who.start, actors).contains {
                        $0.id == who.id && !$0.quoted && ($0.how != .coreference || !Self.pronouns.contains(tokens[$0.firstToken].key)) }
                } ?? false
                if Self.pronouns.contains(pronoun), who.firstToken == who.lastToken, !renamed,
                   let last = lastSpeaker, last.sentence >= sentence - 2,
                   people.isEmpty || (pronoun == "he" || pronoun == "she") == people.contains(last.speaker),
                   // (Not across a recorded gender: "she" after a man's quote is the woman named before him.)
                   case let own = pronoun == "she" ? "female" : pronoun == "he" ? "male" : nil,
                   own == nil || genders[last.speaker] == own || genders[last.speaker] == nil && genders[who.id] != own {
                    speaker = last.speaker
                }
            } else if let (office, how) = pronounOffice(span: span, tokenIndices: outside, tokens: tokens, actors: actors,
                                                        since: text.sentences[max(0, sentence - 2)].lowerBound) {
                // "..., his office said": the office of the person "his" points back to.
                speaker = office
                cue = how
                confidence = 0.7
            } else if let back = backReference(span: span, tokenIndices: outside, tokens: tokens),
                      // "..., a ministry spokesman told a news conference": the ministry named last;
                      // "..., the spokesman said": the one whose spokesman spoke before.
                      let who = back.body.flatMap({ lastBody(named: $0, before: span.open, since: text.sentences[max(0, sentence - 2)].lowerBound,
                                                             actors: actors) })
                        ?? lastSpeaker.flatMap({ $0.sentence >= sentence - 3 ? $0.speaker : nil })
                        ?? (sentence > 0 ? earlierCueSubject(sentence - 1, text: text, tokens: tokens, actors: actors) : nil) {
                speaker = who
                cue = back.cue
                confidence = 0.7
            } else if let who = colonSubject(span: span, sentence: range, tokens: tokens, actors: actors, text: text) {
                // "Yon offered a toast: '...'": the subject of the clause the colon ends.
                speaker = speakerFor(who, tokens: tokens)
                cue = "colon"
                confidence = 0.7
            } else if sentence > 0, let (who, how) = previousSentenceAttribution(sentence - 1, text: text, tokens: tokens, actors: actors) {
                speaker = speakerFor(who, tokens: tokens)
                cue = how
                confidence = 0.7
            } else if let last = lastSpeaker, last.sentence >= sentence - 1, !outside.contains(where: { tokens[$0].isIn(.quoteCue) }),
                      (range.lowerBound..<span.open).allSatisfy({ text.scalars[$0].isWhitespaceFast }) {
                // Only a quote that opens its sentence goes on: a scare quote mid-sentence is no one's words.
                // A quote that goes on after "the ministry said." keeps its speaker.
                speaker = last.speaker
                cue = "continued"
                confidence = 0.7
            }
            // Else a quote that opens with a verb right after a name is that name's words (not when
            // the sentence's cue gave a speaker: "Kim told Chung that his country could return if
            // Washington 'recognizes and respects' it" are Kim's words).
            if speaker == nil, !quotedUnnamed, let who = Self.verbSubject(opening: openToken, span: span, tokens: tokens, actors: actors) {
                speaker = speakerFor(who, tokens: tokens)
                cue = tokens[openToken].key
                confidence = 0.7
            }
            if let speaker { lastSpeaker = (speaker, closing, span.close) }
            quotes.append(ExtractedArticle.Quote(
                text: text.slice(span.start..<span.end), speaker: speaker, cue: cue, start: span.start, end: span.end,
                sentence: sentence, confidence: speaker == nil ? 0.5 : confidence, origin: "extracted", event: nil))
        }
        return quotes
    }

    /// "The text states that the council 'condemns the nuclear test'": the name right before a
    /// quote whose first word (`tokens[first]`, the first token after the mark) is a verb of the
    /// present tense; nil otherwise.
    static func verbSubject(opening first: Int, span: Span, tokens: TokenBuffer, actors: [Mention]) -> Mention? {
        guard first > 0, first < tokens.count, tokens[first].start < span.close, !tokens[first].isCapitalized,
              tokens[first].key.hasSuffix("s"), tokens[first].isIn(.phraseFirstWord) else { return nil }
        return actors.last { $0.lastToken == first - 1 && !tokens[$0.lastToken].possessive && !$0.quoted }
    }

    /// Speaker and cue from the quote's own sentence.
    func attribution(span: Span, tokenIndices: [Int], tokens: TokenBuffer, actors: [Mention], text: ArticleText) -> (Mention, String)? {
        var cueTokens = tokenIndices.selecting { tokens[$0].isIn(.quoteCue) }
        guard !cueTokens.isEmpty else { return nil }
        let sentenceActors = Self.mentions(in: cueTokens.isEmpty ? 0..<0 : tokens[tokenIndices.first!].start..<tokens[tokenIndices.last!].end, actors)
        // A cue word inside a name is no cue: the "States" of "the United States".
        cueTokens.removeAll { c in sentenceActors.contains { $0.firstToken <= c && c <= $0.lastToken } }
        guard !cueTokens.isEmpty else { return nil }
        func actorsOutside(_ predicate: (Mention) -> Bool) -> [Mention] {
            sentenceActors.filter { predicate($0) && !($0.start >= span.open && $0.end <= span.close + 1) }
        }
        // "KCNA quoted Kim Yo Jong as saying": the one quoted speaks, not the agency.
        if let quoted = cueTokens.first(where: { tokens[$0].key == "quoted" || tokens[$0].key == "quoting" }),
           let who = actorsOutside({ $0.firstToken > quoted && $0.firstToken <= quoted + 3 }).first,
           who.lastToken + 1 < tokens.count, tokens[who.lastToken + 1].key == "as" {
            return (who, "quoted")
        }
        // Before the quote: "X said ... '...'" -- the subject of the clause that holds the cue;
        // "according to X" unless a nearer cue has its own subject ("According to KCNA, he said").
        let according = cueTokens.first(where: { tokens[$0].key == "according" })
        let cueBefore = cueTokens.last(where: { tokens[$0].end <= span.open && tokens[$0].key != "according" })
        // Only an "according to" before the quote competes with the cue before it: in "Kim told Chung
        // that ... '...', according to the minister" Kim speaks and the minister reports.
        let accordingBefore = according.flatMap { tokens[$0].end <= span.open ? $0 : nil }
        // "Pyongyang demanded that the allies halt the drills, warning that such '...'": a
        // participle's speaker is the subject of the clause it hangs on, the first actor
        // followed by its own past-tense verb, not an actor inside that clause's object.
        if let cueIndex = cueBefore, cueIndex > (accordingBefore ?? -1), tokens[cueIndex].key.hasSuffix("ing"),
           cueIndex > 0, tokens[cueIndex - 1].breakAfter,
           let who = actorsOutside({ $0.lastToken < cueIndex - 1 && $0.lastToken + 1 < tokens.count }).first(where: { m in
               let next = tokens[m.lastToken + 1]
               return !tokens[m.lastToken].breakAfter && !tokens[m.lastToken].possessive
                   && (next.isIn(.quoteCue) || next.key.count > 3 && next.key.hasSuffix("ed")) }) {
            return (who, Self.cues[tokens[cueIndex].key]!)
        }
        // "A spokesman for the ministry called it '...' that Hwang had asked for asylum, and said
        // that if he ... '...'": a cue coordinated with the main clause's shares its subject.
        if let cueIndex = cueBefore, cueIndex > 0, tokens[cueIndex - 1].key == "and",
           let earlier = cueTokens.first(where: { $0 < cueIndex - 1 && tokens[$0].key != "according" }),
           let who = subject(before: earlier, actors: actorsOutside { $0.lastToken < earlier }, tokens: tokens) {
            return (who, Self.cues[tokens[cueIndex].key]!)
        }
        if let cueIndex = cueBefore, cueIndex > (accordingBefore ?? -1),
           let who = subject(before: cueIndex, actors: actorsOutside { $0.lastToken < cueIndex && $0.firstToken > (accordingBefore.map { $0 + 1 } ?? -1) }, tokens: tokens) {
            return (who, Self.cues[tokens[cueIndex].key]!)
        }
        // ("'...,' the North said in its letter, according to the ministry": the one who said it,
        // not the one who reports it.)
        let saidFirst = cueTokens.first(where: { tokens[$0].start > span.close }).map { c in
            tokens[c].key != "according" && according.map { c < $0 } == true } ?? false
        if let according, !saidFirst, let who = actorsOutside({ $0.firstToken > according && $0.firstToken <= according + 6 }).first {
            return (who, "according to")
        }
        if let cueIndex = cueBefore,
           let who = subject(before: cueIndex, actors: actorsOutside { $0.lastToken < cueIndex }, tokens: tokens) {
            return (who, Self.cues[tokens[cueIndex].key]!)
        }
        // After the quote: "..., the ministry said." / "..., said Kim."
        let afterCues = cueTokens.filter { tokens[$0].start > span.close }
        if let firstCue = afterCues.first {
            let near = actorsOutside { $0.start > span.close && $0.firstToken <= firstCue + 6 && $0.firstToken >= tokenIndexAfter(span.close, tokens) }
            let beforeCue = near.filter { $0.lastToken < firstCue }
            // "..., an official told Yonhap": who is told is not who speaks.
            let told = ["told", "tells", "tell", "telling"].contains(tokens[firstCue].key)
            // Prefer the head of "South Korea's Unification Ministry": the last mention before the cue.
            // ("..., said the statement, carried by KCNA": the statement points back; the agency only carries it.)
            let pointsBack = firstCue + 2 < tokens.count && tokens[firstCue + 1].key == "the" && Self.backReferences.contains(tokens[firstCue + 2].key)
            if let who = beforeCue.last ?? (told || pointsBack ? nil : near.first) {
                return (who, Self.cues[tokens[firstCue].key]!)
            }
        }
        return nil
    }

    static let prepositions: Set<String> = ["after", "before", "with", "to", "from", "by", "of", "for", "than", "against",
                                            "between", "about", "on", "in", "at", "toward", "towards", "meeting", "met", "like"]

    /// The subject of a cue: walking back from the cue over the clause's
    /// segments (split at commas and quote marks), skipping appositions and
    /// relative clauses ("Kim Yo Jong, the sister of Kim Jong Un, said"), the
    /// first actor of the nearest segment that has one, that is neither a
    /// possessive modifier ("South Korea's" in "South Korea's ministry") nor
    /// governed by a preposition.
    func subject(before cue: Int, actors: [Mention], tokens: TokenBuffer) -> Mention? {
        var end = cue
        var start = cue
        while end > 0 {
            // The segment is [start, end): back from end - 1 to just after the previous break.
            start = end - 1
            while start > 0, !tokens[start - 1].breakAfter || tokens[start - 1].possessive { start -= 1 }
            let first = tokens[start].key
            // The cue's own clause is the segment it sits in; when the cue follows a
            // comma directly ("..., Kim Jong Un, said"), every segment before is set off.
            let ownClause = end == cue && !(tokens[cue - 1].breakAfter && !tokens[cue - 1].possessive)
            // ("According to KCNA, the army called ...", "In Seoul, the ministry said": the clause
            // after an opening phrase opens the sentence too.)
            let opensSentence = start == 0 || tokens[start - 1].sentenceEnd || Self.followsOpeningPhrase(start, tokens: tokens)
            // A segment set off by commas that opens in lower case is an apposition or
            // a relative clause: "Ri Son Gwon, chairman of the committee, said".
            var apposition = !ownClause && !opensSentence && (["the", "a", "an", "who", "which", "whose", "its", "his", "her"].contains(first)
                                                              || !tokens[start].isCapitalized && tokens[start].key.first?.isLetter == true
                                                                  && !Self.clauseOpeners.contains(first))
            // "The White House, which is headed by Clinton's wife, Hillary Rodham Clinton, described":
            // a name set off right after a relative clause ends that clause; it is not the subject.
            if !apposition, !ownClause, !opensSentence, start >= 2 {
                var p = start - 2
                while p > 0, !(tokens[p - 1].breakAfter && !tokens[p - 1].possessive) { p -= 1 }
                if ["who", "which", "whose", "whom"].contains(tokens[p].key) { apposition = true }
            }
            let inSegment = actors.filter { $0.firstToken >= start && $0.lastToken < end }
            if !apposition, !inSegment.isEmpty {
                for m in inSegment {
                    // "The North's official Korean Central News Agency said": the possessive modifies the head.
                    if tokens[m.lastToken].possessive, inSegment.contains(where: { $0.firstToken > m.lastToken && $0.firstToken <= m.lastToken + 3 }) { continue }
                    // "US President Barack Obama": a name that modifies the next one is not the head.
                    // ("Unification Ministry spokesman Chun Hae-sung": titles between make the name the head.)
                    if let n = inSegment.first(where: { $0.firstToken > m.lastToken && $0.firstToken <= m.lastToken + 3 }),
                       !(m.lastToken + 1..<n.firstToken).contains(where: { !(tokens[$0].isCapitalized || tokens[$0].isIn(.personTitle)) || tokens[$0].breakAfter })
                        || n.firstToken == m.lastToken + 1 && !tokens[m.lastToken].breakAfter {
                        continue
                    }
                    if m.firstToken > 0, Self.prepositions.contains(tokens[m.firstToken - 1].key), !tokens[m.firstToken - 1].breakAfter { continue }
                    return m
                }
                return inSegment.last
            }
            // A speaker is named within a few clauses of the cue; going further back
            // in a run-on sentence would make thousands of quotes quadratic.
            guard start > 0, cue - start < 60 else { break }
            end = start
            // Only a sentence's own segments count.
            if tokens[start - 1].sentenceEnd { break }
        }
        return nil
    }

    /// True when the segment at `start` follows a sentence's opening phrase ("According to the
    /// Korean Central News Agency,", "In Beijing,", "On Friday,") set off by a comma.
    static func followsOpeningPhrase(_ start: Int, tokens: TokenBuffer) -> Bool {
        guard start > 0, tokens[start - 1].breakAfter, !tokens[start - 1].possessive else { return false }
        var k = start - 1
        while k > 0, start - k < 12, !(tokens[k - 1].breakAfter && !tokens[k - 1].possessive) { k -= 1 }
        guard k == 0 || tokens[k - 1].sentenceEnd else { return false }
        return tokens[k].key == "according" || clauseOpeners.contains(tokens[k].key) && tokens[k].isCapitalized
    }

    /// The mentions that start inside `range`, by binary search (mentions are in text order).
    static func mentions(in range: Range<Int>, _ actors: [Mention]) -> ArraySlice<Mention> {
        let lower = actors.partitionPoint { $0.start >= range.lowerBound }
        return actors[lower..<max(lower, actors.partitionPoint { $0.start >= range.upperBound })]
    }

    func tokenIndexAfter(_ offset: Int, _ tokens: TokenBuffer) -> Int { tokens.partitionPoint { $0.start > offset } }

    /// The speaker of a mention: "Moon's office" or "Moon's spokesman" is the
    /// presidential office; anyone else speaks for themselves.
    func speakerFor(_ who: Mention, tokens: TokenBuffer) -> String {
        if tokens[who.lastToken].possessive, who.lastToken + 1 < tokens.count, Self.officeWords.contains(tokens[who.lastToken + 1].key),
           let office = offices[who.id] {
            return office
        }
        return who.id
    }

    /// "..., his office said in a statement" / "Her spokesman said: '...'": the
    /// office of the last person named outside a quote since `since` (two sentences
    /// back) who has one (a head of state or government), with the cue.
    func pronounOffice(span: Span, tokenIndices: [Int], tokens: TokenBuffer, actors: [Mention], since: Int) -> (String, String)? {
        guard let cueIndex = tokenIndices.first(where: { k in
                  tokens[k].isIn(.quoteCue) && k >= 2 && Self.officeWords.contains(tokens[k - 1].key)
                      && (tokens[k - 2].key == "his" || tokens[k - 2].key == "her") }),
              !(tokens[cueIndex - 2].start >= span.open && tokens[cueIndex - 2].end <= span.close + 1) else { return nil }
        let before = Self.mentions(in: since..<tokens[cueIndex - 2].start, actors)
        guard let person = before.last(where: { !$0.quoted && people.contains($0.id) }), let office = offices[person.id] else { return nil }
        return (office, Self.cues[tokens[cueIndex].key] ?? tokens[cueIndex].key)
    }

    /// Body nouns that may stand before a back-reference: "a ministry spokesman told".
    static let bodyNouns: Set<String> = ["ministry", "agency", "committee", "office", "department", "command", "army",
                                         "military", "government", "party", "council", "embassy"]

    /// The cue of "..., the spokesman said." or "..., said the statement" after the quote, and
    /// the body noun before the back-reference when there is one ("a ministry spokesman told":
    /// "ministry"), which makes an indefinite article point back as well.
    func backReference(span: Span, tokenIndices: [Int], tokens: TokenBuffer) -> (cue: String, body: String?)? {
        // "The spokesman threatened 'due countermeasures'": the back-reference before the quote.
        if let before = tokenIndices.last(where: { tokens[$0].end <= span.open && tokens[$0].isIn(.quoteCue) }), before >= 2,
           Self.backReferences.contains(tokens[before - 1].key), tokens[before - 2].key == "the",
           !tokens[before - 2].breakAfter, !tokens[before - 1].breakAfter {
            return Self.cues[tokens[before].key].map { ($0, nil) }
        }
        guard var cueIndex = tokenIndices.first(where: { tokens[$0].start > span.close && tokens[$0].isIn(.quoteCue) }) else { return nil }
        // "..., said the statement, carried by KCNA": the back-reference after the cue.
        if cueIndex + 2 < tokens.count, !tokens[cueIndex].breakAfter, tokens[cueIndex + 1].key == "the", !tokens[cueIndex + 1].breakAfter,
           Self.backReferences.contains(tokens[cueIndex + 2].key) {
            return Self.cues[tokens[cueIndex].key].map { ($0, nil) }
        }
        // "..., the statement said": "statement" is a cue of its own and the back-reference of the next.
        if Self.backReferences.contains(tokens[cueIndex].key), cueIndex + 1 < tokens.count, !tokens[cueIndex].breakAfter,
           tokens[cueIndex + 1].isIn(.quoteCue) {
            cueIndex += 1
        }
        guard cueIndex > 0, tokens[cueIndex - 1].start > span.close, Self.backReferences.contains(tokens[cueIndex - 1].key) else { return nil }
        // "a senior official told" is someone new; "the official said" points back, and so does
        // "a ministry spokesman told" (a spokesman of the ministry just named).
        let body = cueIndex >= 2 && tokens[cueIndex - 2].start > span.close && Self.bodyNouns.contains(tokens[cueIndex - 2].key)
            ? tokens[cueIndex - 2].key : nil
        var k = cueIndex - 2
        while k >= 0, cueIndex - k <= 4, tokens[k].start > span.close, !tokens[k].breakAfter {
            if body == nil, tokens[k].key == "a" || tokens[k].key == "an" || tokens[k].key == "another" { return nil }
            if tokens[k].key == "the" { break }
            k -= 1
        }
        return Self.cues[tokens[cueIndex].key].map { ($0, body) }
    }

    /// The last body named outside a quote between `since` and `before` whose gazetteer
    /// name holds `noun` ("ministry": "South Korean Ministry of National Defense").
    func lastBody(named noun: String, before: Int, since: Int, actors: [Mention]) -> String? {
        Self.mentions(in: since..<before, actors).last { m in
            !m.quoted && !people.contains(m.id) && (bodyNames[m.id]?.contains(noun) ?? false)
        }?.id
    }

    /// The subject of the last speech cue of a sentence ("A spokesman for the
    /// Unification Ministry announced that ..."), as its speaker.
    func earlierCueSubject(_ index: Int, text: ArticleText, tokens: TokenBuffer, actors: [Mention]) -> String? {
        let range = text.sentences[index]
        let all = tokens.indices(within: range)
        let inside = (max(all.lowerBound, all.upperBound - 60)..<all.upperBound).filter { tokens[$0].end <= range.upperBound }
        guard let cueIndex = inside.last(where: { tokens[$0].isIn(.quoteCue) }) else { return nil }
        let before = Self.mentions(in: range, actors).filter { $0.lastToken < cueIndex }
        return subject(before: cueIndex, actors: before, tokens: tokens).map { speakerFor($0, tokens: tokens) }
    }

    /// The subject before a colon that opens the quote in the same sentence, when
    /// the sentence has no speech cue: "At a dinner, Yon offered a toast: '...'".
    func colonSubject(span: Span, sentence: Range<Int>, tokens: TokenBuffer, actors: [Mention], text: ArticleText) -> Mention? {
        var k = span.open - 1
        while k > sentence.lowerBound, text.scalars[k] == " " { k -= 1 }
        guard k > sentence.lowerBound, text.scalars[k] == ":" else { return nil }
        let after = tokenIndexAfter(k, tokens)
        guard after > 0 else { return nil }
        let clause = Self.mentions(in: sentence.lowerBound..<k, actors).filter { !$0.quoted }
        guard !clause.isEmpty, !(clause.first!.firstToken..<after).contains(where: { Self.cues[tokens[$0].key] != nil }) else { return nil }
        return subject(before: after, actors: Array(clause), tokens: tokens)
    }

    /// "The ministry said in a statement:" followed by a quote in the next sentence.
    func previousSentenceAttribution(_ index: Int, text: ArticleText, tokens: TokenBuffer, actors: [Mention]) -> (Mention, String)? {
        let range = text.sentences[index]
        guard let last = text.scalars[range].last(where: { !$0.isWhitespaceFast }), last == ":" else { return nil }
        let inside = tokens.indices(within: range).filter { tokens[$0].end <= range.upperBound }
        guard let cueIndex = inside.last(where: { tokens[$0].isIn(.quoteCue) }),
              let who = Self.mentions(in: range, actors).last(where: { $0.lastToken < cueIndex }) else { return nil }
        return (who, Self.cues[tokens[cueIndex].key]!)
    }
}
