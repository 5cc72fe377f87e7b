import ArgumentParser
import KBExtraction

/// `kb`: a knowledge base of inter-Korean relations. The root command holds
/// configuration only; each subcommand lives in its own file.
@main
struct KB: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Build and question a SQLite knowledge base of inter-Korean relations from news articles.",
        discussion: """
            The database is kb.sqlite in the current folder unless --db or $KB_DB says otherwise. A read \
            command run at that default location with no database yet builds one from the bundled Seeds first.
            Exit status: 0 success, 1 failure, 64 usage error.
            """,
        version: "kb \(version) (extractor \(Extractor.version))",
        subcommands: [Import.self, Extract.self, Ask.self, Query.self, Search.self, Show.self, Export.self, Chart.self, Stats.self, Check.self, Schema.self, Remove.self])
}
