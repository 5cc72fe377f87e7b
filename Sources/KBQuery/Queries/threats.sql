-- name: threats
-- title: Threats and whether they were carried out
-- description: Every threat (modality threatened, with the threatened act's code) and the first asserted event that carried it out: same root code as the threatened act, by the threatening actor or the state it acts for, against the same target or at the same place, within N days after the threat (dates to the day).
-- param: days integer = 30         how many days after the threat count
-- param: actor actor = null        only threats by this actor (a state includes everyone who acts for it)
-- param: limit integer = 1000      most rows
WITH members(id) AS (
    SELECT :actor WHERE :actor IS NOT NULL
    UNION SELECT actor_id FROM actor_state WHERE state_id = :actor
),
threat AS (
    SELECT t.*, (SELECT state_id FROM actor_state WHERE actor_id = t.source_id) AS source_state
    FROM event t
    WHERE t.modality = 'threatened' AND t.threatened_code IS NOT NULL
      AND (:actor IS NULL OR t.source_id IN members)
)
SELECT t.id AS threat_id, t.date AS threat_date, t.source_id AS source, t.target_id AS target,
       t.threatened_code, a.id AS action_id, a.date AS action_date,
       CAST(julianday(a.date) - julianday(t.date) AS INTEGER) AS days,
       a.id IS NOT NULL AS carried_out
FROM threat t
LEFT JOIN event a ON a.id = (
    -- The source's own events and its state's, in the window: the (source_id, date) index.
    SELECT x.id FROM event x
    WHERE x.source_id IN (t.source_id, t.source_state)
      AND length(t.date) = 10
      AND x.date >= t.date AND x.date <= date(t.date, '+' || :days || ' days')
      AND length(x.date) = 10
      AND x.modality = 'asserted'
      AND x.root = substr(t.threatened_code, 1, 2)
      AND (x.target_id = t.target_id OR x.place_id = t.place_id)
    ORDER BY x.date, x.id
    LIMIT 1)
ORDER BY t.date IS NULL, t.date, t.id
LIMIT :limit
