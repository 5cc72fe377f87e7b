/// What an import did: the summary `kb import` prints (SPEC section 6).
public struct ImportSummary: Codable, Sendable, Equatable {
    public struct Failure: Codable, Sendable, Equatable {
        public var path: String
        public var reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    public struct Warning: Codable, Sendable, Equatable {
        public var path: String
        public var warning: String
    }

    public struct Facts: Codable, Sendable, Equatable {
        public var actors = 0
        public var places = 0
        public var events = 0
        public var quotes = 0
        public var mentions = 0
    }

    public struct Annotations: Codable, Sendable, Equatable {
        /// Annotation files stored by this import.
        public var stored = 0
        /// Annotations applied to an article in this import.
        public var applied = 0
        /// Annotations in the database still waiting for their article.
        public var waiting = 0
    }

    public var new = 0
    public var updated = 0
    public var unchanged = 0
    public var failed: [Failure] = []
    public var facts = Facts()
    public var warnings: [Warning] = []
    public var annotations = Annotations()
    public var dryRun = false

    enum CodingKeys: String, CodingKey {
        case new, updated, unchanged, failed, facts, warnings, annotations, dryRun = "dry_run"
    }

    public init() {}

    mutating func add(_ c: ArticleWriter.Counts) {
        facts.actors += c.actors
        facts.places += c.places
        facts.events += c.events
        facts.quotes += c.quotes
        facts.mentions += c.mentions
    }
}

/// How to import.
public struct ImportOptions: Sendable {
    /// Commit each article on its own with `synchronous=FULL` (set when opening the database).
    public var durable = false
    /// Do everything, then roll back: nothing is stored.
    public var dryRun = false
    /// Redo articles whose facts came from another extractor version.
    public var reextract = false
    /// Apply curated annotations over extraction.
    public var curated = true
    public var maxBytes = 10 * 1024 * 1024
    /// Articles per commit.
    public var groupSize = 200

    public init() {}
}
