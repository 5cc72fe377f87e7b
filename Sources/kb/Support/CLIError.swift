import ArgumentParser
import Foundation
import KBExtraction
import KBQuery
import KBStorage

/// A failure as the CLI reports it: `kb: THING: REASON` on stderr, and with
/// `--format json` also `{"ok": false, "code": ..., "error": ...}` on stdout.
struct CLIError: Error {
    let code: String
    let thing: String
    let reason: String

    init(_ code: QueryError.Code, thing: String, reason: String) {
        self.code = code.rawValue
        self.thing = thing
        self.reason = reason
    }

    init(code: String, thing: String, reason: String) {
        self.code = code
        self.thing = thing
        self.reason = reason
    }

    /// Maps any module's error to a CLI error.
    static func from(_ error: any Error) -> CLIError {
        switch error {
        case let e as CLIError: return e
        case let e as QueryError: return CLIError(code: e.code.rawValue, thing: e.thing, reason: e.reason)
        case let e as StorageError:
            let code: String
            switch e.kind {
            case .notFound: code = "not_found"
            case .migration: code = "migration"
            case .corrupt: code = "corrupt"
            case .lookup: code = e.reason.contains("matches") ? "ambiguous" : "not_found"
            case .input, .seeds: code = "input"
            case .sqlite: code = "database"
            }
            return CLIError(code: code, thing: e.thing, reason: e.reason)
        case let e as ExtractionError:
            return CLIError(code: "input", thing: e.path ?? "input", reason: e.description.hasPrefix(e.path ?? "\u{0}") ? e.reason : e.reason)
        default:
            return CLIError(code: "error", thing: "kb", reason: "\(error)")
        }
    }
}

enum CLI {
    /// Runs a command body; on failure prints the error the CLI way and exits 1.
    static func run(json: Bool, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            let e = CLIError.from(error)
            Terminal.error("kb: \(e.thing): \(e.reason)")
            if json {
                Terminal.out(JSONWriter.object([("ok", .bool(false)), ("code", .string(e.code)), ("error", .string("\(e.thing): \(e.reason)"))]))
            }
            throw ExitCode(e.code == "usage" ? 64 : 1)
        }
    }
}
