-- SPDX-License-Identifier: MIT
-- NextEvent schema version 2: media rows whose bytes are not in media_chunks.
-- A nextevent-server keeps the bytes of what it receives as content-addressed files in its data
-- directory (media/ab/<sha256>): TOAST splits bytea into ~2 KB tuples, which makes a 50 MB
-- upload take seconds. The row stays here (dedupe, size, type, the image rows' foreign data);
-- readers that go to PostgreSQL directly are told to ask the server for such bytes.
-- Applied in one transaction by PgRepository::migrate(); records itself in schema_version.

ALTER TABLE media_objects ADD COLUMN bytes_in_database boolean NOT NULL DEFAULT true;

INSERT INTO schema_version (version, description) VALUES (2, 'media_objects.bytes_in_database (server-side media files)');
