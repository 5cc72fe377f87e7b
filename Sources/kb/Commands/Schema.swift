import ArgumentParser
import KBStorage

extension KB {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print the database schema: tables, indexes and views (event_view, quote_view, provenance_check, ...).")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try CLI.run(json: false) {
                let kb = try database.openForReading()
                let items = try kb.schemaSQL()
                var out: [String] = ["-- kb schema version \(try kb.schemaVersion())"]
                for kind in ["table", "view", "index", "trigger"] {
                    for item in items where item.type == kind { out.append(item.sql + ";") }
                }
                Terminal.out(out.joined(separator: "\n\n"))
            }
        }
    }
}
