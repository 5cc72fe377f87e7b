import ArgumentParser
import KBQuery
import KBStorage

extension KB {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check that the database is whole and consistent; exit 1 when it is not.",
            discussion: "Runs PRAGMA integrity_check and foreign_key_check, looks for incomplete articles, provenance spans that no longer match their text, and facts no article supports.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Output format.", valueName: "table|json"))
        var format: ObjectFormat = .table

        func run() throws {
            try CLI.run(json: format == .json) {
                let kb = try database.openForReading()
                let report = try kb.check()
                switch format {
                case .json:
                    Terminal.out(try JSONWriter.encode(report, pretty: false))
                case .table:
                    Terminal.out("""
                        \(kb.path): \(report.ok ? "ok" : "PROBLEMS FOUND")
                        integrity              \(report.integrity.joined(separator: "; "))
                        foreign key problems   \(report.foreignKeys.count)
                        incomplete articles    \(report.incompleteArticles.count)
                        provenance mismatches  \(report.provenanceMismatches)
                        unsupported facts      \(report.orphanFacts)
                        summary mismatches     \(report.summaryMismatches)
                        """)
                }
                if !report.ok {
                    if format == .table { Terminal.error("kb: \(kb.path): check failed") }
                    throw ExitCode(1)
                }
            }
        }
    }
}
