import ArgumentParser
import KBQuery

extension KB {
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "query",
            abstract: "Run read-only SQL against the database.",
            discussion: """
                The SQL cannot change the database or write any file: it runs on a read-only connection with \
                PRAGMA query_only and an authorizer that allows reading only. Parameters are bound, never spliced: \
                write :name in the SQL and give -p name=VALUE. Give - to read the SQL from standard input.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("One SQL statement, or - for standard input.", valueName: "sql"))
        var sql: String

        @Option(name: .customShort("p"), help: ArgumentHelp("A named parameter, bound to :NAME.", valueName: "NAME=VALUE"))
        var parameters: [String] = []

        @Option(help: ArgumentHelp("Output format.", valueName: "table|json|jsonl|csv|tsv|markdown"))
        var format: OutputFormat = .table

        @Option(name: .customLong("timeout-ms"), help: ArgumentHelp("Time limit in milliseconds (0: none).", valueName: "ms"))
        var timeoutMs: Int = 1000

        @Option(help: ArgumentHelp("Row cap.", valueName: "n"))
        var limit: Int = 1000

        @Flag(help: "No row cap.")
        var all = false

        func validate() throws {
            guard timeoutMs >= 0 else { throw ValidationError("--timeout-ms must be 0 or more") }
            guard limit > 0 else { throw ValidationError("--limit must be positive") }
            for p in parameters where !p.contains("=") || p.hasPrefix("=") {
                throw ValidationError("-p expects NAME=VALUE, got \(p)")
            }
        }

        func run() throws {
            try CLI.run(json: format == .json) {
                let text = sql == "-" ? Terminal.readStandardInput() : sql
                var options = ReadOnlySQL.Options()
                options.timeoutMilliseconds = timeoutMs
                options.rowLimit = all ? nil : limit
                for p in parameters {
                    let name = String(p.prefix { $0 != "=" })
                    options.parameters[name] = String(p.dropFirst(name.count + 1))
                }
                let kb = try database.openForReading()
                let runner = try ReadOnlySQL(path: kb.path)
                let result = try runner.run(text, options: options)
                Terminal.out(RowRenderer.render(result, as: format))
                if result.truncated, format != .table, format != .json {
                    Terminal.error("kb: query: output truncated at \(limit) rows (raise it with --limit N or --all)")
                }
            }
        }
    }
}
