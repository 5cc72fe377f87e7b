-- kb schema, version 1: the whole data model of SPEC section 3.
-- Applied once, in one transaction, by the migrator; its SHA-256 is recorded in
-- kb_migration so an edited copy is refused later.

-- Settings and reference-data checksums (gazetteer_checksum, ...).
CREATE TABLE kb_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- CAMEO codebook, loaded from Seeds/cameo/ right after the migrations run.
CREATE TABLE cameo_code (
    code        TEXT PRIMARY KEY,            -- leading zeros kept: '0311'
    description TEXT NOT NULL,
    root        TEXT NOT NULL,               -- two digits: '03'
    quad_class  INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    goldstein   REAL NOT NULL CHECK (goldstein BETWEEN -10 AND 10)
) WITHOUT ROWID;

CREATE TABLE article (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL,
    source_url        TEXT,
    publisher         TEXT,
    published         TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]*'),
    body              TEXT NOT NULL,
    sha256            TEXT NOT NULL UNIQUE,  -- of the normalised body
    imported_at       TEXT NOT NULL,
    origin            TEXT NOT NULL CHECK (origin IN ('seed', 'import')),
    extractor_version TEXT NOT NULL,
    path              TEXT,                  -- the file it was read from, as given
    warnings          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)),
    -- Set to 1 by the last statement of an article's savepoint; a row with 0 can
    -- only be seen if atomicity broke, which `kb check` reports.
    complete          INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1))
);
CREATE UNIQUE INDEX article_source_url ON article(source_url) WHERE source_url IS NOT NULL;
CREATE INDEX article_published ON article(published);

CREATE TABLE actor (
    id      TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('state', 'government', 'person', 'organization',
                                          'military', 'media', 'group', 'igo')),
    country TEXT CHECK (country IS NULL OR (length(country) = 3 AND country = upper(country))),
    code    TEXT,                            -- CAMEO-style actor code: PRKGOV
    origin  TEXT NOT NULL CHECK (origin IN ('gazetteer', 'discovered', 'curated')),
    note    TEXT
) WITHOUT ROWID;
CREATE INDEX actor_name ON actor(name COLLATE NOCASE);

CREATE TABLE actor_alias (
    actor_id TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    alias    TEXT NOT NULL,
    norm     TEXT NOT NULL,                  -- lower-cased, hyphens and dots folded: lookup key
    kind     TEXT NOT NULL DEFAULT 'alias' CHECK (kind IN ('name', 'alias', 'demonym', 'metonym')),
    PRIMARY KEY (norm, actor_id)
) WITHOUT ROWID;
CREATE INDEX actor_alias_actor ON actor_alias(actor_id);

CREATE TABLE actor_relation (
    id         INTEGER PRIMARY KEY,
    actor_id   TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    relation   TEXT NOT NULL CHECK (relation IN ('part_of', 'member_of', 'leader_of', 'head_of', 'deputy_of',
                                                 'spokesperson_of', 'state_media_of', 'sibling_of', 'child_of',
                                                 'spouse_of')),
    target_id  TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    title      TEXT,
    valid_from TEXT,                         -- inclusive; NULL is an open end
    valid_to   TEXT,                         -- inclusive; NULL is an open end
    origin     TEXT NOT NULL CHECK (origin IN ('gazetteer', 'discovered', 'curated')),
    -- Dates compare at the precision both have: 2025-07-25 to 2025 is fine.
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to
           OR substr(valid_from, 1, length(valid_to)) = valid_to)
);
CREATE INDEX actor_relation_actor ON actor_relation(actor_id, relation);
CREATE INDEX actor_relation_target ON actor_relation(target_id, relation);

CREATE TABLE place (
    id        TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('country', 'city', 'county', 'island', 'zone', 'facility',
                                            'border', 'sea', 'region', 'road')),
    country   TEXT CHECK (country IS NULL OR (length(country) = 3 AND country = upper(country))),
    parent_id TEXT REFERENCES place(id) ON DELETE SET NULL,
    lat       REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
    lon       REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    origin    TEXT NOT NULL CHECK (origin IN ('gazetteer', 'discovered', 'curated'))
) WITHOUT ROWID;
CREATE INDEX place_parent ON place(parent_id);

CREATE TABLE place_alias (
    place_id TEXT NOT NULL REFERENCES place(id) ON DELETE CASCADE,
    alias    TEXT NOT NULL,
    norm     TEXT NOT NULL,
    kind     TEXT NOT NULL DEFAULT 'alias' CHECK (kind IN ('name', 'alias')),
    PRIMARY KEY (norm, place_id)
) WITHOUT ROWID;
CREATE INDEX place_alias_place ON place_alias(place_id);

CREATE TABLE event (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL REFERENCES cameo_code(code),
    root            TEXT NOT NULL CHECK (length(root) = 2),
    quad_class      INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    goldstein       REAL NOT NULL,
    source_id       TEXT REFERENCES actor(id),
    target_id       TEXT REFERENCES actor(id),
    place_id        TEXT REFERENCES place(id),
    date            TEXT,                    -- YYYY-MM-DD | YYYY-MM | YYYY | NULL (unknown)
    date_precision  TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    end_date        TEXT,
    modality        TEXT NOT NULL DEFAULT 'asserted'
                    CHECK (modality IN ('asserted', 'threatened', 'planned', 'denied', 'conditional')),
    threatened_code TEXT REFERENCES cameo_code(code),
    summary         TEXT,
    confidence      REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    origin          TEXT NOT NULL CHECK (origin IN ('curated', 'extracted')),
    CHECK ((date IS NULL) = (date_precision IS NULL)),
    CHECK (date IS NULL OR length(date) = CASE date_precision WHEN 'day' THEN 10 WHEN 'month' THEN 7 ELSE 4 END)
);
CREATE INDEX event_date ON event(date);
CREATE INDEX event_source ON event(source_id, date);
CREATE INDEX event_target ON event(target_id, date);
CREATE INDEX event_place ON event(place_id, date);
CREATE INDEX event_root ON event(root, date);

CREATE TABLE quote (
    id         INTEGER PRIMARY KEY,
    text       TEXT NOT NULL,
    speaker_id TEXT REFERENCES actor(id),    -- NULL: unknown, never guessed
    cue        TEXT,
    confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    origin     TEXT NOT NULL CHECK (origin IN ('curated', 'extracted')),
    event_id   INTEGER REFERENCES event(id) ON DELETE SET NULL
);
CREATE INDEX quote_speaker ON quote(speaker_id);
CREATE INDEX quote_event ON quote(event_id);

-- Where every fact came from: one row per mention, span or report. Offsets are
-- Unicode code point offsets into article.body, end exclusive; `text` is the
-- span as extracted, so provenance_check can prove the span still points at it.
CREATE TABLE provenance (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    fact_kind  TEXT NOT NULL CHECK (fact_kind IN ('actor', 'place', 'event', 'quote')),
    actor_id   TEXT REFERENCES actor(id) ON DELETE CASCADE,
    place_id   TEXT REFERENCES place(id) ON DELETE CASCADE,
    event_id   INTEGER REFERENCES event(id) ON DELETE CASCADE,
    quote_id   INTEGER REFERENCES quote(id) ON DELETE CASCADE,
    start      INTEGER,
    end        INTEGER,
    sentence   INTEGER,
    text       TEXT,
    origin     TEXT NOT NULL CHECK (origin IN ('curated', 'extracted')),
    CHECK ((fact_kind = 'actor') = (actor_id IS NOT NULL)),
    CHECK ((fact_kind = 'place') = (place_id IS NOT NULL)),
    CHECK ((fact_kind = 'event') = (event_id IS NOT NULL)),
    CHECK ((fact_kind = 'quote') = (quote_id IS NOT NULL)),
    CHECK ((start IS NULL) = (end IS NULL)),
    CHECK (start IS NULL OR (start >= 0 AND end >= start))
);
CREATE INDEX provenance_article ON provenance(article_id);
CREATE INDEX provenance_actor ON provenance(actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX provenance_place ON provenance(place_id) WHERE place_id IS NOT NULL;
CREATE INDEX provenance_event ON provenance(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX provenance_quote ON provenance(quote_id) WHERE quote_id IS NOT NULL;

-- Curated annotations (Seeds/ or imported). One whose article is not in the
-- database yet waits here with article_id NULL and applies on that import.
CREATE TABLE annotation (
    id         INTEGER PRIMARY KEY,
    path       TEXT NOT NULL,                -- where it was read from (Seeds/... or a file)
    source_url TEXT,
    sha256     TEXT,                         -- of the annotated article's normalised body, when keyed so
    content    TEXT NOT NULL,                -- the YAML as read
    checksum   TEXT NOT NULL UNIQUE,         -- SHA-256 of content
    article_id INTEGER REFERENCES article(id) ON DELETE SET NULL,
    CHECK (source_url IS NOT NULL OR sha256 IS NOT NULL)
);
CREATE INDEX annotation_source_url ON annotation(source_url);
CREATE INDEX annotation_sha256 ON annotation(sha256);

-- Full text: article titles and bodies, and quotes (external content, kept in
-- sync by triggers so the text is stored once).
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, body, content = 'article', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, content = 'quote', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
    INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quote_fts_update AFTER UPDATE OF text ON quote BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Views for the common joins.
CREATE VIEW event_view AS
SELECT e.id, e.date, e.date_precision, e.end_date, e.code, c.description AS code_description,
       e.root, e.quad_class, e.goldstein, e.modality, e.threatened_code,
       e.source_id, s.name AS source_name, e.target_id, t.name AS target_name,
       e.place_id, p.name AS place_name, e.summary, e.confidence, e.origin
FROM event e
JOIN cameo_code c ON c.code = e.code
LEFT JOIN actor s ON s.id = e.source_id
LEFT JOIN actor t ON t.id = e.target_id
LEFT JOIN place p ON p.id = e.place_id;

CREATE VIEW quote_view AS
SELECT q.id, q.text, q.speaker_id, a.name AS speaker_name, q.cue, q.confidence, q.origin, q.event_id,
       pr.article_id, ar.title AS article_title, ar.published, pr.start, pr.end
FROM quote q
LEFT JOIN actor a ON a.id = q.speaker_id
LEFT JOIN provenance pr ON pr.quote_id = q.id
LEFT JOIN article ar ON ar.id = pr.article_id;

CREATE VIEW provenance_view AS
SELECT pr.id, pr.fact_kind, coalesce(pr.actor_id, pr.place_id, pr.event_id, pr.quote_id) AS fact_id,
       pr.article_id, ar.title AS article_title, ar.source_url, pr.start, pr.end, pr.sentence, pr.text, pr.origin
FROM provenance pr JOIN article ar ON ar.id = pr.article_id;

-- Every provenance span whose text no longer matches the article body. Always
-- empty in a healthy database; `kb check` counts its rows.
CREATE VIEW provenance_check AS
SELECT pr.id AS provenance_id, pr.article_id, pr.fact_kind, pr.start, pr.end,
       pr.text AS expected, substr(ar.body, pr.start + 1, pr.end - pr.start) AS actual
FROM provenance pr JOIN article ar ON ar.id = pr.article_id
WHERE pr.start IS NOT NULL
  AND (pr.end > length(ar.body) OR pr.text IS NULL
       OR substr(ar.body, pr.start + 1, pr.end - pr.start) IS NOT pr.text);
