#ifndef KB_SQLITE_SHIM_H
#define KB_SQLITE_SHIM_H

typedef struct sqlite3 sqlite3;

/// Hardens a connection for untrusted SQL: no extension loading, defensive
/// mode (no writable_schema tricks, no sqlite_dbpage writes), untrusted schema,
/// and tight limits. Wraps sqlite3_db_config, which is variadic and so cannot
/// be called from Swift. Returns 0 on success, else the first failing code.
int kb_harden_connection(sqlite3 *db);

#endif
