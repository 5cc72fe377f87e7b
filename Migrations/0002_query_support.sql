-- kb schema, version 2: what the canned queries need to be fast and explainable.

-- Who acts for which state: every actor with a country acts for the state of
-- that country (Kim Yo Jong, the Workers' Party, KCNA -> North Korea). The
-- state itself maps to itself.
CREATE VIEW actor_state AS
SELECT a.id AS actor_id, s.id AS state_id
FROM actor a JOIN actor s ON s.kind = 'state' AND s.country = a.country;

CREATE INDEX actor_country ON actor(country, kind);
CREATE INDEX event_threat ON event(modality, threatened_code) WHERE modality = 'threatened';
CREATE INDEX event_root_source ON event(root, source_id, target_id, place_id);

-- Summary tables kept by triggers at import, so that the relations index and
-- the connections question read thousands of rows, not a million.
-- Events per state dyad, period (YYYY-MM, or YYYY for year-precision dates),
-- modality and quad class.
CREATE TABLE event_state_summary (
    source_state  TEXT NOT NULL,
    target_state  TEXT NOT NULL,
    period        TEXT NOT NULL,
    modality      TEXT NOT NULL,
    quad_class    INTEGER NOT NULL,
    events        INTEGER NOT NULL,
    goldstein_sum REAL NOT NULL,
    PRIMARY KEY (source_state, target_state, period, modality, quad_class)
) WITHOUT ROWID;

-- Events per actor pair: the event edges of the actor network.
CREATE TABLE event_pair_summary (
    source_id TEXT NOT NULL,
    target_id TEXT NOT NULL,
    events    INTEGER NOT NULL,
    PRIMARY KEY (source_id, target_id)
) WITHOUT ROWID;
CREATE INDEX event_pair_summary_target ON event_pair_summary(target_id);

CREATE TRIGGER event_summary_insert AFTER INSERT ON event
WHEN new.source_id IS NOT NULL AND new.target_id IS NOT NULL BEGIN
    INSERT INTO event_pair_summary(source_id, target_id, events) VALUES (new.source_id, new.target_id, 1)
        ON CONFLICT DO UPDATE SET events = events + 1;
    INSERT INTO event_state_summary(source_state, target_state, period, modality, quad_class, events, goldstein_sum)
    SELECT s.state_id, t.state_id, substr(new.date, 1, 7), new.modality, new.quad_class, 1, new.goldstein
    FROM actor_state s, actor_state t
    WHERE s.actor_id = new.source_id AND t.actor_id = new.target_id AND new.date IS NOT NULL
    ON CONFLICT DO UPDATE SET events = events + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
END;

CREATE TRIGGER event_summary_delete AFTER DELETE ON event
WHEN old.source_id IS NOT NULL AND old.target_id IS NOT NULL BEGIN
    UPDATE event_pair_summary SET events = events - 1 WHERE source_id = old.source_id AND target_id = old.target_id;
    DELETE FROM event_pair_summary WHERE source_id = old.source_id AND target_id = old.target_id AND events <= 0;
    UPDATE event_state_summary SET events = events - 1, goldstein_sum = goldstein_sum - old.goldstein
        WHERE old.date IS NOT NULL AND period = substr(old.date, 1, 7) AND modality = old.modality AND quad_class = old.quad_class
          AND source_state = (SELECT state_id FROM actor_state WHERE actor_id = old.source_id)
          AND target_state = (SELECT state_id FROM actor_state WHERE actor_id = old.target_id);
    DELETE FROM event_state_summary WHERE events <= 0;
END;

-- Any change to what a summary counts is a delete and an insert of the row.
CREATE TRIGGER event_summary_update AFTER UPDATE OF source_id, target_id, date, modality, quad_class, goldstein ON event BEGIN
    UPDATE event_pair_summary SET events = events - 1
        WHERE old.source_id IS NOT NULL AND old.target_id IS NOT NULL
          AND source_id = old.source_id AND target_id = old.target_id;
    DELETE FROM event_pair_summary WHERE events <= 0;
    UPDATE event_state_summary SET events = events - 1, goldstein_sum = goldstein_sum - old.goldstein
        WHERE old.date IS NOT NULL AND period = substr(old.date, 1, 7) AND modality = old.modality AND quad_class = old.quad_class
          AND source_state = (SELECT state_id FROM actor_state WHERE actor_id = old.source_id)
          AND target_state = (SELECT state_id FROM actor_state WHERE actor_id = old.target_id);
    DELETE FROM event_state_summary WHERE events <= 0;
    INSERT INTO event_pair_summary(source_id, target_id, events)
        SELECT new.source_id, new.target_id, 1 WHERE new.source_id IS NOT NULL AND new.target_id IS NOT NULL
        ON CONFLICT DO UPDATE SET events = events + 1;
    INSERT INTO event_state_summary(source_state, target_state, period, modality, quad_class, events, goldstein_sum)
    SELECT s.state_id, t.state_id, substr(new.date, 1, 7), new.modality, new.quad_class, 1, new.goldstein
    FROM actor_state s, actor_state t
    WHERE s.actor_id = new.source_id AND t.actor_id = new.target_id AND new.date IS NOT NULL
    ON CONFLICT DO UPDATE SET events = events + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
END;
