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
