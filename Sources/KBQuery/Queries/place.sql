-- name: place
-- title: What happened at a place and everywhere inside it
-- description: Events at the place and at every place inside it (a facility in a zone in a city), in date order, with the place they happened at and how deep inside it lies.
-- param: place place               a place id or any alias ("Kaesong", "Gaeseong")
-- param: limit integer = 500       most rows
WITH RECURSIVE inside(id, depth, path) AS (
    SELECT :place, 0, (SELECT name FROM place WHERE id = :place)
    UNION ALL
    SELECT p.id, i.depth + 1, i.path || ' > ' || p.name FROM place p JOIN inside i ON p.parent_id = i.id WHERE i.depth < 10
),
-- The first :limit events in date order, chosen from the (place_id, date)
-- index alone; only those rows are then read and joined, not every event
-- at the place.
chosen(id) AS (
    SELECT id FROM event WHERE place_id IN (SELECT id FROM inside)
    ORDER BY date IS NULL, date, id
    LIMIT :limit
)
SELECT e.id, e.date, e.code, e.code_description AS event, e.source_name AS source, e.target_name AS target,
       (SELECT path FROM inside WHERE inside.id = e.place_id) AS place,
       (SELECT depth FROM inside WHERE inside.id = e.place_id) AS depth, e.modality, e.origin
FROM event_view e
WHERE e.id IN chosen
ORDER BY e.date IS NULL, e.date, e.id
LIMIT :limit
