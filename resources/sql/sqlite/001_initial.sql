-- SPDX-License-Identifier: MIT
-- Embedded workspace schema, mirroring CONTRACT.md section 5 for SQLite.
-- Times are INTEGER milliseconds since the epoch (UTC); lists and objects are JSON text;
-- enums are text with the OA strings (news priority is its rank 0..3, as in PostgreSQL).
-- Every table's writes land in change_log, so other processes can see which rows changed.

CREATE TABLE categories (
  id TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) <= 100), slug TEXT, parent_id TEXT REFERENCES categories(id),
  resource_type TEXT NOT NULL CHECK (resource_type IN ('image','article','news','video')),
  display_order INTEGER NOT NULL DEFAULT 0, is_active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, deleted_at INTEGER);

CREATE TABLE media (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64), size INTEGER NOT NULL, mime_type TEXT NOT NULL,
  width INTEGER, height INTEGER, created_at INTEGER NOT NULL);

CREATE TABLE site_images (
  id TEXT PRIMARY KEY, file_name TEXT NOT NULL, original_name TEXT NOT NULL, storage_path TEXT NOT NULL,
  title TEXT NOT NULL CHECK (length(title) <= 200), description TEXT CHECK (length(description) <= 1000),
  alt_text TEXT CHECK (length(alt_text) <= 500),
  type TEXT NOT NULL CHECK (type IN ('cover','thumbnail','gallery','profile','banner','icon','background')),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','archived','deleted')),
  category_id TEXT REFERENCES categories(id), url TEXT NOT NULL, thumbnail_url TEXT, mime_type TEXT NOT NULL,
  file_size INTEGER NOT NULL CHECK (file_size >= 0), width INTEGER, height INTEGER,
  content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64), tags TEXT NOT NULL DEFAULT '[]',
  metadata TEXT NOT NULL DEFAULT '{}', created_by TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at INTEGER);

CREATE TABLE site_articles (
  id TEXT PRIMARY KEY, title TEXT NOT NULL CHECK (length(title) <= 500), subtitle TEXT CHECK (length(subtitle) <= 1000),
  summary TEXT CHECK (length(summary) <= 2000), content TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('standard','featured','news','blog','guide')),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published','archived','deleted')),
  slug TEXT CHECK (length(slug) <= 500), featured_image_id TEXT REFERENCES site_images(id),
  thumbnail_id TEXT REFERENCES site_images(id), author_id TEXT, editor_id TEXT,
  author_name TEXT CHECK (length(author_name) <= 100), category_id TEXT REFERENCES categories(id),
  tags TEXT NOT NULL DEFAULT '[]', meta_title TEXT, meta_description TEXT, keywords TEXT, read_time INTEGER,
  view_count INTEGER NOT NULL DEFAULT 0, like_count INTEGER NOT NULL DEFAULT 0, share_count INTEGER NOT NULL DEFAULT 0,
  scheduled_at INTEGER, published_at INTEGER,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at INTEGER);
CREATE UNIQUE INDEX uq_site_articles_slug ON site_articles (slug) WHERE slug IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE news (
  id TEXT PRIMARY KEY, title TEXT NOT NULL CHECK (length(title) <= 500), subtitle TEXT, description TEXT, summary TEXT,
  slug TEXT, type TEXT NOT NULL CHECK (type IN ('standard','breaking','featured','urgent')),
  priority INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 3),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','scheduled','published','archived','deleted')),
  featured_image_id TEXT REFERENCES site_images(id), thumbnail_id TEXT REFERENCES site_images(id), author_id TEXT, editor_id TEXT,
  is_featured INTEGER NOT NULL DEFAULT 0, is_breaking INTEGER NOT NULL DEFAULT 0, is_sticky INTEGER NOT NULL DEFAULT 0,
  allow_comments INTEGER NOT NULL DEFAULT 1, allow_sharing INTEGER NOT NULL DEFAULT 1, require_auth INTEGER NOT NULL DEFAULT 0,
  view_count INTEGER NOT NULL DEFAULT 0, share_count INTEGER NOT NULL DEFAULT 0, like_count INTEGER NOT NULL DEFAULT 0,
  comment_count INTEGER NOT NULL DEFAULT 0, read_time INTEGER, meta_title TEXT, meta_description TEXT, keywords TEXT, tags TEXT,
  published_at INTEGER, scheduled_at INTEGER, expires_at INTEGER,
  wechat_status TEXT NOT NULL DEFAULT 'none' CHECK (wechat_status IN ('none','draft','published','failed')),
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at INTEGER,
  CHECK (expires_at IS NULL OR scheduled_at IS NULL OR expires_at > scheduled_at));

CREATE TABLE news_articles (
  news_id TEXT NOT NULL REFERENCES news(id) ON DELETE CASCADE, article_id TEXT NOT NULL REFERENCES site_articles(id),
  position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 7), is_main_story INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, PRIMARY KEY (news_id, article_id), UNIQUE (news_id, position));
CREATE UNIQUE INDEX uq_news_articles_main ON news_articles (news_id) WHERE is_main_story;
CREATE INDEX idx_news_articles_article ON news_articles (article_id);

CREATE TABLE videos (
  id TEXT PRIMARY KEY, title TEXT NOT NULL CHECK (length(title) <= 500), summary TEXT CHECK (length(summary) <= 2000),
  video_type TEXT NOT NULL CHECK (video_type IN ('live','on_demand','recorded','streaming')),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','scheduled','live','ended','archived','deleted')),
  quality TEXT NOT NULL DEFAULT 'auto' CHECK (quality IN ('auto','360p','480p','720p','1080p','4k')),
  cloud_url TEXT, playback_url TEXT, stream_key TEXT, duration INTEGER, file_size INTEGER, resolution TEXT, frame_rate REAL,
  bitrate INTEGER, codec TEXT, is_open INTEGER NOT NULL DEFAULT 1, require_auth INTEGER NOT NULL DEFAULT 0,
  support_interaction INTEGER NOT NULL DEFAULT 0, allow_download INTEGER NOT NULL DEFAULT 0,
  site_image_id TEXT REFERENCES site_images(id), thumbnail_id TEXT REFERENCES site_images(id),
  category_id TEXT REFERENCES categories(id), bound_event_id TEXT, start_time INTEGER, video_end_time INTEGER,
  view_count INTEGER NOT NULL DEFAULT 0, like_count INTEGER NOT NULL DEFAULT 0, share_count INTEGER NOT NULL DEFAULT 0,
  comment_count INTEGER NOT NULL DEFAULT 0, watch_time INTEGER NOT NULL DEFAULT 0, average_watch_time REAL,
  completion_rate REAL, engagement_score REAL, slug TEXT, meta_title TEXT, meta_description TEXT, keywords TEXT, tags TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at INTEGER,
  CHECK (video_end_time IS NULL OR start_time IS NULL OR video_end_time > start_time));
CREATE UNIQUE INDEX uq_videos_stream_key ON videos (stream_key) WHERE stream_key IS NOT NULL AND deleted_at IS NULL;

-- Keyset indexes: one per sortable column, id as the tie-breaker, live rows only.
CREATE INDEX idx_site_images_keyset ON site_images (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_images_updated ON site_images (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_images_title ON site_images (title, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_images_type ON site_images (type, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_images_status ON site_images (status, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_images_size ON site_images (file_size, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_images_width ON site_images (width, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_images_sha ON site_images (content_sha256) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_images_trash ON site_images (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX idx_site_articles_keyset ON site_articles (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_articles_updated ON site_articles (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_articles_title ON site_articles (title, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_articles_type ON site_articles (type, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_articles_status ON site_articles (status, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_articles_author ON site_articles (author_name, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_articles_views ON site_articles (view_count, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_articles_published ON site_articles (published_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_articles_category ON site_articles (category_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_site_articles_trash ON site_articles (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX idx_news_keyset ON news (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_news_updated ON news (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_news_title ON news (title, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_news_type ON news (type, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_news_priority ON news (priority, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_news_status ON news (status, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_news_views ON news (view_count, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_news_shares ON news (share_count, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_news_published ON news (published_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_news_scheduled ON news (scheduled_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_news_trash ON news (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX idx_videos_keyset ON videos (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_videos_updated ON videos (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_videos_title ON videos (title, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_videos_type ON videos (video_type, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_videos_status ON videos (status, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_videos_duration ON videos (duration, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_videos_views ON videos (view_count, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_videos_start ON videos (start_time, id) WHERE deleted_at IS NULL;
CREATE INDEX idx_videos_trash ON videos (deleted_at) WHERE deleted_at IS NOT NULL;

-- Full-text search: trigram tokens match substrings, Chinese included.
CREATE VIRTUAL TABLE site_images_fts USING fts5(title, description, content='site_images', content_rowid='rowid', tokenize='trigram');
CREATE VIRTUAL TABLE site_articles_fts USING fts5(title, summary, content='site_articles', content_rowid='rowid', tokenize='trigram');
CREATE VIRTUAL TABLE news_fts USING fts5(title, summary, content='news', content_rowid='rowid', tokenize='trigram');
CREATE VIRTUAL TABLE videos_fts USING fts5(title, summary, content='videos', content_rowid='rowid', tokenize='trigram');

CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL);

-- Triggers keep the FTS index and the change log in step with every write.
CREATE TRIGGER site_images_ai AFTER INSERT ON site_images BEGIN
  INSERT INTO site_images_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description);
  INSERT INTO change_log(entity, row_id, op) VALUES ('image', new.id, 'insert');
END;
CREATE TRIGGER site_images_ad AFTER DELETE ON site_images BEGIN
  INSERT INTO site_images_fts(site_images_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description);
  INSERT INTO change_log(entity, row_id, op) VALUES ('image', old.id, 'delete');
END;
CREATE TRIGGER site_images_au_fts AFTER UPDATE OF title, description ON site_images BEGIN
INSERT INTO site_images_fts(site_images_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description);
  INSERT INTO site_images_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description);
END;
CREATE TRIGGER site_images_au AFTER UPDATE ON site_images BEGIN
  INSERT INTO change_log(entity, row_id, op) VALUES ('image', new.id, 'update');
END;
CREATE TRIGGER site_articles_ai AFTER INSERT ON site_articles BEGIN
  INSERT INTO site_articles_fts(rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
  INSERT INTO change_log(entity, row_id, op) VALUES ('article', new.id, 'insert');
END;
CREATE TRIGGER site_articles_ad AFTER DELETE ON site_articles BEGIN
  INSERT INTO site_articles_fts(site_articles_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
  INSERT INTO change_log(entity, row_id, op) VALUES ('article', old.id, 'delete');
END;
CREATE TRIGGER site_articles_au_fts AFTER UPDATE OF title, summary ON site_articles BEGIN
INSERT INTO site_articles_fts(site_articles_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
  INSERT INTO site_articles_fts(rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
CREATE TRIGGER site_articles_au AFTER UPDATE ON site_articles BEGIN
  INSERT INTO change_log(entity, row_id, op) VALUES ('article', new.id, 'update');
END;
CREATE TRIGGER news_ai AFTER INSERT ON news BEGIN
  INSERT INTO news_fts(rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
  INSERT INTO change_log(entity, row_id, op) VALUES ('news', new.id, 'insert');
END;
CREATE TRIGGER news_ad AFTER DELETE ON news BEGIN
  INSERT INTO news_fts(news_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
  INSERT INTO change_log(entity, row_id, op) VALUES ('news', old.id, 'delete');
END;
CREATE TRIGGER news_au_fts AFTER UPDATE OF title, summary ON news BEGIN
INSERT INTO news_fts(news_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
  INSERT INTO news_fts(rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
CREATE TRIGGER news_au AFTER UPDATE ON news BEGIN
  INSERT INTO change_log(entity, row_id, op) VALUES ('news', new.id, 'update');
END;
CREATE TRIGGER videos_ai AFTER INSERT ON videos BEGIN
  INSERT INTO videos_fts(rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
  INSERT INTO change_log(entity, row_id, op) VALUES ('video', new.id, 'insert');
END;
CREATE TRIGGER videos_ad AFTER DELETE ON videos BEGIN
  INSERT INTO videos_fts(videos_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
  INSERT INTO change_log(entity, row_id, op) VALUES ('video', old.id, 'delete');
END;
CREATE TRIGGER videos_au_fts AFTER UPDATE OF title, summary ON videos BEGIN
INSERT INTO videos_fts(videos_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
  INSERT INTO videos_fts(rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
CREATE TRIGGER videos_au AFTER UPDATE ON videos BEGIN
  INSERT INTO change_log(entity, row_id, op) VALUES ('video', new.id, 'update');
END;
