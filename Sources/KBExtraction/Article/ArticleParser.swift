/// Reads an article file (SPEC section 4): finds the headline past any page
/// junk, the byline, the date line or dateline, captions and credit lines,
/// the body paragraphs and the source line, and rejects what is not an
/// article's text. Deterministic and free of regular expressions.
public struct ArticleParser: Sendable {
    /// Files larger than this are rejected before they are read.
    public static let defaultMaxBytes = 10 * 1024 * 1024

    public var maxBytes: Int

    public init(maxBytes: Int = ArticleParser.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// Parses a file's bytes. Errors carry no path; callers add it with `at(path:)`.
    public func parse(_ bytes: [UInt8]) throws(ExtractionError) -> ParsedArticle {
        if bytes.count > maxBytes {
            throw ExtractionError(.tooLarge, reason: "file of \(bytes.count) bytes is over the size cap of \(maxBytes) bytes (--max-bytes)")
        }
        // (`cleanLines(decode(bytes))`, without the copy of the whole text.)
        let lines = try TextDecoding.decodedLines(bytes)
        if lines.allSatisfy(\.isEmpty) { throw ExtractionError(.empty, reason: "file holds only whitespace") }
        if TextDecoding.looksLikeHTML(lines) {
            throw ExtractionError(.html, reason: "looks like HTML: save the article's text")
        }
        return try assemble(lines)
    }

    /// Parses text already in memory.
    public func parse(text: String) throws(ExtractionError) -> ParsedArticle {
        try parse(Array(text.utf8))
    }

    private func assemble(_ lines: [String]) throws(ExtractionError) -> ParsedArticle {
        var title: String?
        var published: PartialDate?
        var byline: String?
        var captions: [String] = []
        var sourceValue: String?
        var paragraphs: [String] = []
        var block: [String] = []
        var warnings: [String] = []
        var sawSourceAfterBody = false

        func endBlock() {
            // (One line is the paragraph as it is; the list keeps its storage for the next block.)
            if !block.isEmpty { paragraphs.append(block.count == 1 ? block[0] : Self.joinWrapped(block)) }
            block.removeAll(keepingCapacity: true)
        }

        // A headline has three words or more: a shorter line before one is page
        // navigation ("News", "World", "Asia"). Index of the first line that could be it.
        let firstLongLine = lines.firstIndex { line in
            !line.isEmpty && LineClassifier.wordCount(line) >= 3 && !LineClassifier.isJunk(line) && LineClassifier.sourceValue(line) == nil
        }
        // Navigation is a run of such lines; one short line alone is a short headline.
        let shortLinesBefore = firstLongLine.map { first in
            lines[..<first].filter { !$0.isEmpty && !LineClassifier.isJunk($0) && LineClassifier.dateLine($0) == nil
                && LineClassifier.sourceValue($0) == nil }.count
        } ?? 0
        var inTail = false
        // The line where the body goes on after a box of links inside it.
        var resumeAt = 0
        var captionNext = false
        // The last line was a caption whose bracket is still open ("... (Photo by South" / "Korean
        // Defense Ministry)", hard-wrapped): the next line closes it.
        var captionOpen = false
        for (index, line) in lines.enumerated() {
            if line.isEmpty { endBlock(); captionOpen = false; continue }
            if captionOpen, let last = captions.popLast() {
                captions.append(last + " " + line)
                captionOpen = Self.opensBracket(captions[captions.count - 1])
                continue
            }
            if sawSourceAfterBody {
                // After a source line that closed the body, only page junk follows.
                continue
            }
            if let value = LineClassifier.sourceValue(line) {
                endBlock()
                if sourceValue == nil { sourceValue = value }
                if !paragraphs.isEmpty || !block.isEmpty { sawSourceAfterBody = true }
                continue
            }
            // "Related Topics", "More on this story": what follows the body is the page's, not the article's.
            // (Unless the article goes on after a box of links set inside it: two paragraphs of prose
            // after at most a dozen short lines.)
            if !paragraphs.isEmpty, LineClassifier.isTailMarker(line) {
                endBlock()
                if let resume = Self.proseResumes(lines, after: index) { resumeAt = resume } else { inTail = true }
                continue
            }
            if inTail || index < resumeAt { continue }
            // A line that goes on with a paragraph cut mid-sentence (hard-wrapped text: "...carried by
            // its state media, that destroying South Korea would" after "warned, in") is its text,
            // whatever word it opens with ("comments", "search", "home").
            if !(Self.continues(block.last, with: line)), LineClassifier.isJunk(line) { endBlock(); continue }
            if title == nil, paragraphs.isEmpty, block.isEmpty, shortLinesBefore >= 2, let first = firstLongLine, index < first,
               LineClassifier.dateLine(line) == nil {
                continue
            }
            // The line after a bare "Image caption," label is the caption.
            if captionNext { captionNext = false; endBlock(); captions.append(line); continue }
            if LineClassifier.isCaptionLabel(line) { endBlock(); captionNext = true; continue }
            if byline != nil, paragraphs.isEmpty, block.isEmpty, LineClassifier.isBylineRole(line) { continue }
            // "Around the world" taken for the headline, then the headline, then the date line: the
            // line before the date is the headline, and the label before it was page furniture.
            if published == nil, title != nil, !(paragraphs.isEmpty && block.isEmpty), paragraphs.count + block.count <= 2,
               paragraphs.allSatisfy(Self.isHeadline), block.allSatisfy(Self.isHeadline), let date = LineClassifier.dateLine(line) {
                endBlock()
                title = paragraphs.last
                paragraphs.removeAll()
                published = date
                continue
            }
            if title == nil || paragraphs.isEmpty && block.isEmpty {
                if published == nil, let date = LineClassifier.dateLine(line) {
                    endBlock(); published = date; continue
                }
                if byline == nil, LineClassifier.isByline(line) { endBlock(); byline = line; continue }
            }
            if LineClassifier.isCaption(line) { endBlock(); captions.append(line); captionOpen = Self.opensBracket(line); continue }
            if title == nil, paragraphs.isEmpty, block.isEmpty, Self.isHeadline(line) {
                title = line
                continue
            }
            var text = line
            if paragraphs.isEmpty, block.isEmpty, let (date, rest) = Self.splitDateline(line) {
                if published == nil { published = date }
                text = rest
                if text.isEmpty { continue }
            }
            block.append(text)
        }
        endBlock()

        // A lone "headline" with no body is the body itself.
        if paragraphs.isEmpty, let only = title {
            paragraphs = [only]
            title = nil
        }
        paragraphs.removeAll { !$0.unicodeScalars.contains { $0.isAlphabeticFast } }
        guard !paragraphs.isEmpty else {
            throw ExtractionError(.noBody, reason: "no body text (only a headline, dates, captions or page junk)")
        }
        let body = paragraphs.joined(separator: "\n\n")

        var titleIsFallback = false
        if title == nil {
            titleIsFallback = true
            title = Self.firstSentence(of: paragraphs[0])
            warnings.append("no title: the first sentence stands in")
        }
        var sourceURL: String?
        var publisher: String?
        if let value = sourceValue {
            // `isURL` is `host(of:) != nil`: the host is read once.
            if let host = LineClassifier.host(of: value) {
                sourceURL = value
                publisher = host
            } else {
                warnings.append("source line is not a URL (\(value.prefix(60))): URL unknown")
            }
        } else {
            warnings.append("no source line: URL unknown")
        }
        if let problem = QuoteBalance.problem(in: body) { warnings.append(problem) }

        return ParsedArticle(
            title: title!, titleIsFallback: titleIsFallback, sourceURL: sourceURL, publisher: publisher,
            published: published, byline: byline, captions: captions, body: body,
            sha256: SHA256.hex(body), warnings: warnings)
    }

    /// A headline: short, not a run of sentences.
    /// The index of the line where prose resumes after a links box that opens at `marker`: a
    /// paragraph of prose (12 words or more, ending a sentence: a headline link ends in none)
    /// within a dozen short lines after it, followed by more prose (8 words or more), the
    /// source line or the end; nil when none is (the page's tail).
    static func proseResumes(_ lines: [String], after marker: Int) -> Int? {
        func prose(_ line: String, words: Int = 12) -> Bool {
            guard let last = line.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
            return ".!?\"”’".unicodeScalars.contains(last) && LineClassifier.wordCount(line) >= words && !LineClassifier.isJunk(line)
        }
        // Captions and furniture are neither prose nor the end of the article.
        func furniture(_ line: String) -> Bool {
            LineClassifier.isJunk(line) || LineClassifier.isCaption(line) || LineClassifier.isCaptionLabel(line)
        }
        var shortLines = 0
        var i = marker + 1
        while i < lines.count {
            let line = lines[i]
            if line.isEmpty { i += 1; continue }
            if LineClassifier.isTailMarker(line) || LineClassifier.sourceValue(line) != nil { return nil }
            if !furniture(line), prose(line) {
                guard let next = lines[(i + 1)...].firstIndex(where: { !$0.isEmpty && !furniture($0) }) else { return i }
                return prose(lines[next], words: 8) || LineClassifier.sourceValue(lines[next]) != nil ? i : nil
            }
            shortLines += 1
            if shortLines > 12 { return nil }
            i += 1
        }
        return nil
    }

    /// The lines of one paragraph joined by spaces; a line that ends in a hyphen after a letter
    /// ("North-" / "South relations", hard-wrapped text) joins the next without one.
    static func joinWrapped(_ lines: [String]) -> String {
        var out = lines[0]
        for line in lines.dropFirst() {
            let tail = out.unicodeScalars.suffix(2)
            if tail.count == 2, tail.last == "-", tail.first!.properties.isAlphabetic {
                out += line
            } else {
                out += " " + line
            }
        }
        return out
    }

    /// More "(" than ")" in `line`.
    static func opensBracket(_ line: String) -> Bool {
        var depth = 0
        for b in line.utf8 { if b == 0x28 { depth += 1 } else if b == 0x29 { depth -= 1 } }
        return depth > 0
    }

    /// True when `line` goes on with the paragraph whose last line is `previous`: that line ends
    /// mid-sentence (no closing punctuation) or `line` opens in lower case.
    static func continues(_ previous: String?, with line: String) -> Bool {
        guard let previous, let last = previous.unicodeScalars.last(where: { !$0.properties.isWhitespace }),
              let first = line.unicodeScalars.first else { return false }
        return !".!?:\"”’)]|".unicodeScalars.contains(last) || first.properties.isLowercase
    }

    static func isHeadline(_ line: String) -> Bool {
        let count = line.scalarCount
        guard count <= 200, line.unicodeScalars.contains(where: { $0.isAlphabeticFast }) else { return false }
        if line.hasSuffix(".") {
            // Headlines rarely end in a full stop; short ones that do are allowed.
            return count <= 90 && SentenceSplitter.sentences(in: line).count <= 1
        }
        return SentenceSplitter.sentences(in: line).count <= 2
    }

    /// Splits a dateline off the first paragraph: "SEOUL, Oct 15 2024 - North Korea ..."
    static func splitDateline(_ line: String) -> (PartialDate, String)? {
        let scalars = Array(line.unicodeScalars.prefix(90))
        // Every dash below holds "-", "—" or "–": without one there is no dateline.
        // And each has a dash followed by a space: without one there is no dateline either.
        guard scalars.indices.contains(where: { i in (scalars[i] == "-" || scalars[i] == "—" || scalars[i] == "–") && i + 1 < scalars.count && scalars[i + 1] == " " }) else {
            return nil
        }
        let dashes: [[Unicode.Scalar]] = [[" ", "-", "-", " "], [" ", "—", " "], [" ", "–", " "], [" ", "-", " "], ["—", " "]]
        for start in 0..<scalars.count {
            for dash in dashes where start + dash.count <= scalars.count && scalars[start..<start + dash.count].elementsEqual(dash) {
                var head = String(String.UnicodeScalarView(scalars[..<start]))
                // "SEOUL, June 16 (Yonhap)": the agency in brackets belongs to the dateline.
                if let open = head.lastIndex(of: "("), head.hasSuffix(")") { head = String(head[..<open]).trimmingSpaces() }
                guard let date = LineClassifier.dateLine(head) else { continue }
                let rest = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(start + dash.count))).trimmingSpaces()
                return (date, rest)
            }
        }
        return nil
    }

    static func firstSentence(of paragraph: String) -> String {
        let scalars = Array(paragraph.unicodeScalars)
        let first = SentenceSplitter.sentences(in: scalars).first.map { String(String.UnicodeScalarView(scalars[$0])) } ?? paragraph
        if first.unicodeScalars.count <= 200 { return first.trimmingSpaces() }
        return String(String.UnicodeScalarView(first.unicodeScalars.prefix(197))).trimmingSpaces() + "..."
    }
}
