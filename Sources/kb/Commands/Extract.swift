import ArgumentParser
import KBQuery
import Foundation
import KBExtraction
import KBStorage

extension KB {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Show what import would store for article files, storing nothing.",
            discussion: "Prints one JSON object per file (an array for several). Curated annotations bundled with kb, or given as .yaml files here, apply unless --no-curated.")

        @Argument(help: ArgumentHelp("Article files (and optionally annotation .yaml files).", valueName: "file"))
        var files: [String]

        @Option(help: ArgumentHelp("Output format.", valueName: "json|table"))
        var format: ObjectFormat = .json

        @Flag(name: .customLong("no-curated"), help: "Extraction alone, without curated annotations.")
        var noCurated = false

        @Option(name: .customLong("max-bytes"), help: ArgumentHelp("Size cap per file in bytes.", valueName: "n"))
        var maxBytes: Int = ArticleParser.defaultMaxBytes

        func run() throws {
            try CLI.run(json: format == .json) {
                let preview = try ExtractionPreview(curated: !noCurated, maxBytes: maxBytes)
                var results: [ExtractedArticle] = []
                var failed = false
                let (items, failures) = ImportItem.collect(files)
                for failure in failures {
                    Terminal.error("kb: \(failure.path): \(failure.reason)")
                    failed = true
                }
                try preview.addAnnotations(items.filter { $0.kind == .annotation })
                for item in items where item.kind == .article {
                    do {
                        results.append(try preview.extract(item))
                    } catch {
                        let e = CLIError.from(error)
                        Terminal.error("kb: \(item.path): \(e.reason)")
                        failed = true
                    }
                }
                switch format {
                case .json:
                    if results.count == 1, files.count == 1 {
                        Terminal.out(try JSONWriter.encode(results[0]))
                    } else if !results.isEmpty || !failed {
                        Terminal.out(try JSONWriter.encode(results))
                    }
                case .table:
                    for r in results { Terminal.out(ExtractTable.render(r)) }
                }
                if failed { throw ExitCode(1) }
            }
        }
    }
}

/// A plain-text view of extraction for people.
enum ExtractTable {
    static func render(_ x: ExtractedArticle) -> String {
        var lines = ["\(x.article.title)", "  source: \(x.article.sourceURL ?? "unknown")  published: \(x.article.published ?? "unknown")"]
        for w in x.article.warnings { lines.append("  warning: \(w)") }
        lines.append("actors (\(x.actors.count)):")
        for a in x.actors { lines.append("  \(a.id)  \(a.name)  [\(a.kind)\(a.country.map { ", \($0)" } ?? "")]  \(a.mentions.count) mention(s), \(a.origin)") }
        lines.append("places (\(x.places.count)):")
        for p in x.places { lines.append("  \(p.id)  \(p.name)  [\(p.kind)]  \(p.mentions.count) mention(s)") }
        lines.append("quotes (\(x.quotes.count)):")
        for q in x.quotes { lines.append("  \"\(q.text)\" — \(q.speaker ?? "unknown speaker") (\(q.cue ?? "no cue"), \(q.origin))") }
        lines.append("events (\(x.events.count)):")
        for e in x.events {
            lines.append("  \(e.date ?? "undated")  \(e.code)  \(e.source ?? "?") -> \(e.target ?? "?")\(e.place.map { " at \($0)" } ?? "")  \(e.modality)\(e.threatened.map { " (threatened \($0))" } ?? "")  \(e.origin)")
        }
        return lines.joined(separator: "\n")
    }
}
