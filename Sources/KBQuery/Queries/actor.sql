-- name: actor
-- title: Profile of an actor
-- description: Kind, country, aliases, dated roles and relations, the events it took part in as source and as target by CAMEO root, and its quotes.
-- param: actor actor               an actor id or any alias
SELECT 'actor' AS section, a.name AS item, a.kind || coalesce(' / ' || a.country, '') || coalesce(' / ' || a.code, '') AS detail, NULL AS n
FROM actor a WHERE a.id = :actor
UNION ALL
SELECT 'alias', alias, kind, NULL FROM actor_alias WHERE actor_id = :actor AND kind <> 'name'
UNION ALL
SELECT 'role', r.relation || ' ' || t.name, coalesce(r.title, '') || ' ' || coalesce(r.valid_from, '…') || ' to ' || coalesce(r.valid_to, '…'), NULL
FROM actor_relation r JOIN actor t ON t.id = r.target_id WHERE r.actor_id = :actor
UNION ALL
SELECT 'held by', s.name || ' ' || r.relation, coalesce(r.title, '') || ' ' || coalesce(r.valid_from, '…') || ' to ' || coalesce(r.valid_to, '…'), NULL
FROM actor_relation r JOIN actor s ON s.id = r.actor_id WHERE r.target_id = :actor
UNION ALL
SELECT * FROM (
    SELECT 'as source', e.root || ' ' || c.description, min(e.date) || ' to ' || max(e.date), count(*)
    FROM event e JOIN cameo_code c ON c.code = e.root WHERE e.source_id = :actor GROUP BY e.root ORDER BY e.root)
UNION ALL
SELECT * FROM (
    SELECT 'as target', e.root || ' ' || c.description, min(e.date) || ' to ' || max(e.date), count(*)
    FROM event e JOIN cameo_code c ON c.code = e.root WHERE e.target_id = :actor GROUP BY e.root ORDER BY e.root)
UNION ALL
SELECT * FROM (
    SELECT 'quote', q.text, coalesce(min(ar.published), ''), count(DISTINCT p.article_id)
    FROM quote q LEFT JOIN provenance p ON p.quote_id = q.id LEFT JOIN article ar ON ar.id = p.article_id
    WHERE q.speaker_id = :actor GROUP BY q.id ORDER BY min(ar.published))
