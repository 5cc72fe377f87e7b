import ArgumentParser
import KBQuery
import KBStorage

extension KB {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: "Counts of articles and facts, and versions.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Output format.", valueName: "table|json"))
        var format: ObjectFormat = .table

        func run() throws {
            try CLI.run(json: format == .json) {
                let kb = try database.openForReading()
                let s = try kb.stats()
                switch format {
                case .json:
                    Terminal.out(try JSONWriter.encode(s, pretty: false))
                case .table:
                    Terminal.out("""
                        database           \(kb.path)
                        articles           \(s.articles)
                        actors             \(s.actors)
                        places             \(s.places)
                        events             \(s.events)\(s.firstEventDate.map { " (\($0) to \(s.lastEventDate ?? "?"))" } ?? "")
                        quotes             \(s.quotes)
                        provenance rows    \(s.provenance)
                        waiting annotations \(s.annotationsWaiting)
                        schema version     \(s.schemaVersion)
                        sqlite             \(s.sqliteVersion)\(s.fts5 ? " with FTS5" : " (no FTS5)")
                        extractor          \(s.extractorVersion)
                        """)
                }
            }
        }
    }
}
