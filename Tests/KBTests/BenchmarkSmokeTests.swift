import Foundation
import Testing
import KBQuery

/// SPEC section 9: the benchmark command works. `Benchmarks/run --smoke` runs
/// every part of the benchmark on tiny sizes (100 articles, 10,000 events)
/// against the binaries of this build; the test checks that each section of
/// its JSON report is there with figures, never how fast anything was
/// (benchmarks are not timed tests).
@Suite("Benchmark smoke run", .serialized)
struct BenchmarkSmokeTests {
    static let script = Repo.root.appendingPathComponent("Benchmarks/run").path
    static let corpusScript = Repo.shared.appendingPathComponent("bench/make_corpus.py").path

    static func number(_ object: [String: Any]?, _ key: String) -> Double? {
        (object?[key] as? NSNumber)?.doubleValue
    }

    @Test("Benchmarks/run --smoke --json reports import, floor, extraction, every canned query, ad-hoc SQL, start-up and scaling")
    func smoke() throws {
        guard FileManager.default.fileExists(atPath: Self.corpusScript) else {
            print("skipped: ../shared/bench/make_corpus.py is absent (it exists in CI, not in a user's clone)")
            return
        }
        let binDir = URL(fileURLWithPath: KBRun.binary).deletingLastPathComponent().path
        let run = try KBRun.run(["python3", Self.script, "--smoke", "--json", "--bin-dir", binDir],
                                cwd: Repo.root.path, executable: "/usr/bin/env")
        try #require(run.status == 0, "Benchmarks/run failed: \(run.stderr.suffix(2000))")
        let report = try run.json()

        let imp = report["import"] as? [String: Any]
        #expect(Self.number(imp, "articles") == 100)
        for key in ["median_s", "articles_per_s", "mb_per_s", "peak_rss_mb", "db_mb", "ratio", "empty_import_s"] {
            #expect((Self.number(imp, key) ?? 0) > 0, "import.\(key)")
        }
        #expect((Self.number(imp?["floor"] as? [String: Any], "mb_per_s") ?? 0) > 0, "import.floor.mb_per_s")
        #expect((Self.number(imp?["writer"] as? [String: Any], "mb_per_s") ?? 0) > 0, "import.writer.mb_per_s")

        #expect((Self.number(report["extraction"] as? [String: Any], "mb_per_s") ?? 0) > 0, "extraction.mb_per_s")

        let queries = report["queries"] as? [String: Any]
        #expect((Self.number(queries, "events") ?? 0) >= 10_000)
        let canned = queries?["canned"] as? [[String: Any]] ?? []
        let measured = Set(canned.compactMap { ($0["query"] as? String)?.split(separator: " ").first.map(String.init) })
        #expect(measured == Set(CannedQuery.bundled.map(\.name)), "every canned query is measured")
        for query in canned {
            #expect((Self.number(query, "median_ms") ?? 0) > 0, "median of \(query["query"] ?? "?")")
            #expect((Self.number(query, "p95_ms") ?? 0) > 0, "p95 of \(query["query"] ?? "?")")
            #expect(!((query["plan"] as? String) ?? "").isEmpty, "plan of \(query["query"] ?? "?")")
        }
        let adhoc = queries?["adhoc"] as? [[String: Any]] ?? []
        #expect(!adhoc.isEmpty)
        for sql in adhoc {
            for key in ["sqlite3_ms", "kb_query_ms", "ratio"] {
                #expect((Self.number(sql, key) ?? 0) > 0, "ad-hoc \(key) of \(sql["sql"] ?? "?")")
            }
        }

        let startup = report["startup"] as? [String: Any]
        for key in ["ask_timeline_ms", "query_select1_ms", "sqlite3_select1_ms"] {
            #expect((Self.number(startup, key) ?? 0) > 0, "startup.\(key)")
        }

        let scaling = report["scaling"] as? [[String: Any]] ?? []
        #expect(scaling.compactMap { Self.number($0, "articles") } == [25, 50, 100])
        for row in scaling {
            for key in ["import_s", "articles_per_s", "db_mb", "peak_rss_mb"] {
                #expect((Self.number(row, key) ?? 0) > 0, "scaling \(row["articles"] ?? "?"): \(key)")
            }
        }

        let targets = report["targets"] as? [String: Any] ?? [:]
        #expect(Set(targets.keys) == ["import_floor_ratio", "extraction_mb_per_s", "canned_query_median_ms", "kb_query_shell_ratio",
                                      "kb_query_shell_ratio_printing", "startup_ms", "import_peak_rss_mb", "scaling_per_article_growth"])
    }
}
