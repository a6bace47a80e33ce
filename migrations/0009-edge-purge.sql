-- The edge purger's position on each edge cache node: the change log's seq up to which the node has acknowledged
-- every purge. A node is purged from there on after a restart, so no purge is lost; a node that is down keeps
-- its position and is retried. A process holds a node's lease while it purges it, so two processes never
-- purge the same node at once.
CREATE TABLE edge_nodes (
  url              TEXT PRIMARY KEY CHECK (length(url) BETWEEN 8 AND 2048),
  position         INTEGER NOT NULL CHECK (position >= 0),
  lease_owner      TEXT,
  lease_until      TEXT,
  -- Failed attempts since the last acknowledged purge; the next attempt waits until next_attempt_at.
  failures         INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
  next_attempt_at  TEXT,
  last_error       TEXT,
  purged_at        TEXT,
  created_at       TEXT NOT NULL
) STRICT, WITHOUT ROWID;
