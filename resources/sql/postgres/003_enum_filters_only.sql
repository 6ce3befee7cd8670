-- SPDX-License-Identifier: MIT
-- NextEvent schema version 3: type and status columns filter lists but no longer sort them, and
-- images no longer sort by width. Every index on a table gets an entry for each row an UPDATE
-- writes, so each (column, id) keyset index cost about 5 ms of a 1,000-row bulk status change on
-- 1,000,000 images (tests/bench/pg/bulk-warmup.sh: 57 ms with these three image indexes, 41 ms
-- without). Filtering by type or status keeps its indexes (the seed's and *_status_created).
-- Applied in one transaction by PgRepository::migrate(); records itself in schema_version.

DROP INDEX ks_site_images_type, ks_site_images_status, ks_site_images_width;
DROP INDEX ks_site_articles_type, ks_site_articles_status;
DROP INDEX ks_news_type, ks_news_status;
DROP INDEX ks_videos_video_type, ks_videos_status;

INSERT INTO schema_version (version, description) VALUES (3, 'type and status filter, not sort; images do not sort by width');
