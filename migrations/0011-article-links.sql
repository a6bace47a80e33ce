-- Which articles a body links to (rich text's article links): a reader's copy of the linking article is only current
-- while the linked articles are as they were, so their state is part of the linking article's version for caches.
-- Article links are new with this migration: existing bodies link to none, and the table starts empty.
CREATE TABLE article_links (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  -- No reference: the linked article may not exist yet, or any more; readers then see the words without the link.
  target_id   TEXT NOT NULL CHECK (length(target_id) = 16),
  PRIMARY KEY (article_id, target_id)
) STRICT, WITHOUT ROWID;

-- Public reads read views only (see 0008): the links of public articles.
CREATE VIEW public_article_links AS
  SELECT l.* FROM article_links l WHERE EXISTS (SELECT 1 FROM public_articles a WHERE a.id = l.article_id);
