import KBEmbedded
import Yams

/// Loads and validates gazetteer YAML (`kb: gazetteer-actors/1`,
/// `kb: gazetteer-places/1`): duplicate ids or aliases, unknown parents or
/// relation targets, bad kinds, codes and dates are errors naming file and line.
public enum GazetteerLoader {
    public static let actorsHeader = "gazetteer-actors/1"
    public static let placesHeader = "gazetteer-places/1"

    /// Loads every gazetteer file embedded under `Seeds/gazetteer/`.
    public static func loadBundled() throws(ExtractionError) -> Gazetteer {
        try load(bundledFiles())
    }

    /// The identity of a set of gazetteer files: a digest of their paths and texts.
    public static func checksum(of files: [(path: String, text: String)]) -> String {
        SHA256.hex(files.sorted { $0.path < $1.path }.map { $0.path + "\n" + $0.text }.joined(separator: "\n"))
    }

    /// The checksum of the embedded gazetteer, without parsing it (for start-up).
    public static let bundledChecksum: String = checksum(of: bundledFiles())

    /// The embedded gazetteer files as (path, text).
    public static func bundledFiles() -> [(path: String, text: String)] {
        EmbeddedFiles.paths(under: "Seeds/gazetteer/")
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { ($0, EmbeddedFiles.text($0) ?? "") }
    }

    /// Loads and validates a set of gazetteer files as one gazetteer.
    public static func load(_ files: [(path: String, text: String)]) throws(ExtractionError) -> Gazetteer {
        var actors: [(Gazetteer.Actor, String)] = []
        var places: [(Gazetteer.Place, String)] = []
        for file in files {
            let reader = YAMLReader(path: file.path)
            let root = try reader.root(file.text)
            let map = try reader.mapping(root, "the document")
            let header = try reader.string(map["kb"], "kb")
            switch header {
            case actorsHeader:
                for node in try reader.sequence(map["actors"], "actors") { actors.append((try actor(node, reader), file.path)) }
            case placesHeader:
                for node in try reader.sequence(map["places"], "places") { places.append((try place(node, reader), file.path)) }
            default:
                throw reader.fail(root, "not a gazetteer file: expected `kb: \(actorsHeader)` or `kb: \(placesHeader)`")
            }
        }
        try validate(actors: actors, places: places)
        return Gazetteer(actors: actors.map(\.0), places: places.map(\.0), checksum: checksum(of: files))
    }

    static func isSlug(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first) else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func isCountry(_ code: String) -> Bool {
        code.unicodeScalars.count == 3 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    static func actor(_ node: Node, _ r: YAMLReader) throws(ExtractionError) -> Gazetteer.Actor {
        let m = try r.mapping(node, "an actor")
        let id = try r.requiredString(m, "id", in: node)
        guard isSlug(id) else { throw r.fail(node, "actor id \(id) is not a slug (a-z, 0-9, -)") }
        let kind = try r.requiredString(m, "kind", in: node)
        guard Gazetteer.actorKinds.contains(kind) else {
            throw r.fail(node, "actor \(id): unknown kind \(kind) (one of \(Gazetteer.actorKinds.sorted().joined(separator: ", ")))")
        }
        let country = try r.string(m["country"], "country")
        if let country, !isCountry(country) { throw r.fail(node, "actor \(id): country \(country) is not ISO 3166 alpha-3") }
        let gender = try r.string(m["gender"], "gender")
        if let gender, kind != "person" || !Gazetteer.genders.contains(gender) {
            throw r.fail(node, "actor \(id): gender \(gender) is for a person and one of female, male")
        }
        var roles: [Gazetteer.Role] = []
        for roleNode in try r.sequence(m["roles"], "roles") {
            let rm = try r.mapping(roleNode, "a role")
            let relation = try r.requiredString(rm, "relation", in: roleNode)
            guard Gazetteer.relations.contains(relation) else {
                throw r.fail(roleNode, "actor \(id): unknown relation \(relation) (one of \(Gazetteer.relations.sorted().joined(separator: ", ")))")
            }
            let role = Gazetteer.Role(
                relation: relation, target: try r.requiredString(rm, "target", in: roleNode),
                title: try r.string(rm["title"], "title"),
                from: try r.date(rm["from"], "from"), to: try r.date(rm["to"], "to"))
            if let from = role.from, let to = role.to, to < from, !from.isCompatible(with: to) {
                throw r.fail(roleNode, "actor \(id): role \(relation) ends (\(to)) before it starts (\(from))")
            }
            roles.append(role)
        }
        return Gazetteer.Actor(
            id: id, name: try r.requiredString(m, "name", in: node), kind: kind, country: country,
            code: try r.string(m["code"], "code"), aliases: try r.strings(m["aliases"], "aliases"),
            demonyms: try r.strings(m["demonyms"], "demonyms"), metonyms: try r.strings(m["metonyms"], "metonyms"),
            roles: roles, note: try r.string(m["note"], "note"), line: node.mark?.line, gender: gender)
    }

    static func place(_ node: Node, _ r: YAMLReader) throws(ExtractionError) -> Gazetteer.Place {
        let m = try r.mapping(node, "a place")
        let id = try r.requiredString(m, "id", in: node)
        guard isSlug(id) else { throw r.fail(node, "place id \(id) is not a slug (a-z, 0-9, -)") }
        let kind = try r.requiredString(m, "kind", in: node)
        guard Gazetteer.placeKinds.contains(kind) else {
            throw r.fail(node, "place \(id): unknown kind \(kind) (one of \(Gazetteer.placeKinds.sorted().joined(separator: ", ")))")
        }
        let country = try r.string(m["country"], "country")
        if let country, !isCountry(country) { throw r.fail(node, "place \(id): country \(country) is not ISO 3166 alpha-3") }
        let lat = try r.double(m["lat"], "lat")
        let lon = try r.double(m["lon"], "lon")
        if let lat, !(-90...90).contains(lat) { throw r.fail(node, "place \(id): latitude \(lat) out of range") }
        if let lon, !(-180...180).contains(lon) { throw r.fail(node, "place \(id): longitude \(lon) out of range") }
        return Gazetteer.Place(
            id: id, name: try r.requiredString(m, "name", in: node), kind: kind, country: country,
            parent: try r.string(m["parent"], "parent"), lat: lat, lon: lon,
            aliases: try r.strings(m["aliases"], "aliases"), line: node.mark?.line)
    }

    static func validate(actors: [(Gazetteer.Actor, String)], places: [(Gazetteer.Place, String)]) throws(ExtractionError) {
        var actorIDs: [String: String] = [:]
        var names: [String: String] = [:]
        for (actor, path) in actors {
            if actorIDs[actor.id] != nil {
                throw ExtractionError(.invalid, path: path, line: actor.line, reason: "duplicate actor id \(actor.id)")
            }
            actorIDs[actor.id] = path
            for name in [actor.name] + actor.aliases + actor.demonyms + actor.metonyms {
                let key = NameKey.normalize(name)
                guard !key.isEmpty else { throw ExtractionError(.invalid, path: path, line: actor.line, reason: "actor \(actor.id): empty alias") }
                if let other = names[key], other != actor.id {
                    throw ExtractionError(.invalid, path: path, line: actor.line,
                                          reason: "actor \(actor.id): name or alias \"\(name)\" is already used by actor \(other)")
                }
                names[key] = actor.id
            }
        }
        for (actor, path) in actors {
            for role in actor.roles where actorIDs[role.target] == nil {
                throw ExtractionError(.invalid, path: path, line: actor.line,
                                      reason: "actor \(actor.id): role \(role.relation) names unknown actor \(role.target)")
            }
        }
        var placeIDs: [String: Gazetteer.Place] = [:]
        var placeNames: [String: String] = [:]
        for (place, path) in places {
            if placeIDs[place.id] != nil {
                throw ExtractionError(.invalid, path: path, line: place.line, reason: "duplicate place id \(place.id)")
            }
            placeIDs[place.id] = place
            for name in [place.name] + place.aliases {
                let key = NameKey.normalize(name)
                if let other = placeNames[key], other != place.id {
                    throw ExtractionError(.invalid, path: path, line: place.line,
                                          reason: "place \(place.id): name or alias \"\(name)\" is already used by place \(other)")
                }
                placeNames[key] = place.id
            }
        }
        for (place, path) in places {
            guard let parent = place.parent else { continue }
            guard placeIDs[parent] != nil else {
                throw ExtractionError(.invalid, path: path, line: place.line, reason: "place \(place.id): unknown parent \(parent)")
            }
            var seen: Set<String> = [place.id]
            var cursor = placeIDs[parent]
            while let current = cursor {
                if !seen.insert(current.id).inserted {
                    throw ExtractionError(.invalid, path: path, line: place.line, reason: "place \(place.id): parent chain loops through \(current.id)")
                }
                cursor = current.parent.flatMap { placeIDs[$0] }
            }
        }
    }
}
