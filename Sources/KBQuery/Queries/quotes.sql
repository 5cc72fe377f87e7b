-- name: quotes
-- title: Who said what
-- description: Quotes with their speakers and the articles that carry them, newest first; by speaker (a state includes everyone who acts for it), by words in the quote, by date range of the article.
-- param: speaker actor = null      an actor id or any alias
-- param: about text = null         words the quote contains (case-insensitive)
-- param: from date = null          first article date
-- param: to date = null            last article date
-- param: limit integer = 200       most rows
WITH members(id) AS (
    SELECT :speaker WHERE :speaker IS NOT NULL
    UNION SELECT actor_id FROM actor_state WHERE state_id = :speaker
)
SELECT q.id, ar.published AS date, coalesce(a.name, '(unknown)') AS speaker, q.text, q.cue, q.origin,
       ar.id AS article_id, ar.title AS article
FROM quote q
LEFT JOIN actor a ON a.id = q.speaker_id
JOIN provenance p ON p.quote_id = q.id
JOIN article ar ON ar.id = p.article_id
WHERE (:speaker IS NULL OR q.speaker_id IN members)
  AND (:about IS NULL OR instr(lower(q.text), lower(:about)) > 0)
  AND (:from IS NULL OR ar.published >= :from)
  AND (:to IS NULL OR substr(ar.published, 1, length(:to)) <= :to)
ORDER BY ar.published DESC, q.id
LIMIT :limit
