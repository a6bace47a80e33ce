-- The change feed partners read and webhooks deliver: what each event means for the public view, the moment a
-- scheduled article goes public as an event of its own, and webhook endpoints with their delivery log.

-- article_events gains the 'publication_reached' type (a scheduled instant passing) and `public_type`: what the
-- event means for someone who sees only public articles ('published', 'publication_reached', 'updated',
-- 'unpublished', 'deleted'), or NULL when it changes nothing they can see (a draft edited, say). SQLite cannot
-- widen a CHECK in place, so the table is rebuilt with its rows and their seq numbers.
CREATE TABLE article_events_new (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id   TEXT NOT NULL,
  type         TEXT NOT NULL CHECK (type IN ('created', 'updated', 'published', 'unpublished', 'scheduled', 'deleted', 'restored', 'publication_reached')),
  version      INTEGER,
  at           TEXT NOT NULL,
  key_id       TEXT,
  key_name     TEXT,
  changes      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes)),
  public_type  TEXT CHECK (public_type IN ('published', 'publication_reached', 'updated', 'unpublished', 'deleted'))
) STRICT;
INSERT INTO article_events_new (seq, article_id, type, version, at, key_id, key_name, changes)
  SELECT seq, article_id, type, version, at, key_id, key_name, changes FROM article_events ORDER BY seq;
DROP TABLE article_events;
ALTER TABLE article_events_new RENAME TO article_events;
CREATE INDEX article_events_by_article ON article_events (article_id, seq);
-- The public feed skips what it may not show without reading it.
CREATE INDEX article_events_public ON article_events (seq) WHERE public_type IS NOT NULL;

-- The public view as the feed has reported it: an article is here from the event that made it public to the
-- one that took it away. `version` and `media_versions` are what it was last reported at, so an edit that
-- changes nothing public-facing is not reported twice.
CREATE TABLE feed_public (
  article_id      TEXT PRIMARY KEY,
  version         INTEGER NOT NULL,
  media_versions  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Articles that will become public by time alone (scheduled, or published with a future date), with the
-- version that will go public, so the instant can be recorded once even if nothing is written then.
CREATE TABLE feed_due (
  article_id      TEXT PRIMARY KEY,
  due_at          TEXT NOT NULL,
  version         INTEGER NOT NULL,
  media_versions  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX feed_due_by_time ON feed_due (due_at);

-- Existing content: what is public now counts as published at its latest event; what is due waits for its time.
UPDATE article_events SET public_type = 'published'
  WHERE seq IN (SELECT max(e.seq) FROM article_events e JOIN articles a ON a.id = e.article_id
                WHERE a.status IN ('published', 'scheduled') AND coalesce(a.published_at, '') <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                GROUP BY e.article_id);
INSERT INTO feed_public (article_id, version, media_versions)
  SELECT a.id, a.version, coalesce((SELECT sum(m.version) FROM article_media am JOIN media m ON m.id = am.media_id WHERE am.article_id = a.id), 0)
  FROM articles a
  WHERE a.status IN ('published', 'scheduled') AND coalesce(a.published_at, '') <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
INSERT INTO feed_due (article_id, due_at, version, media_versions)
  SELECT a.id, a.published_at, a.version, coalesce((SELECT sum(m.version) FROM article_media am JOIN media m ON m.id = am.media_id WHERE am.article_id = a.id), 0)
  FROM articles a
  WHERE a.status IN ('published', 'scheduled') AND a.published_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now');

-- Partner endpoints. The signing secret must be readable to sign with, so it is stored as issued; it is shown
-- to its owner once, at creation. `cursor` is the last event seq fanned out to this endpoint: deliveries are
-- created from events in the transaction that advances it, so none is skipped or made twice.
CREATE TABLE webhooks (
  id           TEXT PRIMARY KEY CHECK (length(id) = 16),
  key_id       TEXT NOT NULL,
  key_name     TEXT NOT NULL,
  url          TEXT NOT NULL CHECK (length(url) BETWEEN 8 AND 2048),
  events       TEXT NOT NULL CHECK (json_valid(events) AND json_type(events) = 'array'),
  description  TEXT,
  secret       TEXT NOT NULL,
  active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  cursor       INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX webhooks_by_key ON webhooks (key_id, created_at);

-- One event for one endpoint. The body is fixed when the delivery is made, so every attempt sends the same
-- bytes. A process claims an attempt by leasing the row until `lease_until`; another process takes it only
-- after the lease has run out, so an attempt is never made twice at once.
CREATE TABLE webhook_deliveries (
  id               TEXT PRIMARY KEY CHECK (length(id) = 16),
  webhook_id       TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  event_seq        INTEGER NOT NULL,
  event_type       TEXT NOT NULL,
  article_id       TEXT NOT NULL,
  body             TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  created_at       TEXT NOT NULL,
  -- Retries stop when the next one would start after this.
  give_up_at       TEXT NOT NULL,
  next_attempt_at  TEXT,
  lease_owner      TEXT,
  lease_until      TEXT,
  completed_at     TEXT,
  UNIQUE (webhook_id, event_seq)
) STRICT;
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, event_seq);

CREATE TABLE webhook_attempts (
  delivery_id  TEXT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempt      INTEGER NOT NULL CHECK (attempt >= 1),
  started_at   TEXT NOT NULL,
  duration_ms  INTEGER NOT NULL,
  status_code  INTEGER,
  error        TEXT,
  PRIMARY KEY (delivery_id, attempt)
) STRICT, WITHOUT ROWID;
