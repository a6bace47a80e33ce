-- Undated articles by when they were made: the only public articles a newest-first list can find after the read's
-- instant (their listed_at is created_at). With it, a public list starts its walk at the instant instead of stepping
-- over every scheduled and embargoed article dated after it, however many an archive holds.
CREATE INDEX articles_undated_by_created_at ON articles (published_at, created_at) WHERE published_at IS NULL;
