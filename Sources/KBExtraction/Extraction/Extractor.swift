/// Turns a parsed article into facts: actors, places, quotes and CAMEO-coded
/// events, each with the span of text it came from. Pure and deterministic.
public struct Extractor: Sendable {
    /// Bumped whenever extraction output may change; `kb import --reextract`
    /// redoes articles whose facts came from another version.
    public static let version = "0.5.0"

    public let gazetteer: Gazetteer
    public let codebook: Codebook
    let entities: EntityRecognizer
    let events: EventCoder?
    let quotes: QuoteExtractor

    /// `patterns` defaults to the bundled event patterns; when they fail to
    /// load (a build defect the test suite catches) no events are coded.
    public init(gazetteer: Gazetteer, codebook: Codebook = .bundled, patterns: EventPatterns? = try? EventPatterns.bundled.get()) {
        self.gazetteer = gazetteer
        self.codebook = codebook
        // One lexicon for both: the recogniser's tokens carry the ids the patterns are indexed by.
        let entities = EntityRecognizer(gazetteer: gazetteer, words: patterns?.words ?? [], classes: patterns.map(EventCoder.wordClasses) ?? [])
        self.entities = entities
        self.quotes = QuoteExtractor(gazetteer: gazetteer)
        self.events = patterns.map { EventCoder(patterns: $0.indexed(by: entities.lexicon), codebook: codebook, gazetteer: gazetteer) }
    }

    /// The facts of one article, extraction only (no curated annotation).
    public func extract(_ parsed: ParsedArticle) -> ExtractedArticle {
        let text = ArticleText(parsed.body)
        let quoteSpans = QuoteExtractor.spans(text.scalars)
        let found = entities.recognize(text, published: parsed.published, quotes: quoteSpans.map { $0.open..<($0.close + 1) })
        // Who said and did what: a discovered official acts for the body he or she speaks for
        // ("a Defence Ministry spokesman, Brigadier General Cha Young-koo, said": the ministry).
        // The person stays among the actors with his or her own mentions.
        // (A handful of officials: their bodies found by comparing ids, not by hashing each mention's.)
        let officials = found.affiliations.count <= 8 ? found.affiliations.map { (person: $0.key, body: $0.value) } : nil
        let mentions = found.affiliations.isEmpty ? found.mentions : found.mentions.map { m in
            guard m.kind == .actor else { return m }
            let affiliated = officials.map { list in list.first { $0.person == m.id }?.body } ?? found.affiliations[m.id]
            guard let body = affiliated else { return m }
            return Mention(kind: .actor, id: body, start: m.start, end: m.end, sentence: m.sentence, firstToken: m.firstToken,
                           lastToken: m.lastToken, how: m.how, quoted: m.quoted)
        }
        var quotes = self.quotes.extract(text, spans: quoteSpans, found.tokens, mentions)
        var coded = events?.code(text, found.tokens, mentions, published: parsed.published, demonyms: found.demonyms,
                                 quotes: quotes) ?? []
        // (Through the optional: `if let events` copied the coder, retaining each of its tables, per article.)
        coded = events?.quoteJudgements(&quotes, events: coded, text: text, tokens: found.tokens, mentions: mentions,
                                        published: parsed.published) ?? coded
        // Every speaker, source and target is one of the article's actors (the contract): one
        // referred to without a name of its own ("Moon's spokesman said": the presidential
        // office) is listed with no mention.
        var actors = found.actors
        var listed = IDSet()
        // (By index: `for actor in actors` copied each record, its strings retained.)
        for k in actors.indices { listed.insert(actors[k].id) }
        // Speakers, then each event's source and target, in one list (no array per event).
        var named: [String] = []
        named.reserveCapacity(quotes.count + 2 * coded.count)
        // (By index: `for event in coded` would copy each event, all its strings retained.)
        for k in quotes.indices { if let speaker = quotes[k].speaker { named.append(speaker) } }
        for k in coded.indices {
            if let source = coded[k].source { named.append(source) }
            if let target = coded[k].target { named.append(target) }
        }
        for id in named where !listed.contains(id) {
            guard let a = gazetteer.actor(id) else { continue }
            // A state named only as a place ("visited North Korea") has that place's mentions.
            let asPlace = a.kind == "state" ? found.places.first { $0.kind == "country" && $0.country == a.country }?.mentions : nil
            actors.append(ExtractedArticle.Actor(id: id, name: a.name, kind: a.kind, country: a.country, aliases: a.aliases,
                                                 mentions: asPlace ?? [], origin: "gazetteer"))
            listed.insert(id)
        }
        return ExtractedArticle(
            article: .init(
                title: parsed.title, sourceURL: parsed.sourceURL, published: parsed.published?.description,
                publisher: parsed.publisher, text: parsed.body, extractorVersion: Self.version,
                warnings: parsed.warnings, sha256: parsed.sha256),
            actors: actors, places: found.places, quotes: quotes, events: coded)
    }
}

/// An article body as scalars with its sentence ranges, shared by every
/// extraction step so the text is decoded and split once.
struct ArticleText {
    let string: String
    let scalars: [Unicode.Scalar]
    let sentences: [Range<Int>]

    init(_ string: String) {
        self.string = string
        self.scalars = string.scalarArray
        self.sentences = SentenceSplitter.sentences(in: scalars)
    }

    /// The last slice written (the events of one sentence each carry the sentence: written once).
    private let lastSlice = SliceMemo()

    func slice(_ range: Range<Int>) -> String {
        if let last = lastSlice.range, last == range { return lastSlice.string }
        let string = String(scalars: scalars[range])
        lastSlice.range = range
        lastSlice.string = string
        return string
    }

    /// `scalars[range].contains { "0" <= $0 <= "9" }`, read through the buffer.
    func hasDigit(in range: Range<Int>) -> Bool {
        scalars.withUnsafeBufferPointer { s in
            var i = range.lowerBound
            // Sixteen scalars a step from a pointer, with no range or overflow check per scalar (a
            // third fewer instructions than the loop over `range`; `SIMD16` was slower), then the rest.
            while i + 16 <= range.upperBound {
                let step = s.baseAddress! + i
                var hits: UInt32 = 0
                for k in 0..<16 { hits |= step[k].value &- 0x30 < 10 ? 1 : 0 }
                if hits != 0 { return true }
                i += 16
            }
            while i < range.upperBound {
                if s[i].value &- 0x30 < 10 { return true }
                i += 1
            }
            return false
        }
    }

    /// Index of the sentence holding offset `i`.
    func sentenceIndex(of i: Int) -> Int? { sentences.index(holding: i) }
}

/// One slice of an article's text and its range, for `ArticleText.slice`. Owned by the
/// one `ArticleText` of an extraction, which never crosses a task.
final class SliceMemo {
    var range: Range<Int>?
    var string = ""
}
