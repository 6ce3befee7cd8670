-- SPDX-License-Identifier: MIT
-- NextEvent schema version 1 for PostgreSQL >= 13 (CONTRACT.md section 5), plus:
--  * the seed's indexes (performance-optimization.md) on the stored tsvector columns;
--  * one keyset index (sort column, id) per sortable column of the entity schemas, so every
--    list order walks an index at any depth; NULL sort keys sort last ascending (first
--    descending), the same order the index has;
--  * pg_trgm indexes over the search text for Chinese and substring search;
--  * search_tsv on news and videos too (title + summary), so all four search alike;
--  * media storage keyed by SHA-256 in chunked bytea rows;
--  * statement-level triggers that NOTIFY ne_changes with {entity, op, ids}.
-- Applied in one transaction by PgRepository::migrate(); records itself in schema_version.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE schema_version (version int PRIMARY KEY, description text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now());

CREATE TABLE categories (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name varchar(100) NOT NULL, slug varchar(100), parent_id uuid REFERENCES categories(id),
  resource_type text NOT NULL CHECK (resource_type IN ('image','article','news','video')), display_order int NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz);
CREATE INDEX idx_categories_type ON categories (resource_type, display_order) WHERE deleted_at IS NULL;

CREATE TABLE site_images (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), file_name varchar(255) NOT NULL, original_name varchar(255) NOT NULL,
  storage_path varchar(500) NOT NULL, title varchar(200) NOT NULL, description varchar(1000), alt_text varchar(500),
  type text NOT NULL CHECK (type IN ('cover','thumbnail','gallery','profile','banner','icon','background')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','archived','deleted')), category_id uuid REFERENCES categories(id),
  url varchar(1000) NOT NULL, thumbnail_url varchar(1000), mime_type varchar(100) NOT NULL, file_size bigint NOT NULL CHECK (file_size >= 0),
  width int, height int, content_sha256 bytea NOT NULL CHECK (octet_length(content_sha256) = 32), tags text[] NOT NULL DEFAULT '{}', metadata jsonb NOT NULL DEFAULT '{}', created_by uuid,
  search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title,'') || ' ' || coalesce(description,''))) STORED,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), version int NOT NULL DEFAULT 1, deleted_at timestamptz,
  status_before_delete text);
CREATE INDEX idx_site_images_status_type ON site_images (status, type);
CREATE INDEX idx_site_images_search ON site_images USING gin (search_tsv);
CREATE INDEX idx_site_images_trgm ON site_images USING gin ((coalesce(title,'') || ' ' || coalesce(description,'')) gin_trgm_ops);
CREATE INDEX idx_site_images_keyset ON site_images (created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX uq_site_images_sha256 ON site_images (content_sha256) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_images_title ON site_images (title, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_images_type ON site_images (type, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_images_status ON site_images (status, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_images_file_size ON site_images (file_size, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_images_width ON site_images (width, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_images_updated_at ON site_images (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_images_status_created ON site_images (status, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_images_category_created ON site_images (category_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_images_trash ON site_images (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE site_articles (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title varchar(500) NOT NULL, subtitle varchar(1000),
  summary varchar(2000), content text NOT NULL, type text NOT NULL CHECK (type IN ('standard','featured','news','blog','guide')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','archived','deleted')), slug varchar(500),
  featured_image_id uuid REFERENCES site_images(id), thumbnail_id uuid REFERENCES site_images(id), author_id uuid, editor_id uuid,
  author_name varchar(100), category_id uuid REFERENCES categories(id), tags text[] NOT NULL DEFAULT '{}', meta_title varchar(500),
  meta_description varchar(1000), keywords varchar(1000), read_time int, view_count bigint NOT NULL DEFAULT 0, like_count bigint NOT NULL DEFAULT 0,
  share_count bigint NOT NULL DEFAULT 0, scheduled_at timestamptz, published_at timestamptz,
  search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title,'') || ' ' || coalesce(content,''))) STORED,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), version int NOT NULL DEFAULT 1, deleted_at timestamptz,
  status_before_delete text);
CREATE INDEX idx_site_articles_status_published ON site_articles (status, published_at);
CREATE INDEX idx_articles_full_text ON site_articles USING gin (search_tsv);
CREATE INDEX idx_site_articles_trgm ON site_articles USING gin ((coalesce(title,'') || ' ' || coalesce(summary,'')) gin_trgm_ops);
CREATE INDEX idx_site_articles_keyset ON site_articles (created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX uq_site_articles_slug ON site_articles (slug) WHERE slug IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ks_site_articles_title ON site_articles (title, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_articles_type ON site_articles (type, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_articles_status ON site_articles (status, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_articles_author_name ON site_articles (author_name, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_articles_view_count ON site_articles (view_count, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_articles_published_at ON site_articles (published_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_articles_updated_at ON site_articles (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_articles_status_created ON site_articles (status, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_articles_category_created ON site_articles (category_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_site_articles_trash ON site_articles (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE news (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title varchar(500) NOT NULL, subtitle varchar(1000), description varchar(2000),
  summary varchar(1000), slug varchar(500), type text NOT NULL CHECK (type IN ('standard','breaking','featured','urgent')),
  priority smallint NOT NULL CHECK (priority BETWEEN 0 AND 3),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','scheduled','published','archived','deleted')),
  featured_image_id uuid REFERENCES site_images(id), thumbnail_id uuid REFERENCES site_images(id), author_id uuid, editor_id uuid,
  is_featured boolean NOT NULL DEFAULT false, is_breaking boolean NOT NULL DEFAULT false, is_sticky boolean NOT NULL DEFAULT false,
  allow_comments boolean NOT NULL DEFAULT true, allow_sharing boolean NOT NULL DEFAULT true, require_auth boolean NOT NULL DEFAULT false,
  view_count bigint NOT NULL DEFAULT 0, share_count bigint NOT NULL DEFAULT 0, like_count bigint NOT NULL DEFAULT 0,
  comment_count bigint NOT NULL DEFAULT 0, read_time int, meta_title varchar(500), meta_description varchar(1000), keywords varchar(1000),
  tags varchar(1000), published_at timestamptz, scheduled_at timestamptz, expires_at timestamptz,
  wechat_status text NOT NULL DEFAULT 'none' CHECK (wechat_status IN ('none','draft','published','failed')), wechat_draft_id varchar(100),
  wechat_published_id varchar(100), wechat_url varchar(500),
  search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title,'') || ' ' || coalesce(summary,''))) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(), version int NOT NULL DEFAULT 1, deleted_at timestamptz, status_before_delete text,
  CHECK (expires_at IS NULL OR scheduled_at IS NULL OR expires_at > scheduled_at));
CREATE INDEX idx_news_status_priority ON news (status, priority, published_at);
CREATE INDEX idx_news_keyset ON news (created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX idx_news_due ON news (scheduled_at) WHERE status = 'scheduled' AND deleted_at IS NULL;
CREATE UNIQUE INDEX uq_news_slug ON news (slug) WHERE slug IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX idx_news_search ON news USING gin (search_tsv);
CREATE INDEX idx_news_trgm ON news USING gin ((coalesce(title,'') || ' ' || coalesce(summary,'')) gin_trgm_ops);
CREATE INDEX ks_news_title ON news (title, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_news_type ON news (type, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_news_priority ON news (priority, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_news_status ON news (status, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_news_view_count ON news (view_count, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_news_share_count ON news (share_count, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_news_published_at ON news (published_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_news_scheduled_at ON news (scheduled_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_news_updated_at ON news (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_news_status_created ON news (status, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_news_trash ON news (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE news_articles (news_id uuid NOT NULL REFERENCES news(id) ON DELETE CASCADE, article_id uuid NOT NULL REFERENCES site_articles(id),
  position smallint NOT NULL CHECK (position BETWEEN 0 AND 7),
  is_main_story boolean NOT NULL DEFAULT false, is_featured boolean NOT NULL DEFAULT false, is_visible boolean NOT NULL DEFAULT true,
  section varchar(100), summary varchar(1000), cover_image_id uuid REFERENCES site_images(id), show_cover_in_text boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (news_id, article_id),
  CONSTRAINT uq_news_articles_position UNIQUE (news_id, position) DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX uq_news_articles_main ON news_articles (news_id) WHERE is_main_story;
CREATE INDEX idx_news_articles_article ON news_articles (article_id);

CREATE TABLE videos (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title varchar(500) NOT NULL, summary varchar(2000),
  video_type text NOT NULL CHECK (video_type IN ('live','on_demand','recorded','streaming')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','scheduled','live','ended','archived','deleted')),
  quality text NOT NULL DEFAULT 'auto' CHECK (quality IN ('auto','360p','480p','720p','1080p','4k')), cloud_url varchar(1000),
  playback_url varchar(1000), stream_key varchar(200), duration int, file_size bigint, resolution varchar(20), frame_rate real, bitrate int,
  codec varchar(50), is_open boolean NOT NULL DEFAULT true, require_auth boolean NOT NULL DEFAULT false,
  support_interaction boolean NOT NULL DEFAULT false, allow_download boolean NOT NULL DEFAULT false, site_image_id uuid REFERENCES site_images(id),
  thumbnail_id uuid REFERENCES site_images(id), category_id uuid REFERENCES categories(id), bound_event_id uuid, start_time timestamptz,
  video_end_time timestamptz, view_count bigint NOT NULL DEFAULT 0, like_count bigint NOT NULL DEFAULT 0, share_count bigint NOT NULL DEFAULT 0,
  comment_count bigint NOT NULL DEFAULT 0, watch_time bigint NOT NULL DEFAULT 0, average_watch_time real, completion_rate real,
  engagement_score real, slug varchar(500), meta_title varchar(500), meta_description varchar(1000), keywords varchar(1000), tags varchar(1000),
  search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title,'') || ' ' || coalesce(summary,''))) STORED,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), version int NOT NULL DEFAULT 1, deleted_at timestamptz,
  status_before_delete text,
  CHECK (video_end_time IS NULL OR start_time IS NULL OR video_end_time > start_time));
CREATE INDEX idx_videos_status_type ON videos (status, video_type, start_time);
CREATE INDEX idx_videos_keyset ON videos (created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX uq_videos_stream_key ON videos (stream_key) WHERE stream_key IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX uq_videos_slug ON videos (slug) WHERE slug IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX idx_videos_search ON videos USING gin (search_tsv);
CREATE INDEX idx_videos_trgm ON videos USING gin ((coalesce(title,'') || ' ' || coalesce(summary,'')) gin_trgm_ops);
CREATE INDEX ks_videos_title ON videos (title, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_videos_video_type ON videos (video_type, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_videos_status ON videos (status, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_videos_duration ON videos (duration, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_videos_start_time ON videos (start_time, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_videos_view_count ON videos (view_count, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_videos_updated_at ON videos (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_videos_status_created ON videos (status, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_videos_category_created ON videos (category_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ks_videos_trash ON videos (deleted_at) WHERE deleted_at IS NOT NULL;

-- Media bytes addressed by SHA-256. An upload writes its chunks under a fresh object_id,
-- then claims the hash; if the hash is already stored the transaction is rolled back.
CREATE TABLE media_objects (sha256 bytea PRIMARY KEY CHECK (octet_length(sha256) = 32),
  object_id uuid NOT NULL UNIQUE, size bigint NOT NULL CHECK (size >= 0), mime_type varchar(100) NOT NULL,
  chunk_size int NOT NULL CHECK (chunk_size > 0), width int, height int, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE media_chunks (object_id uuid NOT NULL REFERENCES media_objects(object_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq int NOT NULL CHECK (seq >= 0), data bytea NOT NULL, PRIMARY KEY (object_id, seq));
ALTER TABLE media_chunks ALTER COLUMN data SET STORAGE EXTERNAL;   -- media is compressed already

-- Live refresh: one NOTIFY per statement and table, {"entity","op","ids"}; ids is empty when
-- more than 100 rows changed (the payload limit is 8000 bytes): listeners reload.
CREATE FUNCTION ne_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(id) INTO changed FROM (SELECT id FROM old_rows LIMIT 101) s;
  ELSE
    SELECT array_agg(id) INTO changed FROM (SELECT id FROM new_rows LIMIT 101) s;
  END IF;
  IF changed IS NULL THEN
    RETURN NULL;
  END IF;
  IF cardinality(changed) > 100 THEN
    changed := '{}';
  END IF;
  PERFORM pg_notify('ne_changes', json_build_object('entity', TG_ARGV[0], 'op', lower(TG_OP), 'ids', changed)::text);
  RETURN NULL;
END $$;

CREATE FUNCTION ne_notify_news_articles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT news_id) INTO changed FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT news_id) INTO changed FROM new_rows;
  END IF;
  IF changed IS NULL THEN
    RETURN NULL;
  END IF;
  IF cardinality(changed) > 100 THEN
    changed := '{}';
  END IF;
  PERFORM pg_notify('ne_changes', json_build_object('entity', 'news', 'op', 'update', 'ids', changed)::text);
  RETURN NULL;
END $$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES ('site_images','image'), ('site_articles','article'), ('news','news'), ('videos','video')) v(tbl, entity) LOOP
    EXECUTE format('CREATE TRIGGER ne_notify_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ne_notify_change(%L)', t.tbl, t.entity);
    EXECUTE format('CREATE TRIGGER ne_notify_update AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ne_notify_change(%L)', t.tbl, t.entity);
    EXECUTE format('CREATE TRIGGER ne_notify_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ne_notify_change(%L)', t.tbl, t.entity);
  END LOOP;
END $$;
CREATE TRIGGER ne_notify_insert AFTER INSERT ON news_articles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ne_notify_news_articles();
CREATE TRIGGER ne_notify_update AFTER UPDATE ON news_articles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ne_notify_news_articles();
CREATE TRIGGER ne_notify_delete AFTER DELETE ON news_articles REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ne_notify_news_articles();

INSERT INTO schema_version (version, description) VALUES (1, 'initial schema (CONTRACT.md section 5, keyset and search indexes, media, notify)');
