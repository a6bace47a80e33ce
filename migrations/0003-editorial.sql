-- Editorial writes: API keys, revisions, the event log (audit trail and change feed), corrections, media versions.

CREATE TABLE api_keys (
  id                     TEXT PRIMARY KEY CHECK (length(id) = 16),
  -- The public part of a key, shown in lists and used to find it; the secret is only stored as a hash.
  prefix                 TEXT NOT NULL UNIQUE,
  secret_hash            TEXT NOT NULL,
  name                   TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  scopes                 TEXT NOT NULL CHECK (json_valid(scopes) AND json_type(scopes) = 'array'),
  -- Requests per minute for this key; NULL means the service's default for keys.
  rate_limit_per_minute  INTEGER CHECK (rate_limit_per_minute >= 0),
  created_at             TEXT NOT NULL,
  revoked_at             TEXT
) STRICT;

-- Every saved state of an article, in the shape a write accepts, so any version can be shown or restored.
CREATE TABLE article_revisions (
  article_id  TEXT NOT NULL,
  version     INTEGER NOT NULL CHECK (version >= 1),
  status      TEXT NOT NULL,
  snapshot    TEXT NOT NULL CHECK (json_valid(snapshot)),
  created_at  TEXT NOT NULL,
  key_id      TEXT,
  key_name    TEXT,
  PRIMARY KEY (article_id, version)
) STRICT, WITHOUT ROWID;

-- What happened to which article, when and by whom, in commit order. Written in the same transaction as
-- the change itself, so no change goes unrecorded and nothing is recorded that did not happen. Rows stay
-- after an article is deleted: the 'deleted' event is its tombstone.
CREATE TABLE article_events (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id  TEXT NOT NULL,
  type        TEXT NOT NULL CHECK (type IN ('created', 'updated', 'published', 'unpublished', 'scheduled', 'deleted', 'restored')),
  version     INTEGER,
  at          TEXT NOT NULL,
  key_id      TEXT,
  key_name    TEXT,
  -- Top-level fields the change touched, as a JSON array.
  changes     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes))
) STRICT;
CREATE INDEX article_events_by_article ON article_events (article_id, seq);

-- Public corrections of published articles: [{ "at": …, "note": … }].
ALTER TABLE articles ADD COLUMN corrections TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(corrections));
-- Articles' ETags include their media's versions, so a media edit revalidates every article showing it.
ALTER TABLE media ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

-- Existing articles start their history at their current version.
INSERT INTO article_events (article_id, type, version, at)
  SELECT id, 'created', version, created_at FROM articles ORDER BY seq;
