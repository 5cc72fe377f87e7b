/// What extraction finds in one article: the contract of
/// `kb extract --format json` (SPEC section 5), and exactly what `kb import`
/// stores. Offsets are Unicode scalar offsets into `article.text`.
public struct ExtractedArticle: Sendable, Codable, Equatable {
    public struct Span: Sendable, Codable, Equatable, Hashable {
        public var start: Int
        public var end: Int
        public init(start: Int, end: Int) { self.start = start; self.end = end }
    }

    public struct Article: Sendable, Codable, Equatable {
        public var title: String
        public var sourceURL: String?
        public var published: String?
        public var publisher: String?
        public var text: String
        public var extractorVersion: String
        public var warnings: [String]
        /// SHA-256 of `text`.
        public var sha256: String

        enum CodingKeys: String, CodingKey {
            case title, sourceURL = "source_url", published, publisher, text, extractorVersion = "extractor_version",
                 warnings, sha256
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(title, forKey: .title)
            try c.encode(sourceURL, forKey: .sourceURL)
            try c.encode(published, forKey: .published)
            try c.encode(publisher, forKey: .publisher)
            try c.encode(text, forKey: .text)
            try c.encode(extractorVersion, forKey: .extractorVersion)
            try c.encode(warnings, forKey: .warnings)
            try c.encode(sha256, forKey: .sha256)
        }
    }

    public struct Actor: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var kind: String
        public var country: String?
        public var aliases: [String]
        public var mentions: [Span]

        enum CodingKeys: String, CodingKey { case id, name, kind, country, aliases, mentions, origin }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(kind, forKey: .kind)
            try c.encode(country, forKey: .country)
            try c.encode(aliases, forKey: .aliases)
            try c.encode(mentions, forKey: .mentions)
            try c.encode(origin, forKey: .origin)
        }
        /// `gazetteer` for known actors, `discovered` for ones found by title or
        /// apposition, `curated` for ones an annotation names.
        public var origin: String
    }

    public struct Place: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var kind: String
        public var country: String?
        public var lat: Double?
        public var lon: Double?
        public var mentions: [Span]
        public var origin: String

        enum CodingKeys: String, CodingKey { case id, name, kind, country, lat, lon, mentions, origin }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(kind, forKey: .kind)
            try c.encode(country, forKey: .country)
            try c.encode(lat, forKey: .lat)
            try c.encode(lon, forKey: .lon)
            try c.encode(mentions, forKey: .mentions)
            try c.encode(origin, forKey: .origin)
        }
    }

    public struct Quote: Sendable, Codable, Equatable {
        public var text: String
        public var speaker: String?
        public var cue: String?
        public var start: Int?
        public var end: Int?
        public var sentence: Int?
        public var confidence: Double
        public var origin: String
        /// Index into `events` of the event the quote belongs to.
        public var event: Int?

        enum CodingKeys: String, CodingKey {
            case text, speaker, cue, start, end, sentence = "sentence_index", confidence, origin, event
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
            try c.encode(speaker, forKey: .speaker)
            try c.encode(cue, forKey: .cue)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(sentence, forKey: .sentence)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(origin, forKey: .origin)
            try c.encode(event, forKey: .event)
        }
    }

    public struct Event: Sendable, Codable, Equatable {
        public var code: String
        public var root: String
        public var quadClass: Int
        public var goldstein: Double
        public var source: String?
        public var target: String?
        public var place: String?
        public var date: String?
        public var endDate: String?
        public var modality: String
        public var threatened: String?
        public var summary: String?
        /// The sentence the event was read from (or the curated evidence).
        public var sentence: String?
        public var sentenceIndex: Int?
        public var start: Int?
        public var end: Int?
        public var confidence: Double
        public var origin: String

        enum CodingKeys: String, CodingKey {
            case code, root, quadClass = "quad_class", goldstein, source, target, place, date, endDate = "end_date",
                 modality, threatened, summary, sentence, sentenceIndex = "sentence_index", start, end, confidence, origin
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encode(root, forKey: .root)
            try c.encode(quadClass, forKey: .quadClass)
            try c.encode(goldstein, forKey: .goldstein)
            try c.encode(source, forKey: .source)
            try c.encode(target, forKey: .target)
            try c.encode(place, forKey: .place)
            try c.encode(date, forKey: .date)
            try c.encode(endDate, forKey: .endDate)
            try c.encode(modality, forKey: .modality)
            try c.encode(threatened, forKey: .threatened)
            try c.encode(summary, forKey: .summary)
            try c.encode(sentence, forKey: .sentence)
            try c.encode(sentenceIndex, forKey: .sentenceIndex)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(origin, forKey: .origin)
        }
    }

    public var article: Article
    public var actors: [Actor]
    public var places: [Place]
    public var quotes: [Quote]
    public var events: [Event]

    public init(article: Article, actors: [Actor] = [], places: [Place] = [], quotes: [Quote] = [], events: [Event] = []) {
        self.article = article
        self.actors = actors
        self.places = places
        self.quotes = quotes
        self.events = events
    }
}
