import GRDB

/// Applies migrations through GRDB's `DatabaseMigrator`, each in its own
/// transaction, and records a checksum per migration in `kb_migration`.
/// Refuses, before changing anything, a database whose applied migration was
/// edited or that carries a migration this binary does not know.
struct MigrationRunner {
    let migrations: [Migration]
    let path: String

    func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: migration.sql)
                try db.execute(
                    sql: "INSERT INTO kb_migration(identifier, checksum, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                    arguments: [migration.identifier, migration.checksum])
                try db.execute(sql: "PRAGMA user_version = \(migrations.firstIndex(of: migration)! + 1)")
            }
        }
        return migrator
    }

    /// Checks the database against the known migrations; throws before any change.
    func verify(_ db: Database) throws {
        let migrator = migrator()
        guard try db.tableExists("grdb_migrations") else { return }
        let applied = try migrator.appliedIdentifiers(db)
        let known = Set(migrations.map(\.identifier))
        let unknown = applied.subtracting(known).sorted()
        if !unknown.isEmpty {
            throw StorageError(.migration, thing: path,
                               reason: "database was made by a newer kb (it has migration \(unknown.joined(separator: ", ")) this kb does not know); upgrade kb to open it")
        }
        let recorded = try db.tableExists("kb_migration")
            ? Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT identifier, checksum FROM kb_migration").map {
                ($0["identifier"] as String, $0["checksum"] as String)
            })
            : [:]
        for migration in migrations where applied.contains(migration.identifier) {
            guard let checksum = recorded[migration.identifier] else {
                throw StorageError(.migration, thing: path, reason: "migration \(migration.identifier) was applied without a recorded checksum; refusing to touch it")
            }
            if checksum != migration.checksum {
                throw StorageError(.migration, thing: path,
                                   reason: "migration \(migration.identifier) was edited after it was applied (checksum \(checksum.prefix(12)) in the database, \(migration.checksum.prefix(12)) in this kb); refusing to change the database")
            }
        }
    }

    /// True when every known migration is applied.
    func isUpToDate(_ db: Database) throws -> Bool {
        guard try db.tableExists("grdb_migrations") else { return false }
        return try migrator().appliedIdentifiers(db).isSuperset(of: migrations.map(\.identifier))
    }

    /// Verifies, then applies what is pending.
    func run(_ writer: any DatabaseWriter) throws {
        try writer.writeWithoutTransaction { db in
            try verify(db)
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS kb_migration (
                    identifier TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL) WITHOUT ROWID
                """)
        }
        try migrator().migrate(writer)
    }
}
