-- What anonymous readers may see, as SQL views over one predicate, and a search index that holds only listed text.
--
-- public_instant() is an application function: the instant of the request the public reader is answering, NULL
-- outside a read (then the views show nothing). A scheduled article turns public at its instant by the comparison
-- alone, with no job that could run late. Every public read statement reads these views and nothing else of the
-- content tables, so none of them can reach a draft, a scheduled article before its time or an unpublished one,
-- whatever its own WHERE clause says.
CREATE VIEW public_articles AS
  SELECT * FROM articles
  WHERE status IN ('published', 'scheduled') AND coalesce(published_at, '') <= public_instant();

CREATE VIEW public_sections AS
  SELECT s.* FROM sections s WHERE EXISTS (SELECT 1 FROM public_articles a WHERE a.id = s.article_id);

CREATE VIEW public_article_media AS
  SELECT am.* FROM article_media am WHERE EXISTS (SELECT 1 FROM public_articles a WHERE a.id = am.article_id);

-- A media item is public while at least one public article shows it.
CREATE VIEW public_media AS
  SELECT m.* FROM media m WHERE EXISTS (SELECT 1 FROM public_article_media am WHERE am.media_id = m.id);

CREATE VIEW public_article_categories AS
  SELECT c.* FROM article_categories c WHERE EXISTS (SELECT 1 FROM public_articles a WHERE a.id = c.article_id);

CREATE VIEW public_article_tags AS
  SELECT t.* FROM article_tags t WHERE EXISTS (SELECT 1 FROM public_articles a WHERE a.id = t.article_id);

-- The search index split in two: listed articles (published or scheduled) in search_public, the rest (drafts,
-- unpublished) in search_hidden. Public searches read search_public only, so neither a snippet, nor an OR query,
-- nor bm25's statistics can carry text that was never listed; the time check comes from joining public_articles.
CREATE VIRTUAL TABLE search_public USING fts5 (
  title, kicker, teaser, caption, body,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE search_hidden USING fts5 (
  title, kicker, teaser, caption, body,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_public (rowid, title, kicker, teaser, caption, body)
  SELECT s.rowid, s.title, s.kicker, s.teaser, s.caption, s.body
  FROM article_search s JOIN articles a ON a.seq = s.rowid WHERE a.status IN ('published', 'scheduled');
INSERT INTO search_hidden (rowid, title, kicker, teaser, caption, body)
  SELECT s.rowid, s.title, s.kicker, s.teaser, s.caption, s.body
  FROM article_search s JOIN articles a ON a.seq = s.rowid WHERE a.status NOT IN ('published', 'scheduled');
DROP TABLE article_search;

-- The public change feed counts public events only: its cursor must not tell how many hidden edits lie between.
ALTER TABLE article_events ADD COLUMN public_seq INTEGER;
WITH numbered AS (SELECT seq, row_number() OVER (ORDER BY seq) AS n FROM article_events WHERE public_type IS NOT NULL)
UPDATE article_events SET public_seq = numbered.n FROM numbered WHERE numbered.seq = article_events.seq;
CREATE UNIQUE INDEX article_events_by_public_seq ON article_events (public_seq) WHERE public_seq IS NOT NULL;

CREATE VIEW public_events AS
  SELECT public_seq, seq, article_id, public_type AS type, version, at FROM article_events WHERE public_seq IS NOT NULL;

-- The media of public articles with their place on the page: what an article's answer, its media route and the
-- kids profile's check read.
CREATE VIEW public_attached_media AS
  SELECT am.article_id AS article_id, am.position AS position, am.role AS role, m.*
  FROM article_media am JOIN media m ON m.id = am.media_id
  WHERE EXISTS (SELECT 1 FROM public_articles a WHERE a.id = am.article_id);

-- When the next listed article goes public: lists and feeds may not be cached past that instant. Only the instant
-- is shown, never which article.
CREATE VIEW upcoming_publications AS
  SELECT published_at FROM articles WHERE status IN ('published', 'scheduled') AND published_at > public_instant();
