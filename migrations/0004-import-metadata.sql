-- What real pages carry besides the body: the article's byline and a video's availability window.
ALTER TABLE articles ADD COLUMN byline TEXT;
ALTER TABLE media ADD COLUMN available_from TEXT;
ALTER TABLE media ADD COLUMN available_until TEXT;
