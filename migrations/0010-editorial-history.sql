-- Editorial history that writes must not lose: the slugs an article had (an old URL keeps leading to it), and what
-- a source said when it was last imported (a re-import applies what the source changed, not what an editor did).

-- A slug an article no longer holds. Current slugs win: an article that takes one of these slugs removes it here.
CREATE TABLE slug_history (
  slug        TEXT PRIMARY KEY CHECK (length(slug) BETWEEN 1 AND 100),
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  retired_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX slug_history_by_article ON slug_history (article_id);

-- The article as its source last gave it, in the shape a write accepts: the base of the three-way merge a
-- re-import makes between the source's new version and the editors' changes.
CREATE TABLE import_bases (
  article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  snapshot    TEXT NOT NULL CHECK (json_valid(snapshot))
) STRICT, WITHOUT ROWID;
