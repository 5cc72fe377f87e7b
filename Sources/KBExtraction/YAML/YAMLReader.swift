import Yams

/// Reads the human-edited YAML of `Seeds/` safely: a size cap checked first,
/// no anchors or aliases (so no alias bomb can expand), a cap on nodes, and
/// errors that name the file, line and column.
struct YAMLReader {
    static let defaultMaxBytes = 4 * 1024 * 1024
    static let maxNodes = 500_000

    let path: String

    /// The root node of a YAML text.
    func root(_ text: String, maxBytes: Int = YAMLReader.defaultMaxBytes) throws(ExtractionError) -> Node {
        let size = text.utf8.count
        if size > maxBytes {
            throw ExtractionError(.yaml, path: path, reason: "YAML file of \(size) bytes is over its cap of \(maxBytes) bytes")
        }
        if let (line, column, mark) = Self.anchorOrAlias(in: text) {
            throw ExtractionError(.yaml, path: path, line: line, column: column,
                                  reason: "YAML \(mark == "&" ? "anchors (&name)" : "aliases (*name)") are not allowed in kb files")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.convert(error, path: path)
        } catch {
            throw ExtractionError(.yaml, path: path, reason: "malformed YAML: \(error)")
        }
        guard let node else { throw ExtractionError(.yaml, path: path, line: 1, reason: "empty YAML document") }
        var count = 0
        try check(node, count: &count)
        return node
    }

    /// The first YAML anchor or alias outside quotes and comments, found
    /// lexically before any parsing, so an alias bomb is never expanded.
    static func anchorOrAlias(in text: String) -> (line: Int, column: Int, mark: Character)? {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var quote: Character?
            var previous: Character = " "
            let characters = Array(line)
            for (i, c) in characters.enumerated() {
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'", " [{,:-".contains(previous) || i == 0 {
                    quote = c
                } else if c == "#", previous == " " || i == 0 {
                    break
                } else if c == "&" || c == "*", " [{,:-".contains(previous) || i == 0,
                          i + 1 < characters.count, characters[i + 1].isLetter || characters[i + 1].isNumber || characters[i + 1] == "_" {
                    return (number + 1, i + 1, c)
                }
                previous = c
            }
        }
        return nil
    }

    private func check(_ node: Node, count: inout Int) throws(ExtractionError) {
        count += 1
        if count > Self.maxNodes {
            throw ExtractionError(.yaml, path: path, reason: "more than \(Self.maxNodes) YAML nodes: refusing to read further")
        }
        if case .alias = node {
            throw fail(node, "YAML aliases (*name) are not allowed in kb files")
        }
        if node.anchor != nil {
            throw fail(node, "YAML anchors (&name) are not allowed in kb files")
        }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                try check(key, count: &count)
                try check(value, count: &count)
            }
        case .sequence(let sequence):
            for item in sequence { try check(item, count: &count) }
        default:
            break
        }
    }

    static func convert(_ error: YamlError, path: String) -> ExtractionError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ExtractionError(.yaml, path: path, line: mark.line, column: mark.column, reason: "malformed YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, _):
            return ExtractionError(.yaml, path: path, reason: "malformed YAML: duplicated keys in a mapping: \(duplicates.joined(separator: ", "))")
        default:
            return ExtractionError(.yaml, path: path, reason: "malformed YAML: \(error)")
        }
    }

    func fail(_ node: Node, _ reason: String) -> ExtractionError {
        ExtractionError(.invalid, path: path, line: node.mark?.line, column: node.mark?.column, reason: reason)
    }

    // MARK: - Typed access

    func mapping(_ node: Node, _ what: String) throws(ExtractionError) -> Node.Mapping {
        guard case .mapping(let m) = node else { throw fail(node, "\(what) must be a mapping") }
        return m
    }

    func sequence(_ node: Node?, _ what: String) throws(ExtractionError) -> [Node] {
        guard let node else { return [] }
        if case .scalar(let s) = node, s.string.isEmpty || s.string == "null" || s.string == "~" { return [] }
        guard case .sequence(let s) = node else { throw fail(node, "\(what) must be a list") }
        return Array(s)
    }

    /// A string value, or nil when absent or null.
    func string(_ node: Node?, _ what: String) throws(ExtractionError) -> String? {
        guard let node else { return nil }
        guard case .scalar(let s) = node else { throw fail(node, "\(what) must be a plain value") }
        if s.style == .plain, s.string == "null" || s.string == "~" || s.string.isEmpty { return nil }
        return s.string
    }

    func requiredString(_ map: Node.Mapping, _ key: String, in owner: Node) throws(ExtractionError) -> String {
        guard let value = try string(map[key], key), !value.isEmpty else { throw fail(owner, "missing \(key)") }
        return value
    }

    func strings(_ node: Node?, _ what: String) throws(ExtractionError) -> [String] {
        var out: [String] = []
        for item in try sequence(node, what) {
            guard let s = try string(item, what) else { throw fail(item, "\(what) holds an empty item") }
            out.append(s)
        }
        return out
    }

    func double(_ node: Node?, _ what: String) throws(ExtractionError) -> Double? {
        guard let text = try string(node, what) else { return nil }
        guard let value = Double(text), value.isFinite else { throw fail(node!, "\(what) is not a number: \(text)") }
        return value
    }

    func date(_ node: Node?, _ what: String) throws(ExtractionError) -> PartialDate? {
        guard let text = try string(node, what) else { return nil }
        guard let date = PartialDate(text) else {
            throw fail(node!, "\(what) is not a date (YYYY, YYYY-MM or YYYY-MM-DD): \(text)")
        }
        return date
    }

    /// Checks the `kb:` header of a document.
    func header(_ map: Node.Mapping, expected: String, root: Node) throws(ExtractionError) {
        let found = try string(map["kb"], "kb")
        guard found == expected else {
            throw fail(root, "expected header `kb: \(expected)`, found \(found.map { "`kb: \($0)`" } ?? "none")")
        }
    }

    /// The `kb:` header of a YAML text, read without parsing the whole file.
    static func header(of text: String) -> String? {
        for line in text.split(separator: "\n", maxSplits: 40, omittingEmptySubsequences: true).prefix(40) {
            let trimmed = line.trimmingSpaces()
            if trimmed.hasPrefix("#") || trimmed == "---" { continue }
            if trimmed.hasPrefix("kb:") { return String(trimmed.dropFirst(3)).trimmingSpaces() }
            return nil
        }
        return nil
    }
}

/// The `kb:` header that tells kb's YAML files apart ("annotation/1").
public enum KBFileHeader {
    /// The header of a YAML text, read from its first lines only, or nil.
    public static func header(of text: String) -> String? { YAMLReader.header(of: text) }
}
