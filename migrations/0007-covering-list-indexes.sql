-- Covering indexes for the public keyset lists. Newest-first lists walk articles_by_listed_at from the top, and the
-- visibility rule (status, published_at) was checked on the table row: every scheduled, draft or unpublished article
-- at the head of the list cost a row lookup before the first visible one. With the two columns in the index the rule
-- is decided inside it, and only the rows shown are read.
CREATE INDEX articles_by_listed_at_visible ON articles (listed_at, id, status, published_at);
DROP INDEX articles_by_listed_at;

-- The next scheduled publication (a list's max-age) and the last public change (its Last-Modified) read status too.
CREATE INDEX articles_by_published_at_status ON articles (published_at, status);
DROP INDEX articles_by_published_at;
