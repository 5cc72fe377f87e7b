-- name: connections
-- title: Shortest links between two actors
-- description: The shortest chains from one actor to another through dated relations (leader of, part of, ...) and shared events, breadth first up to a depth limit; each hop says what links it.
-- param: from actor                 where the chain starts
-- param: to actor                   where it ends
-- param: depth integer = 3          most hops
-- param: limit integer = 20         most chains
WITH RECURSIVE edge(a, b, why) AS (
    SELECT actor_id, target_id, relation FROM actor_relation
    UNION ALL SELECT target_id, actor_id, relation || ' (of)' FROM actor_relation
    UNION ALL SELECT source_id, target_id, 'event ' || root || ' x' || count(*) FROM event
        WHERE source_id IS NOT NULL AND target_id IS NOT NULL GROUP BY source_id, target_id, root
    UNION ALL SELECT target_id, source_id, 'event ' || root || ' x' || count(*) || ' (by them)' FROM event
        WHERE source_id IS NOT NULL AND target_id IS NOT NULL GROUP BY source_id, target_id, root
),
walk(node, hops, path, seen) AS (
    SELECT :from, 0, (SELECT name FROM actor WHERE id = :from), ',' || :from || ','
    UNION ALL
    SELECT e.b, w.hops + 1, w.path || ' -[' || e.why || ']-> ' || (SELECT name FROM actor WHERE id = e.b), w.seen || e.b || ','
    FROM walk w JOIN edge e ON e.a = w.node
    WHERE w.hops < :depth AND instr(w.seen, ',' || e.b || ',') = 0 AND w.node <> :to
)
SELECT hops, path FROM walk
WHERE node = :to AND hops = (SELECT min(hops) FROM walk WHERE node = :to)
ORDER BY path
LIMIT :limit
