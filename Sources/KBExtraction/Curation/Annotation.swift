import Yams

/// A curated annotation (`kb: annotation/1`): hand-checked facts about one
/// article, matched by source URL or content hash, applied over extraction.
public struct Annotation: Sendable, Equatable {
    public struct Event: Sendable, Equatable {
        public var code: String
        public var source: String?
        public var target: String?
        public var place: String?
        public var date: PartialDate?
        public var endDate: PartialDate?
        public var modality: String
        public var threatened: String?
        public var summary: String?
        public var evidence: String?
        public var confidence: Double
        public var line: Int?
    }

    public struct Quote: Sendable, Equatable {
        public var text: String
        public var speaker: String?
        public var cue: String?
        public var event: Int?
        public var line: Int?
    }

    public static let header = "annotation/1"
    public static let modalities: Set<String> = ["asserted", "threatened", "planned", "denied", "conditional"]

    public var path: String
    public var sourceURL: String?
    public var sha256: String?
    public var published: PartialDate?
    public var title: String?
    public var actors: [String]
    public var places: [String]
    public var events: [Event]
    public var quotes: [Quote]

    /// Parses and validates an annotation against a gazetteer and codebook:
    /// unknown ids, bad codes, dates and modalities are errors with file and line.
    public static func parse(_ text: String, path: String, gazetteer: Gazetteer, codebook: Codebook) throws(ExtractionError) -> Annotation {
        let r = YAMLReader(path: path)
        let root = try r.root(text)
        let m = try r.mapping(root, "the document")
        try r.header(m, expected: header, root: root)
        guard let articleNode = m["article"] else { throw r.fail(root, "missing article: (source_url or sha256)") }
        let a = try r.mapping(articleNode, "article")
        let sourceURL = try r.string(a["source_url"], "source_url")
        let sha = try r.string(a["sha256"], "sha256")
        if sourceURL == nil, sha == nil { throw r.fail(articleNode, "article needs source_url or sha256 to match its article") }
        if let sourceURL, !LineClassifier.isURL(sourceURL) { throw r.fail(articleNode, "source_url is not an http(s) URL: \(sourceURL)") }

        func actorID(_ node: Node?, _ what: String) throws(ExtractionError) -> String? {
            guard let id = try r.string(node, what) else { return nil }
            guard gazetteer.actor(id) != nil else { throw r.fail(node!, "\(what): unknown actor id \(id)") }
            return id
        }
        func placeID(_ node: Node?, _ what: String) throws(ExtractionError) -> String? {
            guard let id = try r.string(node, what) else { return nil }
            guard gazetteer.place(id) != nil else { throw r.fail(node!, "\(what): unknown place id \(id)") }
            return id
        }
        func code(_ node: Node?, _ what: String) throws(ExtractionError) -> String? {
            guard let c = try r.string(node, what) else { return nil }
            guard codebook[c] != nil else { throw r.fail(node!, "\(what): unknown CAMEO code \(c) (codes are strings with leading zeros)") }
            return c
        }

        var actors: [String] = []
        for node in try r.sequence(m["actors"], "actors") { if let id = try actorID(node, "actors") { actors.append(id) } }
        var places: [String] = []
        for node in try r.sequence(m["places"], "places") { if let id = try placeID(node, "places") { places.append(id) } }
        var events: [Event] = []
        for node in try r.sequence(m["events"], "events") {
            let e = try r.mapping(node, "an event")
            guard let c = try code(e["code"], "code") else { throw r.fail(node, "event without code") }
            let modality = try r.string(e["modality"], "modality") ?? "asserted"
            guard modalities.contains(modality) else { throw r.fail(node, "unknown modality \(modality) (one of \(modalities.sorted().joined(separator: ", ")))") }
            let confidence = try r.double(e["confidence"], "confidence") ?? 1.0
            guard (0...1).contains(confidence) else { throw r.fail(node, "confidence \(confidence) is not within 0...1") }
            let threatened = try code(e["threatened"], "threatened")
            if threatened != nil, modality != "threatened" { throw r.fail(node, "threatened code given but modality is \(modality)") }
            events.append(Event(
                code: c, source: try actorID(e["source"], "source"), target: try actorID(e["target"], "target"),
                place: try placeID(e["place"], "place"), date: try r.date(e["date"], "date"), endDate: try r.date(e["end_date"], "end_date"),
                modality: modality, threatened: threatened, summary: try r.string(e["summary"], "summary"),
                evidence: try r.string(e["evidence"], "evidence"), confidence: confidence, line: node.mark?.line))
        }
        var quotes: [Quote] = []
        for node in try r.sequence(m["quotes"], "quotes") {
            let q = try r.mapping(node, "a quote")
            let text = try r.requiredString(q, "text", in: node)
            var eventIndex: Int?
            if let raw = try r.string(q["event"], "event") {
                guard let index = Int(raw), index >= 0, index < events.count else { throw r.fail(node, "event \(raw) is not an index into this file's events") }
                eventIndex = index
            }
            quotes.append(Quote(text: text, speaker: try actorID(q["speaker"], "speaker"), cue: try r.string(q["cue"], "cue"),
                                event: eventIndex, line: node.mark?.line))
        }
        return Annotation(path: path, sourceURL: sourceURL, sha256: sha, published: try r.date(a["published"], "published"),
                          title: try r.string(a["title"], "title"), actors: actors, places: places, events: events, quotes: quotes)
    }

    /// True when this annotation is about the given article.
    public func matches(sourceURL: String?, sha256: String) -> Bool {
        if let own = self.sha256, own == sha256 { return true }
        if let own = self.sourceURL, let url = sourceURL, Self.sameURL(own, url) { return true }
        return false
    }

    /// Two URLs name the same page (scheme, www., case and trailing slashes aside).
    public static func sameURL(_ a: String, _ b: String) -> Bool {
        func norm(_ s: String) -> String {
            var t = s.lowercased()
            if t.hasPrefix("http://") { t = "https://" + t.dropFirst(7) }
            t = t.replacingOccurrences(of: "://www.", with: "://")
            while t.hasSuffix("/") { t.removeLast() }
            return t
        }
        return norm(a) == norm(b)
    }
}
