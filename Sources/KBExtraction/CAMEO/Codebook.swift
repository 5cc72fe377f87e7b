import KBEmbedded

/// The CAMEO event codebook with Goldstein weights, from `Seeds/cameo/`.
public struct Codebook: Sendable {
    public struct Entry: Sendable, Equatable {
        public let code: String
        public let description: String
        public let goldstein: Double
        /// The two-digit root code: "17" for "1712" (kept, not derived at each use: the event coder asks often).
        public let root: String
        /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
        public let quadClass: Int

        init(code: String, description: String, goldstein: Double) {
            self.code = code
            self.description = description
            self.goldstein = goldstein
            self.root = String(code.prefix(2))
            self.quadClass = Codebook.quadClass(ofRoot: root)
        }
    }

    public let entries: [String: Entry]

    public subscript(code: String) -> Entry? { entries[code] }

    public static func quadClass(ofRoot root: String) -> Int {
        switch Int(root) ?? 0 {
        case 1...5: return 1
        case 6...9: return 2
        case 10...14: return 3
        default: return 4
        }
    }

    /// Parses the two TSV files (`code<TAB>description`, `code<TAB>goldstein`).
    public static func parse(codes: String, goldstein: String, codesPath: String = "Seeds/cameo/event_codes.tsv",
                             goldsteinPath: String = "Seeds/cameo/goldstein.tsv") throws(ExtractionError) -> Codebook {
        var weights: [String: Double] = [:]
        for (number, line) in goldstein.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where number > 0 && !line.isEmpty {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let weight = Double(fields[1].trimmingSpaces()), (-10...10).contains(weight) else {
                throw ExtractionError(.invalid, path: goldsteinPath, line: number + 1, reason: "expected code<TAB>weight in -10...10")
            }
            weights[fields[0].trimmingSpaces()] = weight
        }
        var entries: [String: Entry] = [:]
        for (number, line) in codes.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where number > 0 && !line.isEmpty {
            let fields = line.split(separator: "\t", maxSplits: 1)
            let code = fields.first.map { $0.trimmingSpaces() } ?? ""
            guard fields.count == 2, (2...4).contains(code.count), code.allSatisfy(\.isNumber) else {
                throw ExtractionError(.invalid, path: codesPath, line: number + 1, reason: "expected code<TAB>description")
            }
            guard let weight = weights[code] else {
                throw ExtractionError(.invalid, path: goldsteinPath, reason: "no Goldstein weight for code \(code)")
            }
            entries[code] = Entry(code: code, description: fields[1].trimmingSpaces(), goldstein: weight)
        }
        return Codebook(entries: entries)
    }

    /// The codebook embedded in this binary.
    public static let bundled: Codebook = {
        guard let codes = EmbeddedFiles.text("Seeds/cameo/event_codes.tsv"),
              let weights = EmbeddedFiles.text("Seeds/cameo/goldstein.tsv"),
              let book = try? parse(codes: codes, goldstein: weights) else {
            // The files are embedded at build time and checked by the test suite.
            preconditionFailure("the embedded CAMEO codebook is missing or invalid")
        }
        return book
    }()
}
