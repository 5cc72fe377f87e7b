-- Grows a kb database to :events synthetic events (with one article per 10
-- events, a provenance row per event and a quote per 10 events), for query
-- benchmarks at scale. Run with the sqlite3 shell on a database kb created:
--   sqlite3 kb.sqlite -cmd ".parameter set :events 1000000" < Benchmarks/scale-events.sql
-- Actors and places are drawn from the gazetteer, codes from the codebook,
-- dates from 1950 to 2025; the two Koreas and their bodies dominate, as in the news.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE a AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM actor WHERE country IN ('PRK', 'KOR') OR kind = 'state';
CREATE TEMP TABLE pl AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM place;
CREATE TEMP TABLE c AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, code, root, quad_class, goldstein FROM cameo_code;
CREATE TEMP TABLE counts AS SELECT (SELECT count(*) FROM a) AS na, (SELECT count(*) FROM pl) AS np, (SELECT count(*) FROM c) AS nc;

INSERT INTO article(title, source_url, publisher, published, body, sha256, imported_at, origin, extractor_version, warnings, complete)
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < :events / 10)
SELECT 'Synthetic article ' || i, 'https://bench.example.org/' || i, 'bench.example.org',
       date('1950-01-01', '+' || (abs(random()) % 27400) || ' days'),
       'North Korea and South Korea. Synthetic body ' || i || ' for benchmarks: the liaison office, Kaesong and Panmunjom.',
       'bench-' || i, '2026-01-01T00:00:00Z', 'import', 'bench', '[]', 1
FROM k;

INSERT INTO event(code, root, quad_class, goldstein, source_id, target_id, place_id, date, date_precision, modality, confidence, origin, summary)
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < :events)
SELECT c.code, c.root, c.quad_class, c.goldstein,
       CASE WHEN i % 3 = 0 THEN 'north-korea' ELSE s.id END,
       CASE WHEN i % 3 = 1 THEN 'south-korea' ELSE t.id END,
       CASE WHEN i % 4 = 0 THEN NULL ELSE p.id END,
       date('1950-01-01', '+' || (i * 7919 % 27400) || ' days'), 'day',
       CASE WHEN i % 50 = 0 THEN 'threatened' ELSE 'asserted' END, 0.8, 'extracted', 'synthetic event ' || i
FROM k, counts
JOIN c ON c.n = (i * 31) % counts.nc
JOIN a s ON s.n = (i * 17) % counts.na
JOIN a t ON t.n = (i * 13 + 5) % counts.na
JOIN pl p ON p.n = (i * 7) % counts.np;
UPDATE event SET threatened_code = '1712', code = '138', root = '13', quad_class = 3, goldstein = -7.0
WHERE modality = 'threatened' AND threatened_code IS NULL;

CREATE TEMP TABLE first AS SELECT (SELECT min(id) FROM article WHERE sha256 LIKE 'bench-%') AS article,
    (SELECT min(id) FROM event WHERE summary LIKE 'synthetic event %') AS event;
INSERT INTO provenance(article_id, fact_kind, event_id, start, "end", sentence, text, origin)
SELECT first.article + (e.id - first.event) / 10, 'event', e.id, 0, 11, 0, 'North Korea', 'extracted'
FROM event e, first WHERE e.id >= first.event;

INSERT INTO quote(text, speaker_id, cue, confidence, origin)
SELECT 'synthetic statement ' || e.id, e.source_id, 'said', 0.8, 'extracted' FROM event e WHERE e.summary LIKE 'synthetic event %' AND e.id % 10 = 0;
INSERT INTO provenance(article_id, fact_kind, quote_id, start, "end", sentence, text, origin)
SELECT first.article + q.id % (:events / 10), 'quote', q.id, NULL, NULL, NULL, NULL, 'extracted'
FROM quote q, first WHERE q.text LIKE 'synthetic statement %';
COMMIT;
ANALYZE;
