import KBStorage

/// The common relational questions as typed Swift functions, each running the
/// canned query of the same name (SPEC section 7). Actor and place arguments
/// take ids or any alias.
public struct Questions: Sendable {
    let runner: QueryRunner

    public init(kb: KnowledgeBase) {
        runner = QueryRunner(kb: kb)
    }

    func ask(_ name: String, _ values: [String: String?]) throws -> ResultSet {
        guard let query = CannedQuery.named(name) else { throw QueryError(.notFound, thing: name, reason: "no such canned query") }
        return try runner.run(query, values.compactMapValues { $0 })
    }

    public func timeline(actor: String? = nil, place: String? = nil, root: String? = nil, quadClass: Int? = nil, from: String? = nil,
                         to: String? = nil, origin: String? = nil, minConfidence: Double = 0, limit: Int = 500) throws -> ResultSet {
        try ask("timeline", ["actor": actor, "place": place, "root": root, "quad": quadClass.map(String.init), "from": from, "to": to,
                             "origin": origin, "min_confidence": String(minConfidence), "limit": String(limit)])
    }

    public func actorProfile(_ actor: String) throws -> ResultSet { try ask("actor", ["actor": actor]) }

    public func quotes(speaker: String? = nil, about: String? = nil, from: String? = nil, to: String? = nil, limit: Int = 200) throws -> ResultSet {
        try ask("quotes", ["speaker": speaker, "about": about, "from": from, "to": to, "limit": String(limit)])
    }

    public func dyad(_ a: String = "north-korea", _ b: String = "south-korea", limit: Int = 500) throws -> ResultSet {
        try ask("dyad", ["a": a, "b": b, "limit": String(limit)])
    }

    public enum Period: String, Sendable { case month, year }

    public func relationsIndex(_ a: String = "north-korea", _ b: String = "south-korea", per period: Period = .year,
                               allModalities: Bool = false, from: String? = nil, to: String? = nil) throws -> ResultSet {
        try ask("relations-index", ["a": a, "b": b, "period": period.rawValue, "all_modalities": allModalities ? "1" : "0",
                                    "from": from, "to": to])
    }

    public func place(_ place: String, limit: Int = 500) throws -> ResultSet { try ask("place", ["place": place, "limit": String(limit)]) }

    public func connections(from: String, to: String, depth: Int = 3, limit: Int = 20) throws -> ResultSet {
        try ask("connections", ["from": from, "to": to, "depth": String(depth), "limit": String(limit)])
    }

    public func threats(withinDays days: Int = 30, by actor: String? = nil) throws -> ResultSet {
        try ask("threats", ["days": String(days), "actor": actor])
    }

    public func sources(event: Int64? = nil, quote: Int64? = nil) throws -> ResultSet {
        try ask("sources", ["event": event.map(String.init), "quote": quote.map(String.init)])
    }

    public func contradictions(limit: Int = 200) throws -> ResultSet { try ask("contradictions", ["limit": String(limit)]) }
}
