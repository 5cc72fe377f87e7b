import ArgumentParser
import KBQuery

extension KB {
    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ask",
            abstract: "Ask a canned question (kb ask lists them; kb ask NAME --help shows its parameters).",
            discussion: """
                kb ask NAME [--PARAM VALUE ...] [--format table|json|jsonl|csv|tsv|markdown] [--sql] [--db PATH]
                Actor and place parameters take an id or any alias ("Pyongyang", "Kim Yo-jong", "Gaeseong").
                """)

        @Option(name: .long, help: ArgumentHelp("Database file (default: $KB_DB, else kb.sqlite here).", valueName: "path"))
        var db: String?

        @Option(name: .customLong("format"), help: ArgumentHelp("Output format.", valueName: "table|json|jsonl|csv|tsv|markdown"))
        var listFormat: OutputFormat?

        @Argument(help: ArgumentHelp("The question's name.", valueName: "name"))
        var name: String?

        @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("--PARAM VALUE pairs, --format, --sql, --db.", valueName: "options"))
        var options: [String] = []

        func run() throws {
            var values: [String: String] = [:]
            var format = listFormat ?? .table
            var showSQL = false
            var showHelp = false
            var timeout = 10_000
            var databaseFlag = db
            var i = 0
            var usage: String?
            while i < options.count {
                let option = options[i]
                guard option.hasPrefix("--") || option == "-h" else { usage = "unexpected argument \(option) (parameters are --NAME VALUE)"; break }
                let key = String(option.drop { $0 == "-" })
                if key == "sql" { showSQL = true; i += 1; continue }
                if key == "help" || key == "h" { showHelp = true; i += 1; continue }
                let parts = key.split(separator: "=", maxSplits: 1).map(String.init)
                let value: String
                if parts.count == 2 {
                    value = parts[1]
                    i += 1
                } else {
                    guard i + 1 < options.count else { usage = "--\(key) needs a value"; break }
                    value = options[i + 1]
                    i += 2
                }
                switch parts[0] {
                case "format":
                    guard let f = OutputFormat(rawValue: value) else { usage = "--format must be one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))"; break }
                    format = f
                case "db": databaseFlag = value
                case "timeout-ms":
                    guard let t = Int(value), t >= 0 else { usage = "--timeout-ms must be 0 or more"; break }
                    timeout = t
                default: values[parts[0]] = value
                }
            }
            try CLI.run(json: format == .json) {
                if let usage { throw CLIError(.usage, thing: "ask", reason: usage) }
                guard let name else {
                    Terminal.out(RowRenderer.render(Self.catalogue(), as: format))
                    return
                }
                guard let query = CannedQuery.named(name) else {
                    throw CLIError(.usage, thing: name, reason: "no such question (kb ask lists them: \(CannedQuery.bundled.map(\.name).joined(separator: ", ")))")
                }
                if showHelp {
                    Terminal.out(Self.help(query))
                    return
                }
                if showSQL {
                    Terminal.out(query.sql)
                    return
                }
                let kb = try DatabaseLocation(flag: databaseFlag).openForReading()
                let result = try QueryRunner(kb: kb).run(query, values, timeoutMilliseconds: timeout)
                Terminal.out(RowRenderer.render(result, as: format))
            }
        }

        static func catalogue() -> ResultSet {
            ResultSet(columns: ["name", "title", "parameters"], rows: CannedQuery.bundled.map { q in
                [.text(q.name), .text(q.title), .text(q.parameters.map { $0.isRequired ? "--\($0.name)" : "[--\($0.name)]" }.joined(separator: " "))]
            })
        }

        static func help(_ q: CannedQuery) -> String {
            var lines = ["kb ask \(q.name): \(q.title)", "", q.description, "", "Parameters:"]
            for p in q.parameters {
                let d = p.defaultValue.map { $0 == "null" ? " (optional)" : " (default \($0))" } ?? " (required)"
                lines.append("  --\(p.name) \(p.type.rawValue.uppercased())\(d)  \(p.help)")
            }
            lines += ["", "Also: --format table|json|jsonl|csv|tsv|markdown, --sql (print the SQL), --db PATH, --timeout-ms N (default 10000)"]
            return lines.joined(separator: "\n")
        }
    }
}
