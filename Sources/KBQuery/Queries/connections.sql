-- name: connections
-- title: Shortest links between two actors
-- description: The shortest chains from one actor to another through dated relations (leader of, part of, ...) and shared events (the actor-pair summary kept at import), up to a depth limit; each hop says what links it. Breadth first over actors (each actor once per distance), then back from the target along shortest distances, so hubs do not multiply paths.
-- param: from actor                 where the chain starts
-- param: to actor                   where it ends
-- param: depth integer = 3          most hops
-- param: limit integer = 20         most chains
WITH RECURSIVE reach(node, hops) AS (
    SELECT :from, 0
    UNION
    SELECT r.target_id, w.hops + 1 FROM reach w JOIN actor_relation r ON r.actor_id = w.node WHERE w.hops < :depth AND w.node <> :to
    UNION
    SELECT r.actor_id, w.hops + 1 FROM reach w JOIN actor_relation r ON r.target_id = w.node WHERE w.hops < :depth AND w.node <> :to
    UNION
    SELECT p.target_id, w.hops + 1 FROM reach w JOIN event_pair_summary p ON p.source_id = w.node WHERE w.hops < :depth AND w.node <> :to
    UNION
    SELECT p.source_id, w.hops + 1 FROM reach w JOIN event_pair_summary p ON p.target_id = w.node WHERE w.hops < :depth AND w.node <> :to
),
distance(node, hops) AS (SELECT node, min(hops) FROM reach GROUP BY node),
back(node, hops, path) AS (
    SELECT :to, hops, (SELECT name FROM actor WHERE id = :to) FROM distance WHERE node = :to
    UNION ALL
    SELECT d.node, b.hops - 1, (SELECT name FROM actor WHERE id = d.node) || ' -[' || r.relation || ']-> ' || b.path
    FROM back b JOIN actor_relation r ON r.target_id = b.node JOIN distance d ON d.node = r.actor_id AND d.hops = b.hops - 1
    UNION ALL
    SELECT d.node, b.hops - 1, (SELECT name FROM actor WHERE id = d.node) || ' -[' || r.relation || ' (of)]-> ' || b.path
    FROM back b JOIN actor_relation r ON r.actor_id = b.node JOIN distance d ON d.node = r.target_id AND d.hops = b.hops - 1
    UNION ALL
    SELECT d.node, b.hops - 1, (SELECT name FROM actor WHERE id = d.node) || ' -[' || p.events || ' events]-> ' || b.path
    FROM back b JOIN event_pair_summary p ON p.target_id = b.node JOIN distance d ON d.node = p.source_id AND d.hops = b.hops - 1
    UNION ALL
    SELECT d.node, b.hops - 1, (SELECT name FROM actor WHERE id = d.node) || ' -[' || p.events || ' events (by them)]-> ' || b.path
    FROM back b JOIN event_pair_summary p ON p.source_id = b.node JOIN distance d ON d.node = p.target_id AND d.hops = b.hops - 1
)
SELECT (SELECT hops FROM distance WHERE node = :to) AS hops, path FROM back
WHERE node = :from AND hops = 0
ORDER BY path
LIMIT :limit
