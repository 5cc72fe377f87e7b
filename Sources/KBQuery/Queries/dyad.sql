-- name: dyad
-- title: Everything between two actors, both directions
-- description: Events from A to B and from B to A in date order with their Goldstein weights; each side includes everyone who acts for it when it is a state.
-- param: a actor = north-korea     one side
-- param: b actor = south-korea     the other side
-- param: limit integer = 500       most rows
WITH side_a(id) AS (SELECT :a UNION SELECT actor_id FROM actor_state WHERE state_id = :a),
     side_b(id) AS (SELECT :b UNION SELECT actor_id FROM actor_state WHERE state_id = :b)
SELECT e.id, e.date, CASE WHEN e.source_id IN side_a THEN 'a -> b' ELSE 'b -> a' END AS direction,
       e.source_name AS source, e.code, e.code_description AS event, e.target_name AS target, e.place_name AS place,
       e.goldstein, e.modality, e.origin
FROM event_view e
WHERE (e.source_id IN side_a AND e.target_id IN side_b) OR (e.source_id IN side_b AND e.target_id IN side_a)
ORDER BY e.date IS NULL, e.date, e.id
LIMIT :limit
