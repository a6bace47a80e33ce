-- Articles, their sections and their media. Timestamps are ISO 8601 UTC strings with milliseconds
-- ('2024-01-31T09:00:00.000Z'), so text comparison orders them correctly.

CREATE TABLE articles (
  id            TEXT PRIMARY KEY CHECK (length(id) = 16),
  slug          TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 100),
  kicker        TEXT,
  title         TEXT NOT NULL CHECK (length(title) > 0),
  teaser        TEXT,
  language      TEXT NOT NULL,
  breadcrumb    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(breadcrumb) AND json_type(breadcrumb) = 'array'),
  tags          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
  status        TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'unpublished')),
  -- NULL when the source gives no date: the API never invents one.
  published_at  TEXT,
  -- Where an imported article came from; re-importing the same source updates the same row.
  source        TEXT UNIQUE,
  -- Fingerprint of the imported content, so an unchanged re-import is recognised and left alone.
  source_hash   TEXT,
  word_count    INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
  version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  -- Lists are ordered by publication date; undated articles sort by creation time so every row has a stable place.
  listed_at     TEXT NOT NULL GENERATED ALWAYS AS (coalesce(published_at, created_at)) VIRTUAL,
  CHECK (status <> 'scheduled' OR published_at IS NOT NULL)
) STRICT;

-- Keyset pagination over public lists: newest first, id as the tie-breaker.
CREATE INDEX articles_by_listed_at ON articles (listed_at, id);

CREATE TABLE sections (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 1),
  heading     TEXT,
  -- Ordered blocks (paragraph, quote, media reference) as a JSON array, validated by the API's schemas on write.
  blocks      TEXT NOT NULL CHECK (json_valid(blocks) AND json_type(blocks) = 'array'),
  PRIMARY KEY (article_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE media (
  id                TEXT PRIMARY KEY CHECK (length(id) = 16),
  type              TEXT NOT NULL CHECK (type IN ('video', 'image', 'audio')),
  title             TEXT,
  caption           TEXT,
  duration_seconds  INTEGER CHECK (duration_seconds >= 0),
  credit            TEXT,
  copyright         TEXT,
  date              TEXT,
  renditions        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(renditions) AND json_type(renditions) = 'array'),
  thumbnails        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(thumbnails) AND json_type(thumbnails) = 'array'),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;

-- Media belong to articles through this link, so one picture can serve several articles.
CREATE TABLE article_media (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  media_id    TEXT NOT NULL REFERENCES media (id) ON DELETE RESTRICT,
  position    INTEGER NOT NULL CHECK (position >= 1),
  role        TEXT NOT NULL CHECK (role IN ('lead', 'inline')),
  PRIMARY KEY (article_id, media_id),
  UNIQUE (article_id, position)
) STRICT, WITHOUT ROWID;

CREATE INDEX article_media_by_media ON article_media (media_id, article_id);

-- Small facts about the database's own history, such as whether the sample article was ever loaded.
CREATE TABLE app_state (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
