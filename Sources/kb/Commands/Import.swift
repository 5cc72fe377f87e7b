import ArgumentParser
import KBQuery
import Foundation
import KBExtraction
import KBStorage

extension KB {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import articles, curated annotations and gazetteer files (folders recursively).",
            discussion: """
                With no PATH, loads the bundled Seeds. Each article is stored whole or not at all; importing the \
                same article twice changes nothing; a changed article with the same source URL replaces the old one. \
                Bad files are reported as `kb: PATH: REASON` and the rest still import; the exit status is 1 when \
                any file failed.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("Article .txt files, annotation or gazetteer .yaml files, or folders.", valueName: "path"))
        var paths: [String] = []

        @Option(help: ArgumentHelp("Summary format.", valueName: "table|json"))
        var format: ObjectFormat = .table

        @Flag(help: "Commit each article on its own with synchronous=FULL (slower; survives a power cut).")
        var durable = false

        @Flag(name: .customLong("dry-run"), help: "Do everything and report it, but store nothing.")
        var dryRun = false

        @Flag(help: "Redo articles whose facts came from an older extractor version.")
        var reextract = false

        @Flag(name: .customLong("no-curated"), help: "Store extraction alone, without curated annotations.")
        var noCurated = false

        @Flag(name: .shortAndLong, help: "Print nothing on stdout.")
        var quiet = false

        @Option(name: .customLong("max-bytes"), help: ArgumentHelp("Size cap per file in bytes.", valueName: "n"))
        var maxBytes: Int = ArticleParser.defaultMaxBytes

        func validate() throws {
            guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        }

        func run() throws {
            try CLI.run(json: format == .json) { try execute() }
        }

        private func execute() throws {
                var options = ImportOptions()
                options.durable = durable
                options.dryRun = dryRun
                options.reextract = reextract
                options.curated = !noCurated
                options.maxBytes = maxBytes

                let items: [ImportItem]
                var failures: [(path: String, reason: String)] = []
                if paths.isEmpty {
                    items = ImportItem.bundledSeeds()
                } else {
                    (items, failures) = ImportItem.collect(paths)
                }
                let kb: KnowledgeBase
                if dryRun, !FileManager.default.fileExists(atPath: database.resolved.path) {
                    kb = try DryRunDatabase.open()
                } else {
                    kb = try database.openForWriting(durable: durable)
                }
                let showProgress = Terminal.stderrIsTerminal && !quiet && items.count >= 20
                let progress: Importer.Progress? = showProgress ? { @Sendable done, total in Terminal.progress(done, total, label: "articles") } : nil
                var summary = try Importer(kb: kb).run(items, options: options, progress: progress)
                summary.failed = failures.map { ImportSummary.Failure(path: $0.path, reason: $0.reason) } + summary.failed
                for failure in summary.failed { Terminal.error("kb: \(failure.path): \(failure.reason)") }
                for warning in summary.warnings where !quiet { Terminal.error("kb: warning: \(warning.path): \(warning.warning)") }
                if !quiet {
                    switch format {
                    case .json: Terminal.out(try JSONWriter.encode(summary, pretty: false))
                    case .table: Terminal.out(Self.text(summary, path: kb.path, curated: !noCurated))
                    }
                }
                if !summary.failed.isEmpty { throw ExitCode(1) }
        }

        static func text(_ s: ImportSummary, path: String, curated: Bool = true) -> String {
            var lines = ["\(s.dryRun ? "dry run (nothing stored): " : "")\(path): \(s.new) new, \(s.updated) updated, \(s.unchanged) unchanged, \(s.failed.count) failed"]
            lines.append("facts added: \(s.facts.events) events, \(s.facts.quotes) quotes, \(s.facts.actors) new actors, \(s.facts.mentions) mentions")
            if !curated, s.annotations.stored + s.annotations.waiting > 0 {
                // With --no-curated nothing is applied, so "waiting" would be wrong for
                // annotations whose article was imported in this very run.
                lines.append("annotations: \(s.annotations.stored) stored, none applied (--no-curated)")
            } else if s.annotations.stored + s.annotations.applied + s.annotations.waiting > 0 {
                lines.append("annotations: \(s.annotations.stored) stored, \(s.annotations.applied) applied, \(s.annotations.waiting) waiting for their article")
            }
            return lines.joined(separator: "\n")
        }
    }
}

/// A throwaway database for `--dry-run` when no database exists yet, so a dry
/// run never creates the file it was pointed at.
enum DryRunDatabase {
    static func open() throws -> KnowledgeBase {
        let path = NSTemporaryDirectory() + "kb-dry-run-\(ProcessInfo.processInfo.processIdentifier).sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        atexit {
            let path = NSTemporaryDirectory() + "kb-dry-run-\(ProcessInfo.processInfo.processIdentifier).sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        return try KnowledgeBase(path: path, mode: .createIfMissing)
    }
}
