-- Sections, revisions and import bases hold rows of several KB. As WITHOUT ROWID tables they kept only ~1 KB of each
-- row in the b-tree page and the rest in overflow pages, and rows arriving in random key order left pages half empty:
-- 17 KB of disk for an article of 4 KB of text. They become ordinary rowid tables (rows appended in write order, pages
-- filled) with their key as a unique index, and a snapshot (revision or import base) is stored packed (DEFLATE of its
-- JSON, see src/db/packed-json.ts): SQL reads inside one with unpack_json(snapshot).

-- Each table is rebuilt under a new name and renamed into place. In legacy mode the rename leaves the views alone
-- (they name the table, and find the new one); otherwise SQLite re-checks every view, and the public ones call
-- public_instant(), which only the running service defines.
PRAGMA legacy_alter_table = ON;
CREATE TABLE sections_new (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 1),
  heading     TEXT,
  -- Ordered blocks (paragraph, quote, media reference) as a JSON array, validated by the API's schemas on write.
  blocks      TEXT NOT NULL CHECK (json_valid(blocks) AND json_type(blocks) = 'array')
) STRICT;
INSERT INTO sections_new (article_id, position, heading, blocks)
  SELECT s.article_id, s.position, s.heading, s.blocks FROM sections s JOIN articles a ON a.id = s.article_id ORDER BY a.seq, s.position;
DROP TABLE sections;
ALTER TABLE sections_new RENAME TO sections;
CREATE UNIQUE INDEX sections_by_article ON sections (article_id, position);

-- Every saved state of an article, in the shape a write accepts, so any version can be shown or restored.
CREATE TABLE article_revisions_new (
  article_id  TEXT NOT NULL,
  version     INTEGER NOT NULL CHECK (version >= 1),
  status      TEXT NOT NULL,
  -- The article as saved: its JSON, packed.
  snapshot    BLOB NOT NULL,
  created_at  TEXT NOT NULL,
  key_id      TEXT,
  key_name    TEXT
) STRICT;
INSERT INTO article_revisions_new (article_id, version, status, snapshot, created_at, key_id, key_name)
  SELECT article_id, version, status, pack_json(snapshot), created_at, key_id, key_name FROM article_revisions ORDER BY created_at, article_id, version;
DROP TABLE article_revisions;
ALTER TABLE article_revisions_new RENAME TO article_revisions;
CREATE UNIQUE INDEX article_revisions_by_article ON article_revisions (article_id, version);

-- What a source gave at its last import: a whole article too, packed the same way.
CREATE TABLE import_bases_new (
  article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  snapshot    BLOB NOT NULL
) STRICT;
INSERT INTO import_bases_new (article_id, snapshot) SELECT article_id, pack_json(snapshot) FROM import_bases;
DROP TABLE import_bases;
ALTER TABLE import_bases_new RENAME TO import_bases;
PRAGMA legacy_alter_table = OFF;

-- Two indexes no statement reads (EXPLAIN QUERY PLAN of every read: tags and categories are looked up by their
-- keys, tag_key and category_id/slug/label_key), written with every article all the same.
DROP INDEX article_categories_by_label;
DROP INDEX article_tags_by_tag;
