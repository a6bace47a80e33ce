-- Media rules: what a broadcaster's video carries besides a caption and a length (subtitles, the regions it may
-- be played in, its FSK age rating, whether it is made for children, its terms of use and what partners may do
-- with it), children's articles, and API keys that carry the kids profile. Whether a media item is playable is
-- decided per request from these facts and never stored: a stored flag would go stale at the next window change.

ALTER TABLE media ADD COLUMN subtitles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subtitles) AND json_type(subtitles) = 'array');
-- ISO 3166-1 alpha-2 codes; an empty array means worldwide.
ALTER TABLE media ADD COLUMN allowed_regions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(allowed_regions) AND json_type(allowed_regions) = 'array');
-- FSK rating; NULL when the item has none.
ALTER TABLE media ADD COLUMN age_rating INTEGER CHECK (age_rating IN (0, 6, 12, 16, 18));
ALTER TABLE media ADD COLUMN kids INTEGER NOT NULL DEFAULT 0 CHECK (kids IN (0, 1));
ALTER TABLE media ADD COLUMN terms_url TEXT;
-- Existing media keep what they could do before: be embedded and syndicated.
ALTER TABLE media ADD COLUMN embeddable INTEGER NOT NULL DEFAULT 1 CHECK (embeddable IN (0, 1));
ALTER TABLE media ADD COLUMN syndicatable INTEGER NOT NULL DEFAULT 1 CHECK (syndicatable IN (0, 1));

ALTER TABLE articles ADD COLUMN kids INTEGER NOT NULL DEFAULT 0 CHECK (kids IN (0, 1));

-- A key with the kids profile sees what ?profile=kids shows, on every route, whatever its caller asks for.
ALTER TABLE api_keys ADD COLUMN profile TEXT CHECK (profile IN ('kids'));
