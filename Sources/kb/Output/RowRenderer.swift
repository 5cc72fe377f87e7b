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
            return ([result.columns.map(csvField)] + result.rows.map { $0.map { csvField($0.text) } })
                .map { $0.joined(separator: ",") }.joined(separator: "\r\n")
        case .tsv:
            return ([result.columns.map(tsvField)] + result.rows.map { $0.map { tsvField($0.text) } })
                .map { $0.joined(separator: "\t") }.joined(separator: "\n")
        case .markdown:
            var lines = ["| " + result.columns.map(markdownCell).joined(separator: " | ") + " |",
                         "|" + result.columns.map { _ in " --- " }.joined(separator: "|") + "|"]
            lines += result.rows.map { "| " + $0.map { markdownCell($0.text) }.joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n")
        case .table:
            return table(result)
        }
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func tsvField(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    static func markdownCell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
    }

    /// A boxed, aligned table; long cells are cut with an ellipsis.
    static func table(_ result: ResultSet, maxCell: Int = 60) -> String {
        func cell(_ s: String) -> String {
            let flat = s.replacingOccurrences(of: "\n", with: " ")
            return flat.count > maxCell ? String(flat.prefix(maxCell - 1)) + "…" : flat
        }
        let header = result.columns.map(cell)
        let body = result.rows.map { $0.map { cell($0.text) } }
        var widths = header.map(\.count)
        for row in body { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - c.count) }.joined(separator: "  ")
        }
        var lines = [line(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        lines += body.map(line)
        var footer = "(\(result.rows.count) row\(result.rows.count == 1 ? "" : "s")"
        if result.truncated { footer += "; truncated at the row limit: raise it with --limit N or --all" }
        lines.append(footer + ")")
        return lines.joined(separator: "\n")
    }
}
