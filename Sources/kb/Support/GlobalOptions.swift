import ArgumentParser
import Foundation
import KBStorage

/// `--db`, shared by every command that opens a database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database file (default: $KB_DB, else kb.sqlite in the current folder).", valueName: "path"))
    var db: String?

    var resolved: (path: String, explicit: Bool) { let l = DatabaseLocation(flag: db); return (l.path, l.explicit) }
    func openForReading() throws -> KnowledgeBase { try DatabaseLocation(flag: db).openForReading() }
    func openForWriting(durable: Bool = false) throws -> KnowledgeBase { try DatabaseLocation(flag: db).openForWriting(durable: durable) }
}

/// Where the database is: the --db flag, else $KB_DB, else kb.sqlite here.
struct DatabaseLocation {
    static let defaultPath = "kb.sqlite"

    let path: String
    /// True when the user named it (flag or $KB_DB): then it must exist for reading.
    let explicit: Bool

    init(flag: String?) {
        if let flag {
            (path, explicit) = (flag, true)
        } else if let env = ProcessInfo.processInfo.environment["KB_DB"], !env.isEmpty {
            (path, explicit) = (env, true)
        } else {
            (path, explicit) = (Self.defaultPath, false)
        }
    }

    /// Opens the database for a read command: an explicit path must exist; the
    /// default location is built from the bundled Seeds when missing.
    func openForReading() throws -> KnowledgeBase {
        if !FileManager.default.fileExists(atPath: path) {
            if explicit {
                throw CLIError(.notFound, thing: path, reason: "no such database (check the path, or run `kb import --db \(path)` to create it)")
            }
            Terminal.note("kb: no database at \(path): building it from the bundled Seeds first")
            let kb = try KnowledgeBase(path: path, mode: .createIfMissing)
            let summary = try Importer(kb: kb).run(ImportItem.bundledSeeds(), options: ImportOptions())
            Terminal.note("kb: \(path): \(summary.new) seed articles imported")
            return kb
        }
        return try KnowledgeBase(path: path, mode: .mustExist, readOnly: true)
    }

    func openForWriting(durable: Bool = false) throws -> KnowledgeBase {
        try KnowledgeBase(path: path, mode: .createIfMissing, durable: durable)
    }
}

/// Output formats of commands that print rows.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv, tsv, markdown
}

/// Output formats of commands that print one object.
enum ObjectFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
