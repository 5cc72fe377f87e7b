-- name: timeline
-- title: Events in date order
-- description: Dated events, oldest first: who did what to whom, where and when. An actor matches as source or target, and a state also matches everyone who acts for it; a place matches itself and every place inside it. (Undated events are in dyad, place and kb query.)
-- param: actor actor = null        an actor id or any alias ("Pyongyang", "Kim Yo-jong")
-- param: place place = null        a place id or any alias; includes the places inside it
-- param: root text = null          a two-digit CAMEO root code ("17")
-- param: quad integer = null       quad class 1-4 (1 verbal cooperation ... 4 material conflict)
-- param: from date = null          first date, YYYY[-MM[-DD]]
-- param: to date = null            last date, YYYY[-MM[-DD]]
-- param: origin text = null        curated or extracted
-- param: min_confidence real = 0   lowest confidence shown
-- param: limit integer = 500       most rows
WITH RECURSIVE inside(id) AS (
    SELECT :place WHERE :place IS NOT NULL
    UNION SELECT p.id FROM place p JOIN inside i ON p.parent_id = i.id
),
members(id) AS (
    SELECT :actor WHERE :actor IS NOT NULL
    UNION SELECT actor_id FROM actor_state WHERE state_id = :actor
),
-- With an actor or a place, the candidates come from their indexes; without,
-- the date index serves the range and the order.
candidates(id) AS (
    SELECT id FROM event WHERE :actor IS NOT NULL AND source_id IN members
    UNION SELECT id FROM event WHERE :actor IS NOT NULL AND target_id IN members
    UNION SELECT id FROM event WHERE :actor IS NULL AND :place IS NOT NULL AND place_id IN inside
)
SELECT e.id, e.date, e.code, e.code_description AS event, e.source_name AS source, e.target_name AS target,
       e.place_name AS place, e.modality, e.goldstein, round(e.confidence, 2) AS confidence, e.origin, e.summary
FROM event_view e
WHERE (:actor IS NULL AND :place IS NULL OR e.id IN candidates)
  AND (:actor IS NULL OR :place IS NULL OR e.place_id IN inside)
  AND e.date >= coalesce(:from, '0') AND e.date <= coalesce(:to, '9999') || '~'
  AND (:root IS NULL OR e.root = :root)
  AND (:quad IS NULL OR e.quad_class = :quad)
  AND (:origin IS NULL OR e.origin = :origin)
  AND e.confidence >= :min_confidence
ORDER BY e.date, e.id
LIMIT :limit
