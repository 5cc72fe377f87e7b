-- kb schema, version 3: what import and the threats question need to stay fast
-- as the database grows. First, indexes for the writer's "same event" question.
-- For every extracted event, import asks whether the database already holds
-- the same event (SPEC section 3: same root code, source, target, place and
-- modality, and a compatible date). `event_root_source` left out the modality
-- and the date, so the answer walked every report of a busy dyad in turn: a
-- cost that grew with the database, quadratic over a large import.

DROP INDEX event_root_source;

-- Reports of one event key in id order: the first one, whatever its date
-- (a report without a date is the same event as any of them).
CREATE INDEX event_key ON event(root, source_id, target_id, place_id, modality);

-- The same with the date, so that a dated report finds a compatible one (no
-- date, a prefix of its date, or a date it is a prefix of) in a few seeks.
CREATE INDEX event_key_date ON event(root, source_id, target_id, place_id, modality, date);

-- Threats by one actor: the partial index of threats also carries the source,
-- so that `kb ask threats --actor X` filters the index and reads only X's
-- threats, not every threat in the database.
DROP INDEX event_threat;
CREATE INDEX event_threat ON event(modality, threatened_code, source_id) WHERE modality = 'threatened';

-- The summary triggers of migration 0002, with two changes that keep their
-- counts the same: a summary row that falls to zero is deleted by its key,
-- not by scanning the whole summary table, and an update that changes
-- nothing the summaries count (the writer making a date more precise within
-- its month) leaves them alone. Import updates dates often; each update
-- scanned both summary tables.
DROP TRIGGER event_summary_delete;
CREATE TRIGGER event_summary_delete AFTER DELETE ON event
WHEN old.source_id IS NOT NULL AND old.target_id IS NOT NULL BEGIN
    UPDATE event_pair_summary SET events = events - 1 WHERE source_id = old.source_id AND target_id = old.target_id;
    DELETE FROM event_pair_summary WHERE source_id = old.source_id AND target_id = old.target_id AND events <= 0;
    UPDATE event_state_summary SET events = events - 1, goldstein_sum = goldstein_sum - old.goldstein
        WHERE old.date IS NOT NULL AND period = substr(old.date, 1, 7) AND modality = old.modality AND quad_class = old.quad_class
          AND source_state = (SELECT state_id FROM actor_state WHERE actor_id = old.source_id)
          AND target_state = (SELECT state_id FROM actor_state WHERE actor_id = old.target_id);
    DELETE FROM event_state_summary
        WHERE old.date IS NOT NULL AND period = substr(old.date, 1, 7) AND modality = old.modality AND quad_class = old.quad_class
          AND source_state = (SELECT state_id FROM actor_state WHERE actor_id = old.source_id)
          AND target_state = (SELECT state_id FROM actor_state WHERE actor_id = old.target_id)
          AND events <= 0;
END;

DROP TRIGGER event_summary_update;
CREATE TRIGGER event_summary_update AFTER UPDATE OF source_id, target_id, date, modality, quad_class, goldstein ON event
WHEN old.source_id IS NOT new.source_id OR old.target_id IS NOT new.target_id
  OR substr(old.date, 1, 7) IS NOT substr(new.date, 1, 7) OR old.modality IS NOT new.modality
  OR old.quad_class IS NOT new.quad_class OR old.goldstein IS NOT new.goldstein BEGIN
    UPDATE event_pair_summary SET events = events - 1
        WHERE old.source_id IS NOT NULL AND old.target_id IS NOT NULL
          AND source_id = old.source_id AND target_id = old.target_id;
    DELETE FROM event_pair_summary WHERE source_id = old.source_id AND target_id = old.target_id AND events <= 0;
    UPDATE event_state_summary SET events = events - 1, goldstein_sum = goldstein_sum - old.goldstein
        WHERE old.date IS NOT NULL AND period = substr(old.date, 1, 7) AND modality = old.modality AND quad_class = old.quad_class
          AND source_state = (SELECT state_id FROM actor_state WHERE actor_id = old.source_id)
          AND target_state = (SELECT state_id FROM actor_state WHERE actor_id = old.target_id);
    DELETE FROM event_state_summary
        WHERE old.date IS NOT NULL AND period = substr(old.date, 1, 7) AND modality = old.modality AND quad_class = old.quad_class
          AND source_state = (SELECT state_id FROM actor_state WHERE actor_id = old.source_id)
          AND target_state = (SELECT state_id FROM actor_state WHERE actor_id = old.target_id)
          AND events <= 0;
    INSERT INTO event_pair_summary(source_id, target_id, events)
        SELECT new.source_id, new.target_id, 1 WHERE new.source_id IS NOT NULL AND new.target_id IS NOT NULL
        ON CONFLICT DO UPDATE SET events = events + 1;
    INSERT INTO event_state_summary(source_state, target_state, period, modality, quad_class, events, goldstein_sum)
    SELECT s.state_id, t.state_id, substr(new.date, 1, 7), new.modality, new.quad_class, 1, new.goldstein
    FROM actor_state s, actor_state t
    WHERE s.actor_id = new.source_id AND t.actor_id = new.target_id AND new.date IS NOT NULL
    ON CONFLICT DO UPDATE SET events = events + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
END;
