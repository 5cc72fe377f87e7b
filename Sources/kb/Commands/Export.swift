import ArgumentParser
import Foundation
import KBQuery

extension KB {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export the knowledge base (or a date range of it), or its actor network for Gephi and Graphviz.",
            discussion: """
                json: one object with articles, actors, relations, places, events and quotes. jsonl: one record per line \
                with a "type". csv: the events with names. graphml, dot: actors as nodes, events and relations as edges \
                with counts and mean Goldstein. --stable sorts everything and leaves out row ids, timestamps and paths, \
                so databases with the same content export byte-identical.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Output format.", valueName: "json|jsonl|csv|graphml|dot"))
        var format: Exporter.Format = .json

        @Flag(help: "Sorted, without ids, timestamps or paths.")
        var stable = false

        @Option(help: ArgumentHelp("First date, YYYY[-MM[-DD]].", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("Last date, YYYY[-MM[-DD]].", valueName: "date"))
        var to: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
        var output: String?

        func run() throws {
            try CLI.run(json: false) {
                var options = Exporter.Options()
                options.stable = stable
                options.from = from
                options.to = to
                let kb = try database.openForReading()
                let text = try Exporter(kb: kb).export(format, options: options)
                if let output {
                    do {
                        try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: output))
                    } catch {
                        throw CLIError(code: "io", thing: output, reason: "cannot write: \(error.localizedDescription)")
                    }
                } else {
                    Terminal.out(text)
                }
            }
        }
    }
}

extension Exporter.Format: ExpressibleByArgument {}
