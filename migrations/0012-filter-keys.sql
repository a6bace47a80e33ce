-- Filters match tags and categories whatever their case or umlaut spelling, and categories get stable ids and slugs.
-- match_key(), category_id() and category_slug() are the application's own (src/lib/match-keys.ts), registered by
-- migrate() for the migrations alone; new rows get the same values from the repositories that write them.
ALTER TABLE article_categories ADD COLUMN category_id TEXT NOT NULL DEFAULT '';
ALTER TABLE article_categories ADD COLUMN slug TEXT NOT NULL DEFAULT '';
ALTER TABLE article_categories ADD COLUMN label_key TEXT NOT NULL DEFAULT '';
UPDATE article_categories SET category_id = category_id(path), slug = category_slug(path), label_key = match_key(label);
CREATE INDEX article_categories_by_id ON article_categories (category_id, article_id);
CREATE INDEX article_categories_by_slug ON article_categories (slug, article_id);
CREATE INDEX article_categories_by_label_key ON article_categories (label_key, article_id);

ALTER TABLE article_tags ADD COLUMN tag_key TEXT NOT NULL DEFAULT '';
UPDATE article_tags SET tag_key = match_key(tag);
CREATE INDEX article_tags_by_key ON article_tags (tag_key, article_id);
