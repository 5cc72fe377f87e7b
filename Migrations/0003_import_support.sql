-- kb schema, version 3: indexes for the writer's "same event" question.
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
