-- What lists, filters and search need: category and tag lookups, a full-text index and keyset indexes.

-- A stable integer per article (kept through VACUUM, unlike an implicit rowid): the full-text row's rowid.
ALTER TABLE articles ADD COLUMN seq INTEGER;
UPDATE articles SET seq = rowid;
CREATE UNIQUE INDEX articles_by_seq ON articles (seq);

-- Keyset pagination for the other sort orders, and the next scheduled publication.
CREATE INDEX articles_by_updated_at ON articles (updated_at, id);
CREATE INDEX articles_by_published_at ON articles (published_at);

-- One row per breadcrumb level: path is the labels from the root joined by '/', label the last of them.
CREATE TABLE article_categories (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  path        TEXT NOT NULL,
  label       TEXT NOT NULL,
  depth       INTEGER NOT NULL CHECK (depth >= 1),
  PRIMARY KEY (article_id, path)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_categories_by_path ON article_categories (path, article_id);
CREATE INDEX article_categories_by_label ON article_categories (label, article_id);

CREATE TABLE article_tags (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  tag         TEXT NOT NULL,
  PRIMARY KEY (article_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags (tag, article_id);

INSERT INTO article_categories (article_id, path, label, depth)
  SELECT a.id, (SELECT group_concat(j2.value, '/' ORDER BY j2.key) FROM json_each(a.breadcrumb) j2 WHERE j2.key <= j.key), j.value, j.key + 1
  FROM articles a, json_each(a.breadcrumb) j;
INSERT INTO article_tags (article_id, tag) SELECT DISTINCT a.id, j.value FROM articles a, json_each(a.tags) j;

-- The search index: one row per article, rowid = articles.seq. unicode61 folds case and strips diacritics
-- ("Gespräche" is indexed as "gesprache"); the query side adds the ae/oe/ue/ss spellings.
-- body holds the sections' headings and paragraphs, sections separated by a blank line.
CREATE VIRTUAL TABLE article_search USING fts5 (
  title, kicker, teaser, caption, body,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Index the articles that already exist, the same way the repository indexes every write.
INSERT INTO article_search (rowid, title, kicker, teaser, caption, body)
  SELECT a.seq, a.title, coalesce(a.kicker, ''), coalesce(a.teaser, ''),
    coalesce((SELECT group_concat(m.caption, char(10) ORDER BY am.position)
              FROM article_media am JOIN media m ON m.id = am.media_id
              WHERE am.article_id = a.id AND m.caption IS NOT NULL), ''),
    coalesce((SELECT group_concat(s.text, char(10) || char(10) ORDER BY s.position)
              FROM (SELECT sec.position,
                      concat_ws(char(10), sec.heading,
                        (SELECT group_concat(json_extract(b.value, '$.text'), char(10) ORDER BY b.key)
                         FROM json_each(sec.blocks) b WHERE json_extract(b.value, '$.type') IN ('paragraph', 'quote'))) AS text
                    FROM sections sec WHERE sec.article_id = a.id) s), '')
  FROM articles a;
