-- name: sources
-- title: Where a fact came from
-- description: The articles and text spans behind an event or a quote (give one of them): article, offsets, sentence index and the text of the span.
-- param: event integer = null      an event id
-- param: quote integer = null      a quote id
SELECT p.article_id, ar.title, ar.source_url, ar.published, p.start, p.end, p.sentence, p.text, p.origin
FROM provenance p JOIN article ar ON ar.id = p.article_id
WHERE (:event IS NOT NULL AND p.event_id = :event) OR (:quote IS NOT NULL AND p.quote_id = :quote)
ORDER BY ar.published, p.article_id, p.start
