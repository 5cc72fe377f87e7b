import ArgumentParser
import KBQuery

extension KB {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Everything known about one actor, place, event, quote or article.",
            discussion: "Actors and places by id or any alias; events and quotes by id; articles by id, source URL, sha256 or exact title.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("actor, place, event, quote or article.", valueName: "kind"))
        var kind: Profile.Kind

        @Argument(help: ArgumentHelp("Its id or name.", valueName: "id-or-name"))
        var key: [String]

        @Option(help: ArgumentHelp("Output format.", valueName: "table|json"))
        var format: ObjectFormat = .table

        func run() throws {
            try CLI.run(json: format == .json) {
                let kb = try database.openForReading()
                let fields = try Profile(kb: kb).show(kind, key.joined(separator: " "))
                switch format {
                case .json: Terminal.out(JSONWriter.object([("ok", .bool(true))] + fields))
                case .table: Terminal.out(Self.text(fields))
                }
            }
        }

        /// Scalars as "key: value" lines; lists of rows as small tables under a heading.
        static func text(_ fields: [(String, JSONValue)]) -> String {
            var lines: [String] = []
            for (key, value) in fields {
                switch value {
                case .array(let items):
                    guard case .object(let first)? = items.first else { continue }
                    let columns = first.map(\.0)
                    let rows: [[SQLValue]] = items.map { item in
                        guard case .object(let pairs) = item else { return [] }
                        return pairs.map { SQLValue(json: $0.1) }
                    }
                    lines.append("")
                    lines.append("\(key.replacingOccurrences(of: "_", with: " ")):")
                    lines.append(RowRenderer.table(ResultSet(columns: columns, rows: rows)).split(separator: "\n").dropLast().map { "  " + $0 }.joined(separator: "\n"))
                case .null:
                    continue
                default:
                    lines.append("\(key): \(SQLValue(json: value).text)")
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}

extension Profile.Kind: ExpressibleByArgument {}

extension SQLValue {
    init(json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let b): self = .integer(b ? 1 : 0)
        case .int(let i): self = .integer(i)
        case .double(let d): self = .real(d)
        case .string(let s): self = .text(s)
        case .raw(let s): self = .text(s)
        case .array, .object: self = .text(JSONWriter.write(json))
        }
    }
}
