import GRDB
import KBStorage

/// `kb export`: the knowledge base, whole or from a date range, as JSON, JSON
/// lines or CSV, or its actor network as GraphML or DOT. `stable` output is
/// sorted and leaves out row ids, timestamps and file paths, so two databases
/// with the same content export byte-identical (the kill test relies on it).
public struct Exporter: Sendable {
    public enum Format: String, Sendable, CaseIterable { case json, jsonl, csv, graphml, dot }

    public struct Options: Sendable {
        public var stable = false
        public var from: String?
        public var to: String?
        public init() {}
    }

    let kb: KnowledgeBase

    public init(kb: KnowledgeBase) {
        self.kb = kb
    }

    public func export(_ format: Format, options: Options = Options()) throws -> String {
        do {
            return try kb.pool.read { db in
                switch format {
                case .json, .jsonl:
                    let records = try self.records(db, options)
                    if format == .jsonl {
                        return records.map { JSONWriter.write(.object($0.fields)) }.joined(separator: "\n")
                    }
                    var groups: [(String, [JSONValue])] = []
                    for record in records {
                        let fields = JSONValue.object(record.fields.filter { $0.0 != "type" })
                        if let i = groups.firstIndex(where: { $0.0 == record.type + "s" }) { groups[i].1.append(fields) } else { groups.append((record.type + "s", [fields])) }
                    }
                    return JSONWriter.write(.object(groups.map { ($0.0, .array($0.1)) }))
                case .csv:
                    return try csv(db, options)
                case .graphml, .dot:
                    return try network(db, format: format)
                }
            }
        } catch let error as DatabaseError {
            throw QueryError(.database, thing: "export", reason: error.message ?? "\(error)")
        }
    }

    struct Record {
        let type: String
        let fields: [(String, JSONValue)]
    }

    static func value(_ row: Row, _ column: String) -> JSONValue { JSONValue(SQLValue(row[column] as DatabaseValue)) }

    func records(_ db: Database, _ o: Options) throws -> [Record] {
        var out: [Record] = []
        let stable = o.stable
        func dateFilter(_ column: String) -> String {
            "(:from IS NULL OR \(column) >= :from) AND (:to IS NULL OR substr(\(column), 1, length(:to)) <= :to)"
        }
        let args: StatementArguments = ["from": o.from, "to": o.to]

        for row in try Row.fetchAll(db, sql: """
            SELECT id, sha256, title, source_url, publisher, published, origin, extractor_version, warnings, body, imported_at, path
            FROM article WHERE \(dateFilter("published")) ORDER BY \(stable ? "sha256" : "id")
            """, arguments: args) {
            var f: [(String, JSONValue)] = [("type", .string("article"))]
            if !stable { f.append(("id", Self.value(row, "id"))) }
            for c in ["sha256", "title", "source_url", "publisher", "published", "origin", "extractor_version", "warnings", "body"] {
                f.append((c, Self.value(row, c)))
            }
            if !stable { f += [("imported_at", Self.value(row, "imported_at")), ("path", Self.value(row, "path"))] }
            out.append(Record(type: "article", fields: f))
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT a.id, a.name, a.kind, a.country, a.code, a.origin,
                   (SELECT json_group_array(alias) FROM (SELECT alias FROM actor_alias WHERE actor_id = a.id AND kind <> 'name' ORDER BY alias)) AS aliases
            FROM actor a ORDER BY a.id
            """) {
            out.append(Record(type: "actor", fields: [("type", .string("actor"))] + ["id", "name", "kind", "country", "code", "origin", "aliases"].map { ($0, Self.value(row, $0)) }))
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT actor_id AS actor, relation, target_id AS target, title, valid_from, valid_to, origin FROM actor_relation
            ORDER BY actor_id, relation, target_id, valid_from, valid_to, title
            """) {
            out.append(Record(type: "relation", fields: [("type", .string("relation"))] + ["actor", "relation", "target", "title", "valid_from", "valid_to", "origin"].map { ($0, Self.value(row, $0)) }))
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, name, kind, country, parent_id AS parent, lat, lon, origin FROM place ORDER BY id") {
            out.append(Record(type: "place", fields: [("type", .string("place"))] + ["id", "name", "kind", "country", "parent", "lat", "lon", "origin"].map { ($0, Self.value(row, $0)) }))
        }
        // Events and quotes point at their sources by the article's content hash and the span.
        let eventColumns = ["date", "date_precision", "end_date", "code", "source_id", "target_id", "place_id", "modality",
                            "threatened_code", "goldstein", "confidence", "origin", "summary"]
        for row in try Row.fetchAll(db, sql: """
            SELECT e.*, (SELECT json_group_array(json_array(sha256, start, "end")) FROM (
                    SELECT ar.sha256, p.start, p."end" FROM provenance p JOIN article ar ON ar.id = p.article_id
                    WHERE p.event_id = e.id ORDER BY ar.sha256, p.start, p."end")) AS sources
            FROM event e WHERE \(dateFilter("e.date"))
            ORDER BY \(stable ? "e.date, e.code, e.source_id, e.target_id, e.place_id, e.modality, e.summary, sources" : "e.id")
            """, arguments: args) {
            var f: [(String, JSONValue)] = [("type", .string("event"))]
            if !stable { f.append(("id", Self.value(row, "id"))) }
            f += eventColumns.map { ($0, Self.value(row, $0)) }
            f.append(("sources", Self.value(row, "sources")))
            out.append(Record(type: "event", fields: f))
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT q.*, (SELECT json_group_array(json_array(sha256, start, "end")) FROM (
                    SELECT ar.sha256, p.start, p."end" FROM provenance p JOIN article ar ON ar.id = p.article_id
                    WHERE p.quote_id = q.id ORDER BY ar.sha256, p.start, p."end")) AS sources,
                   (SELECT min(ar.published) FROM provenance p JOIN article ar ON ar.id = p.article_id WHERE p.quote_id = q.id) AS date
            FROM quote q WHERE \(dateFilter("date"))
            ORDER BY \(stable ? "q.speaker_id, q.text, sources" : "q.id")
            """, arguments: args) {
            var f: [(String, JSONValue)] = [("type", .string("quote"))]
            if !stable { f.append(("id", Self.value(row, "id"))) }
            f += ["text", "speaker_id", "cue", "confidence", "origin", "sources"].map { ($0, Self.value(row, $0)) }
            out.append(Record(type: "quote", fields: f))
        }
        // The fields JSON arrays hold are JSON text from SQLite: parse them back into values.
        return out.map { r in Record(type: r.type, fields: r.fields.map { k, v in
            if ["aliases", "sources", "warnings"].contains(k), case .string(let text) = v { return (k, .raw(text)) }
            return (k, v)
        }) }
    }

    /// Events as one CSV table with names, for spreadsheets.
    func csv(_ db: Database, _ o: Options) throws -> String {
        let rows = try Row.fetchAll(db, sql: """
            SELECT date, code, code_description, source_id, source_name, target_id, target_name, place_id, place_name,
                   modality, threatened_code, goldstein, confidence, origin, summary
            FROM event_view WHERE (:from IS NULL OR date >= :from) AND (:to IS NULL OR substr(date, 1, length(:to)) <= :to)
            ORDER BY date, code, source_id, target_id, place_id, summary
            """, arguments: ["from": o.from, "to": o.to])
        let columns = ["date", "code", "code_description", "source_id", "source_name", "target_id", "target_name", "place_id",
                       "place_name", "modality", "threatened_code", "goldstein", "confidence", "origin", "summary"]
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        let lines = [columns.joined(separator: ",")] + rows.map { row in
            columns.map { field(SQLValue(row[$0] as DatabaseValue).text) }.joined(separator: ",")
        }
        return lines.joined(separator: "\r\n")
    }

    /// The actor network: actors as nodes; event edges (count, mean Goldstein)
    /// and relation edges.
    func network(_ db: Database, format: Format) throws -> String {
        let edges = try Row.fetchAll(db, sql: """
            SELECT source_id AS a, target_id AS b, 'events' AS kind, count(*) AS n, round(avg(goldstein), 2) AS goldstein
            FROM event WHERE source_id IS NOT NULL AND target_id IS NOT NULL AND source_id <> target_id GROUP BY source_id, target_id
            UNION ALL
            SELECT actor_id, target_id, relation, count(*), NULL FROM actor_relation GROUP BY actor_id, target_id, relation
            ORDER BY 1, 2, 3
            """)
        var ids = Set<String>()
        for e in edges { ids.insert(e["a"]); ids.insert(e["b"]) }
        let nodes = try Row.fetchAll(db, sql: "SELECT id, name, kind, country FROM actor ORDER BY id").filter { ids.contains($0["id"]) }
        func xml(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        func dot(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        if format == .graphml {
            var lines = [
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
                "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>",
                "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>",
                "  <key id=\"country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>",
                "  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>",
                "  <key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"int\"/>",
                "  <key id=\"goldstein\" for=\"edge\" attr.name=\"mean_goldstein\" attr.type=\"double\"/>",
                "  <graph id=\"kb\" edgedefault=\"directed\">",
            ]
            for n in nodes {
                lines.append("    <node id=\"\(xml(n["id"]))\"><data key=\"name\">\(xml(n["name"]))</data><data key=\"kind\">\(xml(n["kind"]))</data>"
                             + ((n["country"] as String?).map { "<data key=\"country\">\(xml($0))</data>" } ?? "") + "</node>")
            }
            for (i, e) in edges.enumerated() {
                var line = "    <edge id=\"e\(i)\" source=\"\(xml(e["a"]))\" target=\"\(xml(e["b"]))\"><data key=\"type\">\(xml(e["kind"]))</data><data key=\"count\">\(e["n"] as Int)</data>"
                if let g = e["goldstein"] as Double? { line += "<data key=\"goldstein\">\(g)</data>" }
                lines.append(line + "</edge>")
            }
            lines += ["  </graph>", "</graphml>"]
            return lines.joined(separator: "\n")
        }
        var lines = ["digraph kb {", "  node [shape=box, fontname=\"Helvetica\"];"]
        for n in nodes { lines.append("  \(dot(n["id"])) [label=\(dot(n["name"]))];") }
        for e in edges {
            let kind: String = e["kind"]
            let label = kind == "events" ? "\(e["n"] as Int) events, mean \((e["goldstein"] as Double?).map { String($0) } ?? "?")" : kind
            lines.append("  \(dot(e["a"])) -> \(dot(e["b"])) [label=\(dot(label))\(kind == "events" ? "" : ", style=dashed")];")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }
}
