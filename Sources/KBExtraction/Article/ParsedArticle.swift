/// An article file read and cleaned: the headline, the body as it will be
/// stored (paragraphs joined by blank lines), and what surrounded them.
public struct ParsedArticle: Sendable, Equatable {
    public var title: String
    /// True when the file had no headline and the first sentence stands in.
    public var titleIsFallback: Bool
    /// The source URL, when the source line holds one.
    public var sourceURL: String?
    /// The host of the source URL without `www.`, or nil.
    public var publisher: String?
    /// The date the date line or dateline gives, if any.
    public var published: PartialDate?
    public var byline: String?
    /// Photo captions and credit lines, kept out of the body.
    public var captions: [String]
    /// The body as stored: paragraphs separated by "\n\n". Offsets of every
    /// fact are Unicode scalar offsets into this string.
    public var body: String
    /// SHA-256 of `body`: the identity of an article's content.
    public var sha256: String
    /// Problems that did not stop the import ("no source line", ...).
    public var warnings: [String]

    public init(title: String, titleIsFallback: Bool = false, sourceURL: String?, publisher: String?, published: PartialDate?,
                byline: String? = nil, captions: [String] = [], body: String, sha256: String, warnings: [String] = []) {
        self.title = title
        self.titleIsFallback = titleIsFallback
        self.sourceURL = sourceURL
        self.publisher = publisher
        self.published = published
        self.byline = byline
        self.captions = captions
        self.body = body
        self.sha256 = sha256
        self.warnings = warnings
    }
}
