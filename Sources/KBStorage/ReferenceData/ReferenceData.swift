import GRDB
import KBExtraction

/// Keeps the reference tables (CAMEO codebook, gazetteer actors and places)
/// in step with what this binary embeds. Runs after migrations on every
/// writable open; cheap when nothing changed (one checksum comparison).
enum ReferenceData {
    static func sync(_ db: Database) throws {
        if try Int.fetchOne(db, sql: "SELECT count(*) FROM cameo_code") == 0 {
            try loadCodebook(db, Codebook.bundled)
        }
        // Compare checksums first: parsing the gazetteer is only needed when it changed.
        let stored = try String.fetchOne(db, sql: "SELECT value FROM kb_meta WHERE key = 'gazetteer_checksum'")
        if stored != GazetteerLoader.bundledChecksum {
            let gazetteer = try Gazetteer.bundled.get()
            try loadGazetteer(db, gazetteer)
            try db.execute(sql: "INSERT OR REPLACE INTO kb_meta(key, value) VALUES ('gazetteer_checksum', ?)", arguments: [gazetteer.checksum])
        }
    }

    /// True when the reference tables match what this binary embeds.
    static func isUpToDate(_ db: Database) throws -> Bool {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM cameo_code") ?? 0 > 0 else { return false }
        let stored = try String.fetchOne(db, sql: "SELECT value FROM kb_meta WHERE key = 'gazetteer_checksum'")
        return stored == GazetteerLoader.bundledChecksum
    }

    static func loadCodebook(_ db: Database, _ book: Codebook) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO cameo_code(code, description, root, quad_class, goldstein) VALUES (?, ?, ?, ?, ?)")
        for entry in book.entries.values.sorted(by: { $0.code < $1.code }) {
            try statement.execute(arguments: [entry.code, entry.description, entry.root, entry.quadClass, entry.goldstein])
        }
    }

    /// Upserts the gazetteer: rows are updated in place (events point at them),
    /// aliases and gazetteer relations are rewritten.
    static func loadGazetteer(_ db: Database, _ g: Gazetteer) throws {
        let upsertActor = try db.makeStatement(sql: """
            INSERT INTO actor(id, name, kind, country, code, origin, note) VALUES (?, ?, ?, ?, ?, 'gazetteer', ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country,
                code = excluded.code, origin = 'gazetteer', note = excluded.note
            """)
        let alias = try db.makeStatement(sql: "INSERT OR IGNORE INTO actor_alias(actor_id, alias, norm, kind) VALUES (?, ?, ?, ?)")
        for actor in g.actors {
            try upsertActor.execute(arguments: [actor.id, actor.name, actor.kind, actor.country, actor.code, actor.note])
        }
        try db.execute(sql: "DELETE FROM actor_alias WHERE actor_id IN (SELECT id FROM actor WHERE origin = 'gazetteer')")
        try db.execute(sql: "DELETE FROM actor_relation WHERE origin = 'gazetteer'")
        let relation = try db.makeStatement(sql: """
            INSERT INTO actor_relation(actor_id, relation, target_id, title, valid_from, valid_to, origin)
            VALUES (?, ?, ?, ?, ?, ?, 'gazetteer')
            """)
        for actor in g.actors {
            try alias.execute(arguments: [actor.id, actor.name, NameKey.normalize(actor.name), "name"])
            for a in actor.aliases { try alias.execute(arguments: [actor.id, a, NameKey.normalize(a), "alias"]) }
            for a in actor.demonyms { try alias.execute(arguments: [actor.id, a, NameKey.normalize(a), "demonym"]) }
            for a in actor.metonyms { try alias.execute(arguments: [actor.id, a, NameKey.normalize(a), "metonym"]) }
            for role in actor.roles {
                try relation.execute(arguments: [actor.id, role.relation, role.target, role.title,
                                                 role.from?.description, role.to?.description])
            }
        }
        let upsertPlace = try db.makeStatement(sql: """
            INSERT INTO place(id, name, kind, country, parent_id, lat, lon, origin) VALUES (?, ?, ?, ?, NULL, ?, ?, 'gazetteer')
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country,
                lat = excluded.lat, lon = excluded.lon, origin = 'gazetteer'
            """)
        for place in g.places {
            try upsertPlace.execute(arguments: [place.id, place.name, place.kind, place.country, place.lat, place.lon])
        }
        let parent = try db.makeStatement(sql: "UPDATE place SET parent_id = ? WHERE id = ?")
        for place in g.places { try parent.execute(arguments: [place.parent, place.id]) }
        try db.execute(sql: "DELETE FROM place_alias WHERE place_id IN (SELECT id FROM place WHERE origin = 'gazetteer')")
        let placeAlias = try db.makeStatement(sql: "INSERT OR IGNORE INTO place_alias(place_id, alias, norm, kind) VALUES (?, ?, ?, ?)")
        for place in g.places {
            try placeAlias.execute(arguments: [place.id, place.name, NameKey.normalize(place.name), "name"])
            for a in place.aliases { try placeAlias.execute(arguments: [place.id, a, NameKey.normalize(a), "alias"]) }
        }
    }
}
