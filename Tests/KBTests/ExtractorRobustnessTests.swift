import Foundation
import Testing
@testable import KBExtraction

/// Random and adversarial text through the parser and the extractor: no
/// crash, no hang, and every span the extractor returns lies inside the text
/// it was given. A hang is caught by the suite's time limit (minutes, far above
/// any healthy run): no test here times the extractor, which a loaded machine
/// would make flaky; speed is measured in the benchmarks.
@Suite("Extractor robustness", .timeLimit(.minutes(10)))
struct ExtractorRobustnessTests {
    /// A deterministic generator, so a failure reproduces.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = ["North Korea", "Kim Yo Jong", "said", "\u{201C}", "\u{201D}", "\"", "'", "’s", ", ", ". ", "\n\n",
                         "threatened to destroy", "the office", "blew up", "the ministry", "She", "It said", "in", "Kaesong",
                         "Source:https://example.org/x", "June 16, 2020", "Minister Cho Myoung-gyon", "the North", "(", ")",
                         "Seoul", "Pyongyang", "and", "the demolition", "by", "was", "Kim", "according to", ":", "-", "—", "남북",
                         "Advertisement", "on Tuesday", "in 2018", "U.S.", "N. Korea", "Committee", "of", "the", " "]

    @Test("random compositions of the field's words never crash, hang or return a span outside the text")
    func randomCompositions() throws {
        let extractor = Extractor(gazetteer: try Gazetteer.bundled.get())
        var rng = SplitMix(state: 20261124)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 1...120, using: &rng) {
                text += Self.pieces.randomElement(using: &rng)!
                if Bool.random(using: &rng) { text += " " }
            }
            try check(text, extractor)
        }
    }

    @Test("adversarial shapes: thousands of quote marks, one huge line, deep repetition, lone marks")
    func adversarial() throws {
        let extractor = Extractor(gazetteer: try Gazetteer.bundled.get())
        let inputs = [
            "Title\n\n" + String(repeating: "\"", count: 5000),
            "Title\n\n" + String(repeating: "\u{201C}a\u{201D} ", count: 2000),
            "Title\n\n" + String(repeating: "Kim Kim Kim said \u{201C}x ", count: 1000),
            "Title\n\n" + String(repeating: "North Korea blew up the office, ", count: 3000) + ".",
            "Title\n\n" + String(repeating: ", ", count: 5000) + "she said",
            "Title\n\n" + String(repeating: "the the the ", count: 3000),
            "Title\n\n'" + String(repeating: "it's ", count: 3000),
            "Title\n\n" + String(repeating: "The ministry called it \u{201C}a grave provocation\u{201D} and said, ", count: 2000) + ".",
            "Title\n\n" + String(repeating: "Kim Jong Un met Kim Yo Jong and Kim said ", count: 2000) + ".",
            // The rules of this session that look back: "him", relative dates, objects that refer back, subject nouns.
            "Title\n\n" + String(repeating: "Moon Jae-in met Kim Jong Un, who greeted him and ", count: 2000) + "left.",
            "Title\n\nJune 12, 2020\n\n" + String(repeating: "Two days later, the United States condemned the demolition. ", count: 2000),
            "Title\n\n" + String(repeating: "the talks between North Korea and South Korea ", count: 2000) + "collapsed.",
            "Title\n\n" + String(repeating: "\u{201C}x. \"y ", count: 2000),
        ]
        for text in inputs { try check(text, extractor) }
    }

    @Test("every input the fuzzer ever found (Fuzz/crashes) goes through without a crash or a hang")
    func fuzzRegressions() throws {
        let extractor = Extractor(gazetteer: try Gazetteer.bundled.get())
        // The fuzzer's findings, and with them the hostile corpus, which holds the shapes fuzzing starts from.
        var files: [URL] = []
        for dir in ["Fuzz/crashes", "Tests/KBTests/Fixtures/hostile"] {
            let folder = Repo.root.appendingPathComponent(dir)
            files += ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { !$0.hasSuffix(".md") && !$0.hasSuffix(".tsv") && !$0.hasSuffix(".py") }.sorted()
                .map { folder.appendingPathComponent($0) }
        }
        #expect(files.count >= 100, "the replay found only \(files.count) files")
        for file in files {
            let bytes = Array(try Data(contentsOf: file))
            if let parsed = try? ArticleParser().parse(bytes) {
                _ = extractor.extract(parsed)
            }
        }
        print("fuzz regressions replayed: \(files.count)")
    }

    func check(_ text: String, _ extractor: Extractor) throws {
        guard let parsed = try? ArticleParser().parse(text: text) else { return }
        let x = extractor.extract(parsed)
        let count = parsed.body.unicodeScalars.count
        let spans = x.actors.flatMap(\.mentions).map { ($0.start, $0.end) } + x.places.flatMap(\.mentions).map { ($0.start, $0.end) }
            + x.quotes.compactMap { q in q.start.flatMap { s in q.end.map { (s, $0) } } }
            + x.events.compactMap { e in e.start.flatMap { s in e.end.map { (s, $0) } } }
        for (start, end) in spans {
            #expect(0 <= start && start <= end && end <= count, "span \(start)..<\(end) outside a text of \(count)")
        }
    }
}
