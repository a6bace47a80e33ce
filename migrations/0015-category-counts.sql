-- The category tree's counts, kept by the transactions that write articles, so GET /v1/categories costs the number
-- of categories rather than the number of articles.
--
-- category_members remembers, per article, what its categories were counted as (listed: published or scheduled;
-- kids: what the kids profile shows, migrations/0006 and repositories/visibility.ts), so a write subtracts exactly
-- what was added even after the article's media changed. category_counts holds, per breadcrumb path, how many
-- articles (every one, for previews) and how many listed ones sit in it or below it, each also for the kids profile.
-- Public visibility also depends on the request's instant: a public read subtracts the listed articles whose
-- published_at is still ahead (upcoming_categories), a small set found through articles_by_published_at.
CREATE TABLE category_members (
  article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  listed      INTEGER NOT NULL CHECK (listed IN (0, 1)),
  kids        INTEGER NOT NULL CHECK (kids IN (0, 1))
) STRICT, WITHOUT ROWID;

CREATE TABLE category_counts (
  path          TEXT PRIMARY KEY,
  label         TEXT NOT NULL,
  depth         INTEGER NOT NULL CHECK (depth >= 1),
  -- No CHECK on the counts: an upsert checks the row it would insert (a -1) before it finds the row to update.
  articles      INTEGER NOT NULL,
  kids_articles INTEGER NOT NULL,
  listed        INTEGER NOT NULL,
  kids_listed   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX category_counts_in_tree_order ON category_counts (depth, path);

INSERT INTO category_members (article_id, listed, kids)
  SELECT a.id, a.status IN ('published', 'scheduled'),
         a.kids = 1 AND NOT EXISTS (
           SELECT 1 FROM article_media am JOIN media m ON m.id = am.media_id
           WHERE am.article_id = a.id AND NOT (coalesce(m.age_rating, -1) IN (0, 6) OR (m.age_rating IS NULL AND m.kids = 1)))
  FROM articles a;

INSERT INTO category_counts (path, label, depth, articles, kids_articles, listed, kids_listed)
  SELECT c.path, min(c.label), min(c.depth), count(*), sum(m.kids), sum(m.listed), sum(m.listed * m.kids)
  FROM article_categories c JOIN category_members m ON m.article_id = c.article_id
  GROUP BY c.path;

-- The categories of listed articles that are not public yet at the read's instant (public_instant(), migration 0008),
-- and whether the kids profile would show them: what a public read subtracts from the listed counts.
CREATE VIEW upcoming_categories AS
  SELECT c.path AS path, m.kids AS kids
  FROM articles a JOIN category_members m ON m.article_id = a.id JOIN article_categories c ON c.article_id = a.id
  WHERE a.published_at > public_instant() AND a.status IN ('published', 'scheduled');
