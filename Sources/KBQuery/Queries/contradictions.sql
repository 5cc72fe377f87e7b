-- name: contradictions
-- title: Reports that disagree on a date
-- description: Pairs of events that agree on root code, source, target and place but whose dates cannot both be true at their precision (SPEC: the same event told with incompatible dates), with the articles behind each.
-- param: limit integer = 200       most rows
SELECT e1.id || ',' || e2.id AS event_ids, 'date' AS field, e1.date || ' | ' || e2.date AS "values",
       (SELECT group_concat(DISTINCT article_id) FROM provenance WHERE event_id = e1.id) || ' | ' ||
       (SELECT group_concat(DISTINCT article_id) FROM provenance WHERE event_id = e2.id) AS article_ids,
       e1.code || ' ' || c.description AS event, s.name AS source, t.name AS target, p.name AS place
FROM event e1
JOIN event e2 ON e2.root = e1.root AND e2.id > e1.id
    AND e2.source_id IS e1.source_id AND e2.target_id IS e1.target_id AND e2.place_id IS e1.place_id
    AND e2.modality = e1.modality
JOIN cameo_code c ON c.code = e1.code
LEFT JOIN actor s ON s.id = e1.source_id
LEFT JOIN actor t ON t.id = e1.target_id
LEFT JOIN place p ON p.id = e1.place_id
WHERE e1.date IS NOT NULL AND e2.date IS NOT NULL
  AND substr(e1.date, 1, min(length(e1.date), length(e2.date))) <> substr(e2.date, 1, min(length(e1.date), length(e2.date)))
  AND e1.place_id IS NOT NULL
ORDER BY e1.id, e2.id
LIMIT :limit
