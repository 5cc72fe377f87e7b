import Foundation
import GRDB
import KBExtraction
import KBQuery
@_spi(Benchmarks) import KBStorage

// kb-bench queries DB [--runs N] [--json]   times every canned query with typical parameters
// kb-bench extract DIR [--runs N] [--json]  extraction alone, one core, MB/s
// kb-bench write DIR [--runs N] [--json]    the import writer alone: articles extracted
//                                           beforehand, written into a fresh database
// Prints one line per measurement (or one JSON object with --json). Run by Benchmarks/run.

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: Int) -> Int {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) else { return fallback }
    return v
}
let json = arguments.contains("--json")
let runs = option("--runs", 9)

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kb-bench: \(message)\n".utf8))
    exit(1)
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

guard arguments.count >= 2 else { fail("usage: kb-bench queries DB | extract DIR | write DIR [--runs N] [--json]") }

switch arguments[0] {
case "queries":
    let kb: KnowledgeBase
    do { kb = try KnowledgeBase(path: arguments[1], mode: .mustExist, readOnly: true) } catch { fail("\(error)") }
    let runner = QueryRunner(kb: kb)
    // Typical parameters: the questions an analyst asks first.
    let cases: [(String, [String: String])] = [
        ("timeline", ["actor": "kim-yo-jong", "limit": "200"]),
        ("timeline", ["place": "kaesong", "limit": "200"]),
        ("timeline", ["from": "2020-06", "to": "2020-06", "limit": "200"]),
        ("actor", ["actor": "kim-yo-jong"]),
        ("quotes", ["speaker": "kcna", "limit": "50"]),
        ("dyad", ["a": "kim-yo-jong", "b": "moon-jae-in", "limit": "200"]),
        ("relations-index", ["period": "year"]),
        ("place", ["place": "inter-korean-liaison-office", "limit": "200"]),
        ("connections", ["from": "kim-yo-jong", "to": "moon-jae-in", "depth": "2"]),
        ("threats", ["actor": "kim-yo-jong"]),
        ("sources", ["event": "500000"]),
        ("contradictions", ["limit": "50"]),
    ]
    var results: [String] = []
    for (name, values) in cases {
        guard let query = CannedQuery.named(name) else { fail("no query \(name)") }
        var times: [Double] = []
        var rows = 0
        for _ in 0..<runs {
            let start = now()
            do { rows = try runner.run(query, values).rows.count } catch { fail("\(name): \(error)") }
            times.append(now() - start)
        }
        let plan: String = (try? kb.pool.read { db -> String in
            var arguments: [String: (any DatabaseValueConvertible)?] = [:]
            for p in query.parameters {
                let raw = values[p.name] ?? p.defaultValue
                arguments.updateValue(raw == nil || raw == "null" ? nil : raw, forKey: p.name)
            }
            let statement = try db.makeStatement(sql: "EXPLAIN QUERY PLAN " + query.sql)
            statement.arguments = StatementArguments(arguments)
            return try Row.fetchAll(statement).map { $0["detail"] as String }.joined(separator: "; ")
        }) ?? "?"
        let label = "\(name) " + values.keys.sorted().map { "\($0)=\(values[$0]!)" }.joined(separator: " ")
        let median = percentile(times, 0.5), p95 = percentile(times, 0.95)
        if json {
            results.append("{\"query\": \"\(label)\", \"median_ms\": \(String(format: "%.2f", median)), \"p95_ms\": \(String(format: "%.2f", p95)), \"rows\": \(rows), \"plan\": \"\(plan.replacingOccurrences(of: "\"", with: "'"))\"}")
        } else {
            print(String(format: "%-70@ median %8.2f ms  p95 %8.2f ms  rows %d", label as NSString, median, p95, rows))
            print("    plan: \(plan)")
        }
    }
    if json { print("[" + results.joined(separator: ",\n") + "]") }

case "extract":
    let dir = arguments[1]
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    guard !files.isEmpty else { fail("no .txt files in \(dir)") }
    let texts = files.map { Array((try? Data(contentsOf: URL(fileURLWithPath: (dir as NSString).appendingPathComponent($0)))) ?? Data()) }
    let bytes = texts.reduce(0) { $0 + $1.count }
    let gazetteer: Gazetteer
    do { gazetteer = try Gazetteer.bundled.get() } catch { fail("\(error)") }
    let extractor = Extractor(gazetteer: gazetteer)
    var rates: [Double] = []
    var facts = 0
    for _ in 0..<runs {
        let start = now()
        facts = 0
        for text in texts {
            guard let parsed = try? ArticleParser().parse(text) else { continue }
            let x = extractor.extract(parsed)
            facts += x.events.count + x.quotes.count + x.actors.count
        }
        rates.append(Double(bytes) / 1e6 / ((now() - start) / 1000))
    }
    let median = percentile(rates, 0.5)
    if json {
        print("{\"files\": \(files.count), \"bytes\": \(bytes), \"median_mb_per_s\": \(String(format: "%.2f", median)), \"facts\": \(facts)}")
    } else {
        print(String(format: "extraction: %d files, %.2f MB, median %.2f MB/s on one core (%d facts)", files.count, Double(bytes) / 1e6, median, facts))
    }

case "write":
    let dir = arguments[1]
    let (items, failures) = ImportItem.collect([dir])
    guard failures.isEmpty, !items.isEmpty else { fail("no articles in \(dir)") }
    let extracted: Importer.Extracted
    do { extracted = try Importer.extract(items) } catch { fail("\(error)") }
    let bytes = items.reduce(0) { total, item in
        total + ((try? FileManager.default.attributesOfItem(atPath: item.path)[.size] as? NSNumber)?.intValue ?? 0)
    }
    let folder = NSTemporaryDirectory() + "kb-bench-write-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var times: [Double] = []
    var written = 0
    for run in 0..<runs {
        let path = "\(folder)/write-\(run).sqlite"
        // Creating the database and its reference data is not the writer's work: outside the timing.
        let kb: KnowledgeBase
        do { kb = try KnowledgeBase(path: path, mode: .createIfMissing) } catch { fail("\(error)") }
        let start = now()
        do { written = try Importer(kb: kb).write(extracted, options: ImportOptions()).new } catch { fail("\(error)") }
        times.append(now() - start)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    let median = percentile(times, 0.5) / 1000
    if json {
        print("{\"articles\": \(written), \"bytes\": \(bytes), \"median_s\": \(String(format: "%.3f", median)), \"articles_per_s\": \(String(format: "%.1f", Double(written) / median)), \"mb_per_s\": \(String(format: "%.3f", Double(bytes) / 1e6 / median))}")
    } else {
        print(String(format: "writer alone: %d articles, %.2f MB, median %.2f s: %.1f articles/s, %.2f MB/s", written, Double(bytes) / 1e6, median, Double(written) / median, Double(bytes) / 1e6 / median))
    }

default:
    fail("unknown benchmark \(arguments[0])")
}
