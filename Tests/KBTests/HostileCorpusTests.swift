import Foundation
import Testing
@testable import KBStorage

/// SPEC sections 4 and 10: a corpus of 100+ hostile files (Tests/KBTests/Fixtures/hostile,
/// made by make_hostile.py, expected outcomes in expected.tsv) plus the files too big
/// to commit, made here: each gets its expected outcome, nothing crashes or hangs,
/// the rest of the batch imports, and the database stays whole.
@Suite("Hostile input corpus", .serialized)
struct HostileCorpusTests {
    static let folder = Repo.root.appendingPathComponent("Tests/KBTests/Fixtures/hostile")

    struct Expectation {
        let file: String
        let outcome: String
        let detail: String
    }

    static func expectations() throws -> [Expectation] {
        let text = try String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Expectation(file: fields[0], outcome: fields[1], detail: fields.count > 2 ? fields[2] : "")
        }
    }

    @Test("every hostile file gets its expected outcome in one batch, and the database passes kb check", .timeLimit(.minutes(10)))
    func corpus() throws {
        let expected = try Self.expectations()
        #expect(expected.count >= 100)
        let temp = try TemporaryFolder()
        // Made at test time, not committed: a file over the size cap, a multi-megabyte line
        // under it, and YAML over its cap.
        let cap = 10 * 1024 * 1024
        let extra: [(String, Int, String, String)] = [
            ("over-cap.txt", cap + 1, "rejected", "size cap"),
            ("long-line.txt", 3 * 1024 * 1024, "imported", ""),
            ("yaml-over-cap.yaml", 5 * 1024 * 1024, "rejected", "cap"),
        ]
        for (name, size, _, _) in extra {
            var text: String
            if name.hasSuffix(".yaml") {
                text = "kb: annotation/1\narticle:\n  source_url: https://example.org/big\n# " + String(repeating: "x", count: size) + "\n"
            } else {
                // Plain prose without names: the point is the length of the line, not the facts in it.
                text = "Headline\n\n" + String(repeating: "nothing of note happened along the quiet road today and ", count: size / 56 + 1)
            }
            try temp.write(name, String(text.prefix(size)).appending(name == "long-line.txt" ? "\n\nSource:https://example.org/long\n" : ""))
        }
        let kb = try KnowledgeBase(path: temp.file("kb.sqlite"), mode: .createIfMissing)
        let started = Date()
        let (items, collectFailures) = ImportItem.collect([Self.folder.path] + extra.map { temp.file($0.0) })
        var summary = try Importer(kb: kb).run(items, options: ImportOptions())
        summary.failed = collectFailures.map { .init(path: $0.path, reason: $0.reason) } + summary.failed
        // (Timed for the log only: a hang is caught by the test's time limit, not by a timed expectation.)
        let elapsed = Date().timeIntervalSince(started)
        let failures = Dictionary(summary.failed.map { (($0.path as NSString).lastPathComponent, $0.reason) }, uniquingKeysWith: { a, _ in a })
        let warnings = Dictionary(grouping: summary.warnings, by: { ($0.path as NSString).lastPathComponent })
        let all = expected + extra.map { Expectation(file: $0.0, outcome: $0.2, detail: $0.3) }
        for e in all {
            switch e.outcome {
            case "rejected":
                let reason = failures[e.file]
                #expect(reason != nil, "\(e.file) should be rejected (\(e.detail))")
                #expect(reason?.localizedCaseInsensitiveContains(e.detail) == true, "\(e.file): \(reason ?? "imported")")
            case "warned":
                #expect(failures[e.file] == nil, "\(e.file) failed: \(failures[e.file] ?? "")")
                #expect(warnings[e.file]?.contains { $0.warning.hasPrefix(e.detail) } == true, "\(e.file): warnings \(warnings[e.file]?.map(\.warning) ?? [])")
            default:
                #expect(failures[e.file] == nil, "\(e.file) failed: \(failures[e.file] ?? "")")
            }
        }
        let articlesExpected = all.filter { $0.outcome != "rejected" && !$0.file.hasSuffix(".yaml") }.count
        #expect(summary.new == articlesExpected, "new \(summary.new), expected \(articlesExpected)")
        #expect(try kb.check().ok)
        print("hostile corpus: \(all.count) files, \(summary.failed.count) rejected, \(summary.new) imported, in \(String(format: "%.1f", elapsed)) s")
    }
}
