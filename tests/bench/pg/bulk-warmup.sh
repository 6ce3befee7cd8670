#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# How a 1,000-row status change costs over time on 1,000,000 images: thirty bulk changes of
# fresh rows in a row (each set the next 1,000 in the default order), first with every index
# of the schema, then without the indexes named in DROP and after the SQL in CHANGE. The table and its indexes are loaded
# into shared buffers first (pg_prewarm), so what changes from run to run is index state,
# not the page cache. Prints the milliseconds of each statement.
#
#   NE_PG_SHARED_BUFFERS=2GB scripts/with-services tests/bench/pg/bulk-warmup.sh build \
#       [DROP="idx_site_images_search ks_site_images_file_size"] [CHANGE="ALTER ..."] [FLUSH=1]
#       [SEARCH=1] [ORDER="idx_site_images_search ks_site_images_file_size ..."] [ROWS=1000000]
# FLUSH=1 empties the GIN pending lists after each change of the second thirty (as a
# background job after every bulk action would), and prints the flushes' times apart.
# SEARCH=1 instead times searches while the pending lists fill: after every four changes it
# prints the pending pages of both search indexes and five full-text and one substring search
# for a rare, a mid and a common word, then again after a flush.
# ORDER="a b …" instead prices each index: ten changes with every index, then ten more after
# dropping a, then after also dropping b, and so on (the GIN lists flushed after each change,
# so no merge lands in them); prints the median of each ten.
# With NE_PG_HUGE_PAGES=on (and vm.nr_hugepages set) a new backend does not pay a page fault
# for every shared buffer it touches first, which otherwise dominates its first changes.
set -euo pipefail
build=${1:-build}
bin=$build/server/nextevent-server
[[ -x $bin ]] || { echo "bulk-warmup: $bin missing (ninja -C $build nextevent-server)" >&2; exit 2; }
[[ -n ${NE_TEST_PG_URI:-} ]] || { echo "bulk-warmup: run under scripts/with-services" >&2; exit 2; }
db=ne_bulk_$$
psql "$NE_TEST_PG_URI" -qc "CREATE DATABASE $db"
trap 'psql "$NE_TEST_PG_URI" -qc "DROP DATABASE $db WITH (FORCE)"' EXIT
uri=$(sed "s|/[^/?]*\(?\|$\)|/$db\1|" <<<"$NE_TEST_PG_URI")
P() { psql "$uri" -qAt -v ON_ERROR_STOP=1 "$@"; }
"$bin" --database-url "$uri" --migrate >/dev/null

# Load without indexes, then build them (as BenchPgPaging does, with the same rows).
# The side table site_images_text is filled by the schema's own trigger; no NOTIFY for the load.
mapfile -t defs < <(P -c "SELECT indexname || ';' || indexdef FROM pg_indexes
                          WHERE tablename IN ('site_images', 'site_images_text')
                          AND indexname NOT LIKE '%_pkey'")
for d in "${defs[@]}"; do P -c "DROP INDEX ${d%%;*}"; done
P -c "ALTER TABLE site_images DISABLE TRIGGER ne_notify_insert"
P -c "INSERT INTO site_images (file_name, original_name, storage_path, title, description, type,
        status, url, mime_type, file_size, width, height, content_sha256, created_at, updated_at)
      SELECT 'f' || g || '.jpg', 'f.jpg', 'p',
        concat_ws(' ', CASE WHEN g % 10 < 7 THEN 'festival' END,
                  CASE WHEN g % 2000 = 0 THEN 'lantern' END,
                  CASE WHEN g % 100000 = 7 THEN 'zeppelin' END, 'photo', 'w' || (g % 997),
                  'x' || (g % 1013)),
        'Picture number ' || g, (ARRAY['cover','gallery','banner','icon'])[1 + g % 4],
        CASE WHEN g % 50 = 0 THEN 'archived' ELSE 'active' END, 'u', 'image/jpeg', g % 5000000,
        1 + g % 4000, 1 + g % 3000, sha256(g::text::bytea),
        timestamptz '2024-01-01 00:00:00+00' + (g / 3) * interval '1 millisecond', now()
      FROM generate_series(1, ${ROWS:-1000000}) g"
for d in "${defs[@]}"; do P -c "SET maintenance_work_mem = '256MB'" -c "${d#*;}"; done
P -c "ALTER TABLE site_images ENABLE TRIGGER ne_notify_insert" -c "VACUUM ANALYZE site_images" \
  -c "VACUUM ANALYZE site_images_text"
sets=$((12 * ($(wc -w <<<"${ORDER:-}") + 1))) # ORDER needs twelve sets an index
((sets >= 60)) || sets=60
P -c "CREATE TABLE bench_sets AS
        SELECT id, (row_number() OVER (ORDER BY created_at DESC, id DESC) - 1) / 1000 AS s
        FROM site_images ORDER BY created_at DESC, id DESC
        LIMIT $((sets * 1000))" \
  -c "CREATE INDEX ON bench_sets (s)" -c "ANALYZE bench_sets"
P -c "CREATE EXTENSION IF NOT EXISTS pg_prewarm" \
  -c "SELECT pg_prewarm(oid) FROM pg_class WHERE oid IN ('site_images'::regclass, 'site_images_text'::regclass)
        OR oid IN (SELECT indexrelid FROM pg_index
                   WHERE indrelid IN ('site_images'::regclass, 'site_images_text'::regclass))" >/dev/null
echo "shared_buffers $(P -c 'SHOW shared_buffers'), site_images with indexes $(P -c \
  "SELECT pg_size_pretty(pg_total_relation_size('site_images'))"), $(($(P -c \
  "SELECT count(*) FROM pg_indexes WHERE tablename = 'site_images'"))) indexes"

changes() { # first-set last-set [flush]
    for s in $(seq "$1" "$2"); do
        echo "UPDATE site_images SET status = 'archived', version = version + 1, updated_at = now()
              WHERE id = ANY(ARRAY(SELECT id FROM bench_sets WHERE s = $s)) AND deleted_at IS NULL;"
        [[ -z ${3:-} ]] || echo "$flush"
    done | psql "$uri" -qAt -c '\timing on' -f - | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' |
        if [[ -z ${3:-} ]]; then tr '\n' ' '; echo; else
            awk '{ if (NR % 2) u = u $1 " "; else f = f $1 " " }
                 END { print "  changes: " u; print "  flushes: " f }'; fi
}
flush="SELECT count(gin_clean_pending_list(i.indexrelid)) FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
      WHERE i.indrelid IN ('site_images'::regclass, 'site_images_text'::regclass) AND a.amname = 'gin';"
if [[ -n ${ORDER:-} ]]; then
    P -c "$flush" >/dev/null
    next_set=0
    tenChanges() { # twelve changes; the first two warm up after the drop; prints the median of ten
        local times median
        times=$(changes $next_set $((next_set + 11)) flush | sed -n 's/  changes: //p')
        next_set=$((next_set + 12))
        median=$(tr ' ' '\n' <<<"$times" | grep . | tail -n +3 | sort -n |
                 awk '{ v[NR] = $1 } END { printf "%.1f", (v[5] + v[6]) / 2 }')
        echo "median $median ms  ($times)"
    }
    echo "every index: $(tenChanges)"
    for idx in $ORDER; do
        P -c "DROP INDEX $idx"
        echo "without $idx too: $(tenChanges)"
    done
    exit
fi
if [[ -n ${SEARCH:-} ]]; then
    searches() {
        for w in zeppelin lantern festival; do
            for _ in 1 2 3 4 5; do
                echo "SELECT count(*) FROM (SELECT id FROM site_images WHERE deleted_at IS NULL
                      AND search_tsv @@ websearch_to_tsquery('english', '$w')
                      ORDER BY created_at DESC, id DESC LIMIT 20) x;"
            done
            echo "SELECT count(*) FROM (SELECT id FROM site_images WHERE deleted_at IS NULL
                  AND id IN (SELECT id FROM site_images_text WHERE search_text ILIKE '%$w%')
                  ORDER BY created_at DESC, id DESC LIMIT 20) x;"
        done | psql "$uri" -qAt -c '\timing on' -f - | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' |
            awk '{ printf "%s%s", $1, (NR % 6 ? " " : (NR < 18 ? " | " : "\n")) }'
    }
    P -c "CREATE EXTENSION IF NOT EXISTS pgstattuple" -c "$flush" >/dev/null
    echo "searches (ms), five full-text then one substring: zeppelin | lantern | festival"
    for n in 0 4 8 12 16; do
        ((n == 0)) || changes $((n - 4)) $((n - 1)) >/dev/null
        echo "after $n changes, pending pages $(P -c "SELECT
              (pgstatginindex('idx_site_images_search')).pending_pages || ' + ' ||
              (pgstatginindex('site_images_text_trgm')).pending_pages"):"
        searches
    done
    P -c "$flush" >/dev/null
    echo "after the flush:"
    searches
    exit
fi
echo "all indexes, 30 bulk changes (ms):"
changes 0 29
if [[ -n ${DROP:-} || -n ${CHANGE:-} || -n ${FLUSH:-} ]]; then
    for idx in ${DROP:-}; do P -c "DROP INDEX $idx"; done
    [[ -z ${CHANGE:-} ]] || P -c "$CHANGE"
    echo "after${DROP:+ dropping $DROP}${CHANGE:+ $CHANGE}${FLUSH:+, each change followed by \
gin_clean_pending_list on the GIN indexes}, 30 more (ms):"
    changes 30 59 ${FLUSH:+flush}
fi
