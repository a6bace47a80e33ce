-- German search: the index holds Snowball stems of every field, tags, categories and the byline, and the parts of
-- compounds in columns of their own, so "Ausschuss" finds "Haushaltsausschuss" ranked below whole-word matches.
--
-- Both halves stay apart as in 0008 (search_public for listed articles, search_hidden for the rest) and become
-- contentless: stems are no text a reader could be shown, and snippets are cut from the article's own text through the
-- public views. Stemming runs in the application, so the migration only queues every article; the application
-- re-indexes the queue when it starts (src/repositories/search-reindex.ts) and empties it.
DROP TABLE search_public;
DROP TABLE search_hidden;
CREATE VIRTUAL TABLE search_public USING fts5 (
  title, kicker, teaser, caption, body, meta, head_parts, body_parts,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE search_hidden USING fts5 (
  title, kicker, teaser, caption, body, meta, head_parts, body_parts,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE search_reindex (
  seq INTEGER PRIMARY KEY
) STRICT;
INSERT INTO search_reindex (seq) SELECT seq FROM articles;
