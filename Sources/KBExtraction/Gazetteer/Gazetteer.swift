/// The actors and places the extractor knows by name, from `Seeds/gazetteer/`.
public struct Gazetteer: Sendable {
    public struct Role: Sendable, Equatable, Codable {
        public var relation: String
        public var target: String
        public var title: String?
        public var from: PartialDate?
        public var to: PartialDate?

        /// True when the role holds on `date` (open ends, inclusive, compared at
        /// the precision both dates have).
        public func holds(on date: PartialDate) -> Bool {
            if let from, !(from <= date || from.isCompatible(with: date)) { return false }
            if let to, !(date <= to || to.isCompatible(with: date)) { return false }
            return true
        }
    }

    public struct Actor: Sendable, Equatable, Codable {
        public var id: String
        public var name: String
        public var kind: String
        public var country: String?
        public var code: String?
        public var aliases: [String]
        public var demonyms: [String]
        public var metonyms: [String]
        public var roles: [Role]
        public var note: String?
        /// Source line in its file, for error messages.
        public var line: Int?
        /// A person's gender where the gazetteer records it ("female" or "male"): "she" never
        /// means a person recorded as male, nor "he" one recorded as female.
        public var gender: String? = nil
    }

    public struct Place: Sendable, Equatable, Codable {
        public var id: String
        public var name: String
        public var kind: String
        public var country: String?
        public var parent: String?
        public var lat: Double?
        public var lon: Double?
        public var aliases: [String]
        public var line: Int?
    }

    public var actors: [Actor]
    public var places: [Place]
    /// SHA-256 over the source files, to tell when a database's copy is stale.
    public var checksum: String

    public let actorIndex: [String: Int]
    public let placeIndex: [String: Int]
    /// The same two as `IDMap`s, for the extractor's lookups (one or more a mention).
    let actorSlots: SharedIDMap<Int>
    let placeSlots: SharedIDMap<Int>

    public init(actors: [Actor], places: [Place], checksum: String) {
        self.actors = actors
        self.places = places
        self.checksum = checksum
        var actorIndex: [String: Int] = [:]
        for (i, actor) in actors.enumerated() { actorIndex[actor.id] = i }
        var placeIndex: [String: Int] = [:]
        for (i, place) in places.enumerated() { placeIndex[place.id] = i }
        self.actorIndex = actorIndex
        self.placeIndex = placeIndex
        self.actorSlots = SharedIDMap(actorIndex)
        self.placeSlots = SharedIDMap(placeIndex)
    }

    public func actor(_ id: String) -> Actor? { actorSlots[id].map { actors[$0] } }
    /// The gender recorded for the actor `id`, nil when none is (or `id` is no gazetteer actor).
    func gender(of id: String) -> String? { actorSlots[id].flatMap { actors[$0].gender } }
    static let genders: Set<String> = ["female", "male"]
    public func place(_ id: String) -> Place? { placeSlots[id].map { places[$0] } }

    public static let actorKinds: Set<String> = ["state", "government", "person", "organization", "military", "media", "group", "igo"]
    public static let placeKinds: Set<String> = ["country", "city", "county", "island", "zone", "facility", "border", "sea", "region", "road"]
    public static let relations: Set<String> = ["part_of", "member_of", "leader_of", "head_of", "deputy_of", "spokesperson_of",
                                                "state_media_of", "sibling_of", "child_of", "spouse_of"]

    /// The gazetteer embedded in this binary.
    public static let bundled: Result<Gazetteer, ExtractionError> = Result { () throws(ExtractionError) in
        try GazetteerLoader.loadBundled()
    }
}

/// Folds a name to its lookup key: lower case, hyphens, dots, apostrophes and
/// runs of spaces folded, so "Kim Yo-jong", "Kim Yo Jong" and "KIM YO JONG" agree.
public enum NameKey {
    public static func normalize(_ name: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in name.unicodeScalars {
            switch scalar {
            case "-", "‐", "‑", "–", " ", "_", "\u{A0}":
                space = !out.isEmpty
            case ".", "'", "’", "‘", "`", "ʼ":
                continue
            default:
                if space { out.append(" "); space = false }
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
            }
        }
        return String(out)
    }
}

extension Gazetteer {
    /// Each president (a person heading a state with the title "president")
    /// -> the presidential office of their country, where the gazetteer has one.
    func presidentialOffices() -> [String: String] {
        var officeOfCountry: [String: String] = [:]
        for actor in actors where actor.kind == "government" && actor.name.lowercased().contains("presidential office") {
            if let country = actor.country { officeOfCountry[country] = actor.id }
        }
        var offices: [String: String] = [:]
        for actor in actors where actor.kind == "person" {
            let president = actor.roles.contains { ($0.relation == "head_of" || $0.relation == "leader_of") && ($0.title ?? "").contains("president") }
            if president, let country = actor.country, let office = officeOfCountry[country] { offices[actor.id] = office }
        }
        return offices
    }
}
