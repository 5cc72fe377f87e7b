/// Applies a curated annotation over extraction (SPEC section 5): its date and
/// title win, its events and quotes replace the extracted ones, its actors and
/// places join the extracted ones; every curated fact says `origin: curated`.
public enum Curation {
    public static func apply(_ a: Annotation, to x: ExtractedArticle, gazetteer: Gazetteer, codebook: Codebook) throws(ExtractionError) -> ExtractedArticle {
        var out = x
        if let published = a.published { out.article.published = published.description }
        if let title = a.title { out.article.title = title }
        let text = ArticleText(x.article.text)

        func find(_ needle: String) -> Range<Int>? {
            let n = Array(needle.unicodeScalars)
            guard !n.isEmpty, n.count <= text.scalars.count else { return nil }
            var i = 0
            while i + n.count <= text.scalars.count {
                if text.scalars[i] == n[0], Array(text.scalars[i..<i + n.count]) == n { return i..<i + n.count }
                i += 1
            }
            return nil
        }

        for id in a.actors where !out.actors.contains(where: { $0.id == id }) {
            guard let g = gazetteer.actor(id) else { continue }
            out.actors.append(.init(id: id, name: g.name, kind: g.kind, country: g.country, aliases: g.aliases, mentions: [], origin: "curated"))
        }
        for id in a.places where !out.places.contains(where: { $0.id == id }) {
            guard let g = gazetteer.place(id) else { continue }
            out.places.append(.init(id: id, name: g.name, kind: g.kind, country: g.country, lat: g.lat, lon: g.lon, mentions: [], origin: "curated"))
        }
        var events: [ExtractedArticle.Event] = []
        for e in a.events {
            guard let entry = codebook[e.code] else { continue }
            var span: Range<Int>?
            if let evidence = e.evidence {
                guard let found = find(evidence) else {
                    throw ExtractionError(.invalid, path: a.path, line: e.line, reason: "evidence is not in the article text: \"\(evidence.prefix(60))\"")
                }
                span = found
            }
            events.append(.init(
                code: e.code, root: entry.root, quadClass: entry.quadClass, goldstein: entry.goldstein, source: e.source,
                target: e.target, place: e.place, date: e.date?.description, endDate: e.endDate?.description, modality: e.modality,
                threatened: e.threatened, summary: e.summary, sentence: span.map { text.slice($0) },
                sentenceIndex: span.flatMap { text.sentenceIndex(of: $0.lowerBound) }, start: span?.lowerBound, end: span?.upperBound,
                confidence: e.confidence, origin: "curated"))
        }
        var quotes: [ExtractedArticle.Quote] = []
        for q in a.quotes {
            let span = find(q.text)
            quotes.append(.init(text: q.text, speaker: q.speaker, cue: q.cue, start: span?.lowerBound, end: span?.upperBound,
                                sentence: span.flatMap { text.sentenceIndex(of: $0.lowerBound) }, confidence: 1.0, origin: "curated", event: q.event))
        }
        // Curated events and quotes replace extracted ones for this article.
        out.events = events
        out.quotes = quotes
        // Speakers, sources and targets must be listed as actors of the article.
        let named = Set(events.flatMap { [$0.source, $0.target] }.compactMap { $0 } + quotes.compactMap(\.speaker))
        for id in named.sorted() where !out.actors.contains(where: { $0.id == id }) {
            guard let g = gazetteer.actor(id) else { continue }
            out.actors.append(.init(id: id, name: g.name, kind: g.kind, country: g.country, aliases: g.aliases, mentions: [], origin: "curated"))
        }
        for id in Set(events.compactMap(\.place)).sorted() where !out.places.contains(where: { $0.id == id }) {
            guard let g = gazetteer.place(id) else { continue }
            out.places.append(.init(id: id, name: g.name, kind: g.kind, country: g.country, lat: g.lat, lon: g.lon, mentions: [], origin: "curated"))
        }
        return out
    }
}
