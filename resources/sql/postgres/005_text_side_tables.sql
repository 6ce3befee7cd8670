-- SPDX-License-Identifier: MIT
-- NextEvent schema version 5: each entity's search text and title order live in a side table,
-- <table>_text (id, title, search_text), that its triggers keep: on insert and delete, and when
-- an UPDATE writes the title or the second search column. A status change cannot be a HOT
-- update (the contract's (status, type) index holds the status), so every index of the table
-- gets an entry for each changed row; the trigram and title indexes were the dearest of ours.
-- Timed in psql beside the same UPDATE on a twin table with only the contract's indexes, a
-- 1,000-row status change on 1,000,000 images took 2.3x as long with them on site_images and
-- 1.3-1.4x with them here, where it touches neither (BenchPgPaging's pairs, through PgStore:
-- 2.1-2.4x before, 1.5-1.65x in five runs of six after). Sort by title now joins the side table
-- (a 100-row page: 101 primary-key lookups); substring search matches there, by id.
-- The trigger functions run as their owner, so roles that may write a table need no rights on
-- its side table; roles that read it need SELECT on both.
-- Applied in one transaction by PgRepository::migrate(); records itself in schema_version.

-- The entities with a side table and their second search column, and the search text itself:
-- one definition for the migration, the triggers and ne_text_resync(). A one-expression SQL
-- function is inlined where it is called.
CREATE FUNCTION ne_text_tables() RETURNS TABLE (tbl text, more text) LANGUAGE sql IMMUTABLE AS $$
  VALUES ('site_images', 'description'), ('site_articles', 'summary'), ('news', 'summary'),
         ('videos', 'summary')
$$;
CREATE FUNCTION ne_search_text(title text, more text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(title, '') || ' ' || coalesce(more, '')
$$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM ne_text_tables() LOOP
    EXECUTE format('CREATE TABLE %I (id uuid PRIMARY KEY, title text, search_text text NOT NULL)',
                   t.tbl || '_text');
    EXECUTE format('INSERT INTO %I (id, title, search_text) SELECT id, title, '
                   'ne_search_text(title, %I) FROM %I', t.tbl || '_text', t.more, t.tbl);
    EXECUTE format('CREATE INDEX %I ON %I USING gin (search_text gin_trgm_ops) '
                   'WITH (gin_pending_list_limit = 12288)', t.tbl || '_text_trgm', t.tbl || '_text');
    EXECUTE format('CREATE INDEX %I ON %I (title, id)', t.tbl || '_text_title', t.tbl || '_text');
    EXECUTE format('DROP INDEX %I, %I', 'idx_' || t.tbl || '_trgm', 'ks_' || t.tbl || '_title');

    -- INSERT and DELETE per statement (an import is one statement); the UPDATE trigger per row,
    -- since only a row trigger can name columns: a status change never queues it.
    EXECUTE format($f$CREATE FUNCTION %1$I() RETURNS trigger LANGUAGE plpgsql
                      SECURITY DEFINER SET search_path FROM CURRENT AS $b$
                      BEGIN
                        IF TG_OP = 'INSERT' THEN
                          INSERT INTO %2$I (id, title, search_text)
                            SELECT id, title, ne_search_text(title, %3$I) FROM new_rows;
                        ELSIF TG_OP = 'UPDATE' THEN
                          UPDATE %2$I SET title = NEW.title,
                            search_text = ne_search_text(NEW.title, NEW.%3$I)
                          WHERE id = NEW.id;
                        ELSIF TG_OP = 'DELETE' THEN
                          DELETE FROM %2$I WHERE id IN (SELECT id FROM old_rows);
                        ELSE
                          TRUNCATE %2$I;
                        END IF;
                        RETURN NULL;
                      END $b$ $f$,
                   'ne_text_' || t.tbl, t.tbl || '_text', t.more);
    EXECUTE format('CREATE TRIGGER ne_text_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS '
                   'new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl, 'ne_text_' || t.tbl);
    EXECUTE format('CREATE TRIGGER ne_text_update AFTER UPDATE OF title, %1$I ON %2$I FOR EACH ROW '
                   'WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.%1$I IS DISTINCT FROM NEW.%1$I) '
                   'EXECUTE FUNCTION %3$I()', t.more, t.tbl, 'ne_text_' || t.tbl);
    EXECUTE format('CREATE TRIGGER ne_text_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS '
                   'old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl, 'ne_text_' || t.tbl);
    EXECUTE format('CREATE TRIGGER ne_text_truncate AFTER TRUNCATE ON %I FOR EACH STATEMENT '
                   'EXECUTE FUNCTION %I()', t.tbl, 'ne_text_' || t.tbl);
  END LOOP;
END $$;

-- Rows written while the triggers did not fire (a load with session_replication_role =
-- replica, or with the triggers disabled) are missing from title order and substring search
-- until this puts them back. PgRepository::migrate() calls it on every run, so the admin's
-- "Create or upgrade schema" (nextevent-admin --migrate, nextevent-server --migrate) repairs
-- a side table as well. Returns how many side rows it wrote or removed.
CREATE FUNCTION ne_text_resync() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  t record;
  n bigint;
  total bigint := 0;
BEGIN
  FOR t IN SELECT * FROM ne_text_tables() LOOP
    EXECUTE format($f$INSERT INTO %1$I (id, title, search_text)
                        SELECT r.id, r.title, ne_search_text(r.title, r.%2$I)
                        FROM %3$I r LEFT JOIN %1$I s ON s.id = r.id
                        WHERE s.id IS NULL OR s.title IS DISTINCT FROM r.title
                           OR s.search_text <> ne_search_text(r.title, r.%2$I)
                      ON CONFLICT (id) DO UPDATE
                        SET title = excluded.title, search_text = excluded.search_text$f$,
                   t.tbl || '_text', t.more, t.tbl);
    GET DIAGNOSTICS n = ROW_COUNT;
    total := total + n;
    EXECUTE format('DELETE FROM %I s WHERE NOT EXISTS (SELECT 1 FROM %I r WHERE r.id = s.id)',
                   t.tbl || '_text', t.tbl);
    GET DIAGNOSTICS n = ROW_COUNT;
    total := total + n;
  END LOOP;
  RETURN total;
END $$;

INSERT INTO schema_version (version, description) VALUES (5, 'search text and title order in <table>_text side tables');
