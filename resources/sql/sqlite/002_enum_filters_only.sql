-- SPDX-License-Identifier: MIT
-- Workspace schema version 2: type and status columns filter lists but no longer sort them, and
-- images no longer sort by width, as in the PostgreSQL schema's version 3. Each of these keyset
-- indexes was written on every change of a row and read by no query any more.

DROP INDEX idx_site_images_type;
DROP INDEX idx_site_images_status;
DROP INDEX idx_site_images_width;
DROP INDEX idx_site_articles_type;
DROP INDEX idx_site_articles_status;
DROP INDEX idx_news_type;
DROP INDEX idx_news_status;
DROP INDEX idx_videos_type;
DROP INDEX idx_videos_status;
