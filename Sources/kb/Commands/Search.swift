import ArgumentParser
import KBQuery

extension KB {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Full-text search over articles and quotes, ranked, with snippets.",
            discussion: "Words are matched as given (punctuation is ignored); --raw passes FTS5 syntax through: \"liaison office\" NEAR(kim yo), kaes*, title:summit.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("What to look for.", valueName: "text"))
        var text: [String]

        @Flag(help: "Use FTS5 query syntax as written.")
        var raw = false

        @Option(help: ArgumentHelp("Only articles mentioning this actor, and quotes by it (id or alias).", valueName: "actor"))
        var actor: String?

        @Option(help: ArgumentHelp("First date, YYYY[-MM[-DD]].", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("Last date, YYYY[-MM[-DD]].", valueName: "date"))
        var to: String?

        @Option(help: ArgumentHelp("Most results.", valueName: "n"))
        var limit: Int = 50

        @Option(help: ArgumentHelp("Output format.", valueName: "table|json|jsonl|csv|tsv|markdown"))
        var format: OutputFormat = .table

        func run() throws {
            try CLI.run(json: format == .json) {
                var options = FullTextSearch.Options()
                options.raw = raw
                options.actor = actor
                options.from = from
                options.to = to
                options.limit = limit
                let kb = try database.openForReading()
                let result = try FullTextSearch(kb: kb).search(text.joined(separator: " "), options: options)
                Terminal.out(RowRenderer.render(result, as: format))
            }
        }
    }
}
