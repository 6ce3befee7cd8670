-- SPDX-License-Identifier: MIT
-- NextEvent schema version 4: the trigram search indexes keep up to 12 MB of pending entries
-- instead of the server's 4 MB default. A 1,000-row bulk change adds about 0.9 MB to an image
-- table's trigram pending list (every trigram of every row's new version), so with 4 MB every
-- fifth change merged the list inline and took 70-90 ms instead of 45. PgSearchIndexFlusher
-- empties the lists in the background once changes pause, so at 12 MB a burst of about a dozen
-- changes still only appends. The price is paid by searches while entries wait: a substring
-- search on 1,000,000 images scans the pending list too, about 1 ms with it empty and 8-9 ms
-- with 12 MB waiting (SEARCH=1 tests/bench/pg/bulk-warmup.sh).
-- Applied in one transaction by PgRepository::migrate(); records itself in schema_version.

ALTER INDEX idx_site_images_trgm SET (gin_pending_list_limit = 12288);
ALTER INDEX idx_site_articles_trgm SET (gin_pending_list_limit = 12288);
ALTER INDEX idx_news_trgm SET (gin_pending_list_limit = 12288);
ALTER INDEX idx_videos_trgm SET (gin_pending_list_limit = 12288);

INSERT INTO schema_version (version, description) VALUES (4, 'trigram indexes hold 12 MB of pending entries for the background flush');
