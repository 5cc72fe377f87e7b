import Foundation

/// The only place that writes to the terminal.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func note(_ text: String) { error(text) }

    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// The terminal's width in columns when stdout is a terminal, else nil
    /// ($COLUMNS wins, so a width can be forced).
    static var width: Int? {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return nil }
        return Int(size.ws_col)
    }
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Reads all of standard input as UTF-8.
    static func readStandardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }

    /// A one-line progress bar on stderr, redrawn in place.
    static func progress(_ done: Int, _ total: Int, label: String) {
        guard total > 0 else { return }
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) \(label)".utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
