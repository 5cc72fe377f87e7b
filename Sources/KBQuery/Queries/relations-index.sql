-- name: relations-index
-- title: How relations moved, month by month or year by year
-- description: For a dyad (default North and South Korea, each with everyone who acts for it), per period, both directions: event count, Goldstein sum and mean, and counts per quad class. Asserted events only unless all_modalities is 1.
-- param: a actor = north-korea     one side
-- param: b actor = south-korea     the other side
-- param: period text = year        month or year
-- param: all_modalities integer = 0   1 to count threats, plans, denials and conditionals too
-- param: from date = null          first period
-- param: to date = null            last period
WITH side_a(id) AS (SELECT :a UNION SELECT actor_id FROM actor_state WHERE state_id = :a),
     side_b(id) AS (SELECT :b UNION SELECT actor_id FROM actor_state WHERE state_id = :b)
SELECT substr(e.date, 1, CASE :period WHEN 'month' THEN 7 ELSE 4 END) AS period,
       count(*) AS events,
       round(sum(e.goldstein), 1) AS goldstein_sum,
       round(avg(e.goldstein), 2) AS goldstein_mean,
       sum(e.quad_class = 1) AS verbal_cooperation,
       sum(e.quad_class = 2) AS material_cooperation,
       sum(e.quad_class = 3) AS verbal_conflict,
       sum(e.quad_class = 4) AS material_conflict
FROM event e
WHERE e.date IS NOT NULL
  AND (:period <> 'month' OR length(e.date) >= 7)
  AND ((e.source_id IN side_a AND e.target_id IN side_b) OR (e.source_id IN side_b AND e.target_id IN side_a))
  AND (:all_modalities = 1 OR e.modality = 'asserted')
  AND (:from IS NULL OR e.date >= :from)
  AND (:to IS NULL OR substr(e.date, 1, length(:to)) <= :to)
GROUP BY 1
ORDER BY 1
