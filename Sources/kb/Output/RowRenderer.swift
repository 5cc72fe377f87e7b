import KBQuery

/// Renders a result set in each output format of SPEC section 7.
enum RowRenderer {
    static func render(_ result: ResultSet, as format: OutputFormat) -> String {
        switch format {
        case .json:
            let rows = result.rows.map { row in JSONValue.object(zip(result.columns, row).map { ($0, JSONValue($1)) }) }
            return JSONWriter.object([("ok", .bool(true)), ("rows", .array(rows)), ("row_count", .int(Int64(result.rows.count))),
                                      ("truncated", .bool(result.truncated))])
        case .jsonl:
            return result.rows.map { row in JSONWriter.object(zip(result.columns, row).map { ($0, JSONValue($1)) }) }
                .joined(separator: "\n")
        case .csv:
            return delimited(result, separator: ",", lineBreak: "\r\n", field: csvField)
        case .tsv:
            return delimited(result, separator: "\t", lineBreak: "\n", field: tsvField)
        case .markdown:
            var lines = ["| " + result.columns.map(markdownCell).joined(separator: " | ") + " |",
                         "|" + result.columns.map { _ in " --- " }.joined(separator: "|") + "|"]
            lines += result.rows.map { "| " + $0.map { markdownCell($0.text) }.joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n")
        case .table:
            return table(result)
        }
    }

    /// The header and the rows, fields escaped by `field`, appended into one
    /// string (no array of lines in between): `kb query --all` may print a
    /// hundred thousand rows.
    static func delimited(_ result: ResultSet, separator: String, lineBreak: String, field: (String) -> String) -> String {
        var out = ""
        out.reserveCapacity(64 * (result.rows.count + 1))
        for (i, column) in result.columns.enumerated() {
            if i > 0 { out += separator }
            out += field(column)
        }
        for row in result.rows {
            out += lineBreak
            for (i, value) in row.enumerated() {
                if i > 0 { out += separator }
                out += field(value.text)
            }
        }
        return out
    }

    // Each field is checked byte by byte first: almost none needs escaping, and
    // `kb query --all` may print a hundred thousand rows. (Bytes, not
    // Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".)

    static func csvField(_ s: String) -> String {
        guard has(s, csvSpecial) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func tsvField(_ s: String) -> String {
        guard has(s, tsvSpecial) else { return s }
        return s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    static func markdownCell(_ s: String) -> String {
        guard has(s, markdownSpecial) else { return s }
        return s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }

    static let csvSpecial = Array(",\"\n\r".utf8)
    static let tsvSpecial = Array("\\\t\n\r".utf8)
    static let markdownSpecial = Array("|\n".utf8)

    /// True when `s` contains any of these bytes.
    static func has(_ s: String, _ bytes: [UInt8]) -> Bool {
        s.utf8.contains { bytes.contains($0) }
    }

    /// An aligned table; long cells are cut with an ellipsis, and on a terminal
    /// the widest columns shrink until the table fits its width.
    static func table(_ result: ResultSet, maxCell: Int = 60, width: Int? = Terminal.width) -> String {
        // Each cell's width (in characters) is counted once: `kb ask timeline`
        // prints hundreds of rows, and counting and flattening every cell
        // again for each use was a fifth of its start-up.
        let header = result.columns.map(Cell.init)
        let body = result.rows.map { $0.map { Cell($0.text) } }
        var widths = header.map { min($0.count, maxCell) }
        for row in body { for (i, c) in row.enumerated() { widths[i] = max(widths[i], min(c.count, maxCell)) } }
        if let width, !widths.isEmpty {
            let gaps = 2 * (widths.count - 1)
            // Too many columns for the terminal: one record per block, a field per line.
            if widths.map({ min($0, 6) }).reduce(0, +) + gaps > width {
                return records(header.map(\.text), body.map { $0.map(\.text) }, width: width, truncated: result.truncated)
            }
            while widths.reduce(0, +) + gaps > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6 {
                widths[widest] -= 1
            }
        }
        func line(_ cells: [Cell]) -> String {
            var out = ""
            for (i, c) in cells.enumerated() {
                if i > 0 { out += "  " }
                if c.count > widths[i] {
                    out += String(c.text.prefix(max(1, widths[i] - 1))) + "…"
                } else {
                    out += c.text
                    out += String(repeating: " ", count: widths[i] - c.count)
                }
            }
            return out
        }
        var lines = [line(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        lines += body.map(line)
        var footer = "(\(result.rows.count) row\(result.rows.count == 1 ? "" : "s")"
        if result.truncated { footer += "; truncated at the row limit: raise it with --limit N or --all" }
        lines.append(footer + ")")
        return lines.joined(separator: "\n")
    }

    /// A table cell on one line (line breaks become spaces), with its width.
    struct Cell {
        let text: String
        let count: Int

        init(_ raw: String) {
            text = raw.utf8.contains(UInt8(ascii: "\n"))
                ? String(String.UnicodeScalarView(raw.unicodeScalars.map { $0 == "\n" ? " " : $0 })) : raw
            count = text.count
        }
    }

    /// Wide rows as records: "name | value" lines under a "-[ row N ]-" rule.
    static func records(_ header: [String], _ body: [[String]], width: Int, truncated: Bool) -> String {
        let keyWidth = min(header.map(\.count).max() ?? 0, max(8, width / 3))
        var lines: [String] = []
        for (n, row) in body.enumerated() {
            let rule = "-[ row \(n + 1) ]"
            lines.append(rule + String(repeating: "-", count: max(0, width - rule.count)))
            for (key, value) in zip(header, row) {
                let k = key.count > keyWidth ? String(key.prefix(keyWidth - 1)) + "…" : key + String(repeating: " ", count: keyWidth - key.count)
                let room = max(1, width - keyWidth - 3)
                lines.append(k + " | " + (value.count > room ? String(value.prefix(room - 1)) + "…" : value))
            }
        }
        var footer = "(\(body.count) row\(body.count == 1 ? "" : "s")"
        if truncated { footer += "; truncated at the row limit: raise it with --limit N or --all" }
        lines.append(footer + ")")
        return lines.joined(separator: "\n")
    }
}
