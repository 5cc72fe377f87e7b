import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import KBQuery
import KBStorage

/// Canned queries on a small fixture with known answers.
@Suite("Canned queries", .serialized)
struct QueryLayerTests {
    /// Two curated articles and one extracted pair, written to a fresh database.
    static func fixture() throws -> (TemporaryFolder, KnowledgeBase) {
        let folder = try TemporaryFolder()
        try folder.write("in/threat.txt", """
            Kim Yo Jong warns Seoul

            June 13, 2020

            Kim Yo Jong said the useless liaison office would collapse. North Korea also warned of military action in January. "A tragic scene will be seen," she said.

            Source:https://example.org/fixture/threat
            """)
        try folder.write("in/threat.yaml", """
            kb: annotation/1
            article:
              source_url: https://example.org/fixture/threat
              published: "2020-06-13"
            actors: [kim-yo-jong, north-korea, south-korea]
            places: [inter-korean-liaison-office]
            events:
              - {code: "138", source: kim-yo-jong, target: south-korea, place: inter-korean-liaison-office, date: "2020-06-13", modality: threatened, threatened: "1712", evidence: "Kim Yo Jong said the useless liaison office would collapse"}
              - {code: "138", source: north-korea, target: south-korea, date: "2020-01-10", modality: threatened, threatened: "190", evidence: "North Korea also warned of military action in January"}
            quotes:
              - {text: "A tragic scene will be seen", speaker: kim-yo-jong, cue: said, event: 0}
            """)
        try folder.write("in/blast.txt", """
            North Korea blows up liaison office

            June 16, 2020

            North Korea blew up the liaison office in Kaesong. The office had opened in 2018. It was set up in 2003, the paper said.

            Source:https://example.org/fixture/blast
            """)
        try folder.write("in/blast.yaml", """
            kb: annotation/1
            article:
              source_url: https://example.org/fixture/blast
              published: "2020-06-16"
            actors: [north-korea, south-korea]
            places: [inter-korean-liaison-office, kaesong]
            events:
              - {code: "1712", source: north-korea, target: south-korea, place: inter-korean-liaison-office, date: "2020-06-16", evidence: "North Korea blew up the liaison office in Kaesong"}
              - {code: "050", source: north-korea, target: south-korea, place: inter-korean-liaison-office, date: "2018", evidence: "The office had opened in 2018"}
              - {code: "050", source: north-korea, target: south-korea, place: inter-korean-liaison-office, date: "2003", evidence: "It was set up in 2003"}
            quotes: []
            """)
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        let summary = try Importer(kb: kb).run(ImportItem.collect([folder.file("in")]).items, options: ImportOptions())
        #expect(summary.failed.isEmpty, "\(summary.failed)")
        return (folder, kb)
    }

    func column(_ r: ResultSet, _ name: String) -> [SQLValue] {
        guard let i = r.columns.firstIndex(of: name) else { return [] }
        return r.rows.map { $0[i] }
    }

    @Test("every bundled query parses, declares its parameters and runs with its defaults")
    func catalogue() throws {
        let names = Set(CannedQuery.bundled.map(\.name))
        #expect(names == ["timeline", "actor", "quotes", "dyad", "relations-index", "place", "connections", "threats", "sources", "contradictions"])
        for q in CannedQuery.bundled {
            #expect(!q.title.isEmpty && !q.description.isEmpty, "\(q.name)")
            for p in q.parameters { #expect(q.sql.contains(":\(p.name)"), "\(q.name) declares \(p.name) but never uses it") }
        }
    }

    @Test("threats links Kim Yo Jong's threat to the demolition three days later and leaves the unrelated threat unlinked")
    func threats() throws {
        let (folder, kb) = try Self.fixture()
        defer { withExtendedLifetime(folder) {} }
        let r = try Questions(kb: kb).threats()
        #expect(r.columns == ["threat_id", "threat_date", "source", "target", "threatened_code", "action_id", "action_date", "days", "carried_out"])
        #expect(r.rows.count == 2)
        let byDate = Dictionary(uniqueKeysWithValues: r.rows.map { ($0[1], $0) })
        let kim = try #require(byDate[.text("2020-06-13")])
        #expect(kim[2] == .text("kim-yo-jong"))
        #expect(kim[6] == .text("2020-06-16"))
        #expect(kim[7] == .integer(3))
        #expect(kim[8] == .integer(1))
        let january = try #require(byDate[.text("2020-01-10")])
        #expect(january[5] == .null)
        #expect(january[8] == .integer(0))
        // A window shorter than three days no longer links them.
        #expect(column(try Questions(kb: kb).threats(withinDays: 2), "carried_out").allSatisfy { $0 == .integer(0) })
    }

    @Test("contradictions finds the 2018/2003 founding and not the opening/demolition pair")
    func contradictions() throws {
        let (folder, kb) = try Self.fixture()
        defer { withExtendedLifetime(folder) {} }
        let r = try Questions(kb: kb).contradictions()
        #expect(r.columns.prefix(4) == ["event_ids", "field", "values", "article_ids"])
        #expect(r.rows.count == 1)
        #expect(column(r, "values") == [.text("2018 | 2003")])
        #expect(column(r, "field") == [.text("date")])
    }

    @Test("timeline orders by date and filters by actor (a state includes those who act for it), place hierarchy and root")
    func timeline() throws {
        let (folder, kb) = try Self.fixture()
        defer { withExtendedLifetime(folder) {} }
        let q = Questions(kb: kb)
        let all = column(try q.timeline(), "date")
        #expect(all == [.text("2003"), .text("2018"), .text("2020-01-10"), .text("2020-06-13"), .text("2020-06-16")])
        // Kim Yo Jong acts for North Korea: her threat counts for the state.
        #expect(try q.timeline(actor: "DPRK").rows.count == 5)
        #expect(try q.timeline(actor: "Kim Yo-jong").rows.count == 1)
        // Kaesong holds the industrial complex, which holds the liaison office.
        #expect(try q.timeline(place: "Gaeseong").rows.count == 4)
        #expect(column(try q.timeline(root: "17"), "code") == [.text("1712")])
        #expect(column(try q.timeline(from: "2020-06", to: "2020"), "date") == [.text("2020-06-13"), .text("2020-06-16")])
    }

    @Test("dyad, relations-index, place, sources, actor, quotes and connections answer on the fixture")
    func otherQuestions() throws {
        let (folder, kb) = try Self.fixture()
        defer { withExtendedLifetime(folder) {} }
        let q = Questions(kb: kb)
        #expect(try q.dyad().rows.count == 5)
        let index = try q.relationsIndex(allModalities: true)
        #expect(column(index, "period") == [.text("2003"), .text("2018"), .text("2020")])
        #expect(column(index, "events") == [.integer(1), .integer(1), .integer(3)])
        let asserted = try q.relationsIndex()
        #expect(column(asserted, "events").last == .integer(1), "threats are left out unless asked")
        let place = try q.place("inter-korean-liaison-office")
        #expect(place.rows.count == 4)
        let blast = try #require(try q.timeline(root: "17").rows.first?.first)
        guard case .integer(let eventID) = blast else { Issue.record("no event id"); return }
        let sources = try q.sources(event: eventID)
        #expect(column(sources, "text") == [.text("North Korea blew up the liaison office in Kaesong")])
        let profile = try q.actorProfile("Kim Yo-jong")
        #expect(column(profile, "section").contains(.text("as source")))
        #expect(column(profile, "section").contains(.text("role")))
        let links = try q.connections(from: "kim-yo-jong", to: "south-korea")
        #expect(column(links, "hops").first == .integer(1))
        #expect(column(links, "path").first == .text("Kim Yo Jong -[1 events]-> South Korea"))
        // Quotes: by speaker (a state counts those who act for it), by words, by date.
        let quotes = try q.quotes(speaker: "North Korea")
        #expect(column(quotes, "text") == [.text("A tragic scene will be seen")])
        #expect(column(quotes, "speaker") == [.text("Kim Yo Jong")])
        #expect(column(quotes, "date") == [.text("2020-06-13")])
        #expect(try q.quotes(about: "TRAGIC").rows.count == 1)
        #expect(try q.quotes(about: "peace").rows.isEmpty)
        #expect(try q.quotes(from: "2021").rows.isEmpty)
        #expect(try q.quotes(speaker: "South Korea").rows.isEmpty)
    }

    @Test("actor and place parameters take aliases; unknown and ambiguous names are clear errors")
    func aliases() throws {
        let (folder, kb) = try Self.fixture()
        defer { withExtendedLifetime(folder) {} }
        let q = Questions(kb: kb)
        #expect(try q.timeline(actor: "Pyongyang").rows.count >= 0)
        #expect { try q.timeline(actor: "Nobody At All") } throws: { ($0 as? QueryError)?.code == .notFound }
        #expect { try q.timeline(actor: "Kim") } throws: { error in
            guard let e = error as? QueryError else { return false }
            return e.code == .ambiguous && e.reason.contains("kim-il-sung")
        }
        let runner = QueryRunner(kb: kb)
        #expect { try runner.run(CannedQuery.named("timeline")!, ["nonsense": "1"]) } throws: { ($0 as? QueryError)?.code == .usage }
        #expect { try runner.run(CannedQuery.named("place")!, [:]) } throws: { ($0 as? QueryError)?.code == .usage }
        #expect { try runner.run(CannedQuery.named("timeline")!, ["from": "June"]) } throws: { ($0 as? QueryError)?.code == .usage }
    }

    @Test("a canned query that runs away stops at its time limit with a timeout error")
    func cannedTimeLimit() throws {
        let (folder, kb) = try Self.fixture()
        defer { withExtendedLifetime(folder) {} }
        let runaway = try CannedQuery.parse("""
            -- name: runaway
            -- title: A query that never ends
            -- param: start integer = 1   where to count from
            WITH RECURSIVE c(x) AS (SELECT :start UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c
            """, path: "runaway.sql")
        let started = Date()
        #expect { try QueryRunner(kb: kb).run(runaway, [:], timeoutMilliseconds: 200) } throws: { error in
            guard let e = error as? QueryError else { return false }
            return e.code == .timeout && e.reason.contains("--timeout-ms")
        }
        #expect(Date().timeIntervalSince(started) < 30)
        // The connection is usable afterwards (the handler is removed).
        #expect(try Questions(kb: kb).threats().rows.count == 2)
    }

    @Test("kb ask lists, explains, prints SQL and runs with every output format")
    func askCommand() throws {
        let (folder, _) = try Self.fixture()
        let db = folder.file("kb.sqlite")
        let list = try KBRun.run(["ask", "--db", db])
        #expect(list.status == 0)
        #expect(list.stdout.contains("threats"))
        let help = try KBRun.run(["ask", "timeline", "--help"])
        #expect(help.stdout.contains("--actor ACTOR"))
        let sql = try KBRun.run(["ask", "threats", "--sql"])
        #expect(sql.stdout.contains("-- name: threats"))
        let json = try KBRun.run(["ask", "threats", "--db", db, "--format", "json"]).json()
        #expect(json["ok"] as? Bool == true)
        #expect((json["rows"] as? [[String: Any]])?.count == 2)
        let csv = try KBRun.run(["ask", "timeline", "--db", db, "--actor", "Kim Yo-jong", "--format", "csv"])
        #expect(csv.stdout.split(separator: "\r\n").count == 2)
        let bad = try KBRun.run(["ask", "timeline", "--db", db, "--nope", "1", "--format", "json"])
        #expect(bad.status == 64)
        #expect(try bad.json()["code"] as? String == "usage")
        let unknown = try KBRun.run(["ask", "no-such-question", "--db", db])
        #expect(unknown.status == 64)
    }
}

@Suite("Search, export and show", .serialized)
struct SearchExportShowTests {
    @Test("search ranks, highlights, and never fails on punctuation; --raw takes FTS5 syntax and reports bad syntax as usage")
    func search() throws {
        let (folder, kb) = try QueryLayerTests.fixture()
        defer { withExtendedLifetime(folder) {} }
        let fts = FullTextSearch(kb: kb)
        for hostile in ["liaison office's \"blew\"!", "AND OR NOT", "\"", "(((", "kaesong*:^", "NEAR(", "-- ; DROP TABLE article"] {
            #expect(throws: Never.self, "\(hostile)") {
                do { _ = try fts.search(hostile) } catch let e as QueryError where e.code == .usage { }
            }
        }
        let hits = try fts.search("liaison office's!")
        #expect(hits.rows.count >= 1)
        let snippets = hits.rows.map { $0[4].text }
        #expect(snippets.contains { $0.contains("[liaison]") })
        var raw = FullTextSearch.Options()
        raw.raw = true
        #expect(try fts.search("kaes*", options: raw).rows.count >= 1)
        #expect { try fts.search("\"unclosed", options: raw) } throws: { ($0 as? QueryError)?.code == .usage }
        var byActor = FullTextSearch.Options()
        byActor.actor = "Kim Yo-jong"
        #expect(try fts.search("office", options: byActor).rows.allSatisfy { $0[0] == .text("article") && $0[3] == .text("Kim Yo Jong warns Seoul") })
    }

    @Test("--stable exports of two databases built from the same inputs in different orders are byte-identical")
    func stableExport() throws {
        let (folder, kb) = try QueryLayerTests.fixture()
        defer { withExtendedLifetime(folder) {} }
        // The same files, imported one by one in the other order, into a second database.
        let second = try KnowledgeBase(path: folder.file("second.sqlite"), mode: .createIfMissing)
        for name in ["blast.yaml", "threat.yaml", "blast.txt", "threat.txt"] {
            _ = try Importer(kb: second).run(ImportItem.collect([folder.file("in/" + name)]).items, options: ImportOptions())
        }
        var options = Exporter.Options()
        options.stable = true
        for format in [Exporter.Format.jsonl, .json, .csv] {
            #expect(try Exporter(kb: kb).export(format, options: options) == Exporter(kb: second).export(format, options: options), "\(format)")
        }
        // Without --stable, ids and timestamps are there.
        #expect(try Exporter(kb: kb).export(.jsonl).contains("\"imported_at\""))
        #expect(!(try Exporter(kb: kb).export(.jsonl, options: options)).contains("\"imported_at\""))
        // Every JSON line parses.
        for line in try Exporter(kb: kb).export(.jsonl, options: options).split(separator: "\n") {
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(line.utf8)) }
        }
    }

    @Test("graphml is well-formed XML and dot is a digraph with every edge's ends declared")
    func networkExports() throws {
        let (folder, kb) = try QueryLayerTests.fixture()
        defer { withExtendedLifetime(folder) {} }
        let graphml = try Exporter(kb: kb).export(.graphml)
        let parser = XMLParser(data: Data(graphml.utf8))
        #expect(parser.parse(), "graphml does not parse: \(String(describing: parser.parserError))")
        #expect(graphml.contains("<edge") && graphml.contains("<node id=\"kim-yo-jong\""))
        let dot = try Exporter(kb: kb).export(.dot)
        #expect(dot.hasPrefix("digraph kb {") && dot.hasSuffix("}"))
        let declared = Set(dot.split(separator: "\n").filter { $0.contains("[label=") && !$0.contains("->") }
            .map { String($0.trimmingCharacters(in: .whitespaces).split(separator: " ")[0]) })
        for edge in dot.split(separator: "\n") where edge.contains("->") {
            let parts = edge.trimmingCharacters(in: .whitespaces).components(separatedBy: " -> ")
            #expect(declared.contains(parts[0]), "undeclared node \(parts[0])")
            #expect(declared.contains(String(parts[1].split(separator: " ")[0])), "undeclared node in \(edge)")
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
            let file = folder.file("g.dot")
            try Data(dot.utf8).write(to: URL(fileURLWithPath: file))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
            process.arguments = ["-Tsvg", file, "-o", folder.file("g.svg")]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
    }

    @Test("show lists an event's sources with article_id, start, end, sentence and text; actors and places resolve aliases")
    func show() throws {
        let (folder, kb) = try QueryLayerTests.fixture()
        defer { withExtendedLifetime(folder) {} }
        let blast = try #require(try Questions(kb: kb).timeline(root: "17").rows.first?.first)
        guard case .integer(let id) = blast else { Issue.record("no id"); return }
        let event = try Profile(kb: kb).show(.event, String(id))
        guard case .array(let sources)? = event.first(where: { $0.0 == "sources" })?.1, case .object(let first)? = sources.first else {
            Issue.record("no sources")
            return
        }
        #expect(first.map(\.0).prefix(5) == ["article_id", "start", "end", "sentence", "text"])
        #expect(first.first { $0.0 == "text" }.map { SQLValue(jsonValue: $0.1) } == .text("North Korea blew up the liaison office in Kaesong"))
        let actor = try Profile(kb: kb).show(.actor, "DPRK")
        #expect(actor.first { $0.0 == "id" }.map { SQLValue(jsonValue: $0.1) } == .text("north-korea"))
        let place = try Profile(kb: kb).show(.place, "Gaeseong")
        #expect(place.first { $0.0 == "id" }.map { SQLValue(jsonValue: $0.1) } == .text("kaesong"))
        #expect { try Profile(kb: kb).show(.quote, "not-a-number") } throws: { ($0 as? QueryError)?.code == .usage }
        #expect { try Profile(kb: kb).show(.event, "999999") } throws: { ($0 as? QueryError)?.code == .notFound }
        let json = try KBRun.run(["show", "event", String(id), "--db", folder.file("kb.sqlite"), "--format", "json"]).json()
        #expect(json["ok"] as? Bool == true)
        #expect((json["sources"] as? [[String: Any]])?.first?["text"] as? String == "North Korea blew up the liaison office in Kaesong")
    }
}

extension SQLValue {
    init(jsonValue: JSONValue) {
        switch jsonValue {
        case .int(let i): self = .integer(i)
        case .double(let d): self = .real(d)
        case .string(let s): self = .text(s)
        default: self = .null
        }
    }
}

@Suite("Canned queries on extracted facts", .serialized)
struct ExtractedFactsQueryTests {
    @Test("threats and contradictions work on facts that came from extraction, not only curated ones")
    func extractedThreatsAndContradictions() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Kim Yo Jong warns Seoul\n\nJune 13, 2020\n\nKim Yo Jong threatened to destroy the liaison office in Kaesong.\n\nSource:https://example.org/x/a\n")
        try folder.write("b.txt", "North Korea blows up office\n\nJune 16, 2020\n\nNorth Korea blew up the liaison office in Kaesong on Tuesday.\n\nSource:https://example.org/x/b\n")
        try folder.write("c.txt", "Seoul warns\n\nJune 20, 2020\n\nSouth Korea threatened to cut off the hotline with North Korea.\n\nSource:https://example.org/x/c\n")
        try folder.write("d.txt", "Office history\n\nMay 1, 2021\n\nNorth Korea and South Korea opened the liaison office in Kaesong in 2018.\n\nSource:https://example.org/x/d\n")
        try folder.write("e.txt", "Office history, again\n\nMay 2, 2021\n\nNorth Korea and South Korea opened the liaison office in Kaesong in 2003.\n\nSource:https://example.org/x/e\n")
        let kb = try KnowledgeBase(path: folder.file("kb.sqlite"), mode: .createIfMissing)
        var options = ImportOptions()
        options.curated = false
        let summary = try Importer(kb: kb).run(ImportItem.collect([folder.path]).items, options: options)
        #expect(summary.new == 5, "\(summary.failed)")
        let q = Questions(kb: kb)
        let threats = try q.threats()
        let kim = try #require(threats.rows.first { $0[2] == .text("kim-yo-jong") }, "no extracted threat by Kim Yo Jong: \(threats.rows)")
        #expect(kim[4] == .text("1712"))
        #expect(kim[6] == .text("2020-06-16"))
        #expect(kim[7] == .integer(3))
        #expect(kim[8] == .integer(1))
        let seoul = try #require(threats.rows.first { $0[2] == .text("south-korea") }, "no extracted threat by South Korea")
        #expect(seoul[8] == .integer(0), "an unrelated threat must not be linked")
        let contradictions = try q.contradictions()
        #expect(contradictions.rows.count == 1)
        #expect(contradictions.rows.first?[2] == .text("2018 | 2003"))
        #expect(try kb.check().ok)
    }
}

@Suite("Charts", .serialized)
struct ChartTests {
    /// Counts the distinct colours of a PNG (8-bit RGB or RGBA, as rsvg-convert writes)
    /// with Python's standard library, which every machine here has.
    static func distinctColours(_ png: String) throws -> Int {
        let script = """
            import struct, sys, zlib
            data = open(sys.argv[1], 'rb').read()
            pos, idat, w, h, ct = 8, b'', 0, 0, 6
            while pos < len(data):
                n, kind = struct.unpack('>I4s', data[pos:pos+8]); body = data[pos+8:pos+8+n]; pos += 12 + n
                if kind == b'IHDR': w, h, depth, ct = struct.unpack('>IIBB', body[:10])
                if kind == b'IDAT': idat += body
            raw = zlib.decompress(idat); bpp = 4 if ct == 6 else 3; stride = w * bpp
            prev = bytearray(stride); colours = set()
            for y in range(h):
                f = raw[y*(stride+1)]; line = bytearray(raw[y*(stride+1)+1:(y+1)*(stride+1)])
                for i in range(stride):
                    a = line[i-bpp] if i >= bpp else 0; b = prev[i]; c = prev[i-bpp] if i >= bpp else 0
                    if f == 1: line[i] = (line[i] + a) & 255
                    elif f == 2: line[i] = (line[i] + b) & 255
                    elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
                    elif f == 4:
                        p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                        line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                for x in range(0, stride, bpp * 7): colours.add(bytes(line[x:x+bpp]))
                prev = line
            print(len(colours))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, png]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        process.waitUntilExit()
        return Int(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    @Test("both charts have a title, axis labels, a legend, the zero line and a mark per point, and render to a PNG that is not flat",
          arguments: ["relations-index", "timeline"])
    func chart(kind: String) throws {
        let (folder, _) = try QueryLayerTests.fixture()
        defer { withExtendedLifetime(folder) {} }
        let svgPath = folder.file("\(kind).svg")
        let run = try KBRun.run(["chart", kind, "--db", folder.file("kb.sqlite"), "--out", svgPath])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try String(contentsOfFile: svgPath, encoding: .utf8)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("class=\"title\""))
        #expect(svg.contains("class=\"x-label\"") && svg.contains("class=\"y-label\""))
        #expect(svg.contains("class=\"x-tick\"") && svg.contains(">2020<"))
        #expect(svg.contains("class=\"y-tick\"") && svg.contains(">-10<") && svg.contains(">10<"))
        #expect(svg.contains("class=\"zero-line\""))
        #expect(svg.contains("class=\"legend\""))
        let marks = svg.components(separatedBy: "class=\"mark\"").count - 1
        // The fixture: 3 periods with asserted North-South events; 5 dated events.
        #expect(marks == (kind == "timeline" ? 5 : 3), "\(marks) marks")
        #expect(svg.contains("class=\"mark-label\""))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "the SVG is not well-formed XML")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert") else {
            print("skipped the PNG check: rsvg-convert is not installed (apt-get install librsvg2-bin; CI installs it)")
            return
        }
        let png = folder.file("\(kind).png")
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: "/usr/bin/rsvg-convert")
        convert.arguments = [svgPath, "-o", png]
        try convert.run()
        convert.waitUntilExit()
        #expect(convert.terminationStatus == 0)
        #expect(try Self.distinctColours(png) > 3, "the PNG is (nearly) one flat colour")
    }
}
