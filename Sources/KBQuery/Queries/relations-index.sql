-- name: relations-index
-- title: How relations moved, month by month or year by year
-- description: For a dyad (default North and South Korea, each with everyone who acts for it), per period, both directions: event count, Goldstein sum and mean, and counts per quad class. Asserted events only unless all_modalities is 1. Two states read the summary kept at import; other actors are counted from the events.
-- param: a actor = north-korea     one side
-- param: b actor = south-korea     the other side
-- param: period text = year        month or year
-- param: all_modalities integer = 0   1 to count threats, plans, denials and conditionals too
-- param: from date = null          first period
-- param: to date = null            last period
WITH states(both) AS (
    SELECT (SELECT kind FROM actor WHERE id = :a) = 'state' AND (SELECT kind FROM actor WHERE id = :b) = 'state'
),
side_a(id) AS (SELECT :a UNION SELECT actor_id FROM actor_state WHERE state_id = :a),
side_b(id) AS (SELECT :b UNION SELECT actor_id FROM actor_state WHERE state_id = :b),
counted(period, quad_class, events, goldstein_sum) AS (
    SELECT s.period, s.quad_class, s.events, s.goldstein_sum
    FROM event_state_summary s, states
    WHERE states.both
      AND ((s.source_state = :a AND s.target_state = :b) OR (s.source_state = :b AND s.target_state = :a))
      AND (:all_modalities = 1 OR s.modality = 'asserted')
    UNION ALL
    SELECT substr(e.date, 1, 7), e.quad_class, 1, e.goldstein
    FROM event e, states
    WHERE NOT states.both AND e.date IS NOT NULL
      AND ((e.source_id IN side_a AND e.target_id IN side_b) OR (e.source_id IN side_b AND e.target_id IN side_a))
      AND (:all_modalities = 1 OR e.modality = 'asserted')
)
SELECT substr(period, 1, CASE :period WHEN 'month' THEN 7 ELSE 4 END) AS period,
       sum(events) AS events,
       round(sum(goldstein_sum), 1) AS goldstein_sum,
       round(sum(goldstein_sum) / sum(events), 2) AS goldstein_mean,
       sum(CASE quad_class WHEN 1 THEN events ELSE 0 END) AS verbal_cooperation,
       sum(CASE quad_class WHEN 2 THEN events ELSE 0 END) AS material_cooperation,
       sum(CASE quad_class WHEN 3 THEN events ELSE 0 END) AS verbal_conflict,
       sum(CASE quad_class WHEN 4 THEN events ELSE 0 END) AS material_conflict
FROM counted
WHERE (:period <> 'month' OR length(period) >= 7)
  AND (:from IS NULL OR period >= substr(:from, 1, 7))
  AND (:to IS NULL OR substr(period, 1, length(:to)) <= :to)
GROUP BY 1
ORDER BY 1
