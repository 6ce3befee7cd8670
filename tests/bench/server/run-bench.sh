#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/bench/server/run-bench.sh BUILD_DIR [DURATION_SECONDS]
# Run through scripts/with-services (needs NE_TEST_PG_URI). Loopback only; see README.md.
# Sections (NE_BENCH_SECTIONS, default all): cached deep idle upload. Each prints the
# server's figures next to a baseline measured in the same run, and the ratio.
set -euo pipefail
build=${1:?build dir}
dur=${2:-10}
images=${NE_BENCH_IMAGES:-1000}
sections=${NE_BENCH_SECTIONS:-cached deep idle upload}
idle=${NE_BENCH_IDLE:-10000}
here=$(cd "$(dirname "$0")" && pwd)
bin=$build/server/nextevent-server
ulimit -n "$(ulimit -Hn)" # 10,000 idle connections need more than the usual 1024 descriptors
work=$(mktemp -d "${TMPDIR:-/tmp}/ne-bench.XXXXXX")
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
has() { [[ " $sections " == *" $1 "* ]]; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
field() { echo "$2" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status"; }

db=ne_bench_$$
psql "$NE_TEST_PG_URI" -qc "CREATE DATABASE $db" >/dev/null
uri=$(echo "$NE_TEST_PG_URI" | sed "s|/[^/?]*\(?\|$\)|/$db\1|")
trap 'kill "${pids[@]}" 2>/dev/null || true; sleep 0.5; psql "$NE_TEST_PG_URI" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1; rm -rf "$work"' EXIT
"$bin" --database-url "$uri" --migrate >/dev/null
key=$("$bin" --database-url "$uri" create-api-key bench 2>/dev/null)
echo "seeding $images images..."
# N image rows sharing one media object (the list and item routes never read the bytes).
psql "$uri" -q -c "
INSERT INTO site_images (file_name, original_name, storage_path, title, type, url, mime_type, file_size, width, height, content_sha256, created_at)
SELECT 'f'||g, 'f'||g, 'pgmedia:x', 'Image '||g, 'gallery', '/api/v2/media/x', 'image/png', 1000, 640, 480,
       sha256(g::text::bytea), now() - (g || ' seconds')::interval FROM generate_series(1, $images) g;"
psql "$uri" -q -c "VACUUM ANALYZE site_images"
openssl rand -base64 48 > "$work/jwt"

start_server() { # name extra-args... ; sets $port and appends to pids
    local name=$1; shift
    "$bin" --database-url "$uri" --port 0 --jwt-secret-file "$work/jwt" --data-dir "$work/data-$name" \
           --log.access_log false --auth.rate_limit_rps 1000000 --auth.rate_limit_burst 1000000 \
           --threads 2 --cache.warmup_interval 0 "$@" > "$work/$name.log" 2>&1 &
    pids+=($!)
    eval "${name}_pid=$!"
    for _ in $(seq 100); do grep -q '"port"' "$work/$name.log" && break; sleep 0.1; done
    eval "${name}_port=$(grep -o '"port":[0-9]*' "$work/$name.log" | cut -d: -f2)"
}
load() { # url conns [duration] -> "rps=.. p50=.. p95=.. p99=.. errors=.."
    local threads=$(( $2 < 2 ? $2 : 2 ))
    wrk -t"$threads" -c"$2" -d"${3:-$dur}s" -s "$here/percentiles.lua" -H "X-API-Key: $key" "$1" 2>&1 | grep '^rps=' \
        || echo "rps=0 p50=0 p95=0 p99=0 errors=wrk-failed"
}

# Server "cached" has the L1 cache; server "plain" has none, so every list is a query.
start_server cached --http.keepalive_timeout 900
start_server plain --cache.l1_megabytes 0
base=http://127.0.0.1:$cached_port
plain=http://127.0.0.1:$plain_port
echo "images=$images duration=${dur}s cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"

if has cached || has idle; then
    id=$(curl -s -H "X-API-Key: $key" "$base/api/v2/images?limit=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
    mkdir -p "$work/www"
    curl -s -H "X-API-Key: $key" "$base/api/v2/images?limit=20" > "$work/www/list.json"
    curl -s -H "X-API-Key: $key" "$base/api/v2/images/$id" > "$work/www/item.json"
    chmod -R a+rX "$work/www" && chmod a+x "$work" # nginx workers run as www-data, not as us
    nport=$((cached_port + 1))
    cat > "$work/nginx.conf" <<NGX
worker_processes 2; daemon off; pid $work/nginx.pid; error_log $work/nginx.err;
events { worker_connections 20000; }
http { access_log off; keepalive_requests 1000000;
  server { listen 127.0.0.1:$nport; root $work/www; default_type application/json; } }
NGX
    nginx -c "$work/nginx.conf" -p "$work" & pids+=($!)
    sleep 0.5
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$nport/list.json")
    [[ $code == 200 ]] || { echo "nginx answers $code for list.json; its figures would be meaningless" >&2; exit 1; }
fi

if has cached; then
    echo "== cached GET vs nginx serving the same bytes (wrk -t2) =="
    for c in 64 256; do
        for route in list item; do
            url="$base/api/v2/images?limit=20"; [[ $route == item ]] && url="$base/api/v2/images/$id"
            s=$(load "$url" $c); n=$(load "http://127.0.0.1:$nport/$route.json" $c)
            echo "$route c=$c server: $s"
            echo "$route c=$c nginx:  $n"
            echo "$route c=$c rps ratio server/nginx: $(ms "$(field rps "$s")" "$(field rps "$n")")"
        done
    done
fi

if has deep; then
    echo "== uncached list page at depth 990,000-equivalent: keyset cursor vs OFFSET (wrk -t1 -c1) =="
    depth=$(( images > 10000 ? images - 10000 : images / 2 ))
    first=$(curl -s -H "X-API-Key: $key" "$plain/api/v2/images?limit=20" | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4)
    row=$(psql "$uri" -Atc "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') || ' ' || id
                            FROM site_images WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC OFFSET $((depth - 1)) LIMIT 1")
    cursor=$("$here/deep-cursor.py" "$first" ${row% *} ${row#* })
    got=$(curl -s -H "X-API-Key: $key" "$plain/api/v2/images?limit=20&cursor=$cursor" | grep -o '"title":"Image [0-9]*"' | head -1)
    echo "depth=$depth first row there: $got"
    top=$(load "$plain/api/v2/images?limit=20" 1)
    deep=$(load "$plain/api/v2/images?limit=20&cursor=$cursor" 1)
    echo "server first page : $top"
    echo "server depth $depth: $deep"
    echo "deep/first p95 ratio: $(ms "$(field p95 "$deep")" "$(field p95 "$top")")"
    # The same page the OFFSET way, straight in SQL (the API refuses page offsets past 10,000).
    cols="id, title, url, mime_type, file_size, width, height, created_at, updated_at, version"
    echo "SELECT $cols FROM site_images WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC OFFSET $depth LIMIT 20;" > "$work/offset.sql"
    echo "SELECT $cols FROM site_images WHERE deleted_at IS NULL AND (created_at, id) < ('${row% *}', '${row#* }') ORDER BY created_at DESC, id DESC LIMIT 20;" > "$work/keyset.sql"
    for q in keyset offset; do
        (cd "$work" && rm -f pgbench_log.* && pgbench -n -c1 -T"$dur" -f "$q.sql" -l "$uri" >/dev/null 2>&1 \
            && cat pgbench_log.* | awk '{ print $3 / 1000 }' | sort -n > "$q.lat")
        n=$(wc -l < "$work/$q.lat")
        echo "sql $q: n=$n p50=$(sed -n "$((n / 2 + 1))p" "$work/$q.lat") p95=$(sed -n "$((n * 95 / 100 + 1))p" "$work/$q.lat") ms"
    done
    k95=$(sed -n "$(( $(wc -l < "$work/keyset.lat") * 95 / 100 + 1 ))p" "$work/keyset.lat")
    o95=$(sed -n "$(( $(wc -l < "$work/offset.lat") * 95 / 100 + 1 ))p" "$work/offset.lat")
    echo "OFFSET/keyset p95 ratio (SQL): $(ms "$o95" "$k95"); OFFSET SQL / server keyset p95: $(ms "$o95" "$(field p95 "$deep")")"
fi

if has idle; then
    echo "== $idle idle keep-alive connections held while 64 connections load the cached list =="
    before=$(load "$base/api/v2/images?limit=20" 64)
    rss0=$(rss_kb "$cached_pid")
    "$here/idle-conns.py" 127.0.0.1 "$cached_port" "$idle" "$work/idle.ready" & idle_pid=$!; pids+=($idle_pid)
    for _ in $(seq 600); do [[ -s $work/idle.ready ]] && break; sleep 0.1; done
    rss1=$(rss_kb "$cached_pid")
    with=$(load "$base/api/v2/images?limit=20" 64)
    rss2=$(rss_kb "$cached_pid")
    echo "idle connections answered: $(cat "$work/idle.ready" 2>/dev/null || echo 0) of $idle"
    echo "without idle: $before (RSS $((rss0 / 1024)) MB)"
    echo "with idle:    $with (RSS idle $((rss1 / 1024)) MB, after load $((rss2 / 1024)) MB)"
    echo "p99 ratio with/without: $(ms "$(field p99 "$with")" "$(field p99 "$before")"); RSS per idle connection: $(( (rss1 - rss0) * 1024 / idle )) bytes"
    kill "$idle_pid" 2>/dev/null || true
fi

upload_to() { # server-name base-url file-a file-b: prints the multipart and tus lines
    local pid_var=${1}_pid url=$2
    local pid=${!pid_var}
    local rss0 mp hwm1 loc tus hwm2
    rss0=$(rss_kb "$pid")
    mp=$(curl -s -o "$work/mp.json" -w '%{http_code} %{time_total}' -H "X-API-Key: $key" \
         -F "file=@$3;type=image/jpeg" -F title=bench "$url/api/v2/images")
    hwm1=$(hwm_kb "$pid")
    loc=$(curl -s -D - -o /dev/null -X POST -H "X-API-Key: $key" -H "Tus-Resumable: 1.0.0" -H "Upload-Length: 50000000" \
          "$url/api/v2/uploads" | awk -F': ' 'tolower($1) == "location" { print $2 }' | tr -d '\r')
    tus=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -X PATCH -H "X-API-Key: $key" -H "Tus-Resumable: 1.0.0" \
          -H "Upload-Offset: 0" -H "Content-Type: application/offset+octet-stream" --data-binary "@$4" "$url$loc")
    hwm2=$(hwm_kb "$pid")
    echo "$1 multipart POST /images: status ${mp% *} ${mp#* }s (ratio to sink $(ms "${mp#* }" "$sink")); peak RSS growth $(( (hwm1 - rss0) / 1024 )) MB"
    echo "$1 tus PATCH (whole file): status ${tus% *} ${tus#* }s (ratio to sink $(ms "${tus#* }" "$sink")); peak RSS growth $(( (hwm2 - rss0) / 1024 )) MB"
    # Where the time goes: the server's own histogram of recording (or storing) media in PostgreSQL.
    store=$(curl -s "$url/metrics" | awk '/^db_query_duration_seconds_sum\{operation="insert",table="media_objects"\}/ { print $2 }')
    echo "$1 of which in PostgreSQL for both files (db_query_duration_seconds_sum insert media_objects): ${store}s"
}

if has upload; then
    echo "== 50 MB upload over loopback (curl): multipart and tus vs a raw socket sink =="
    # "plain" keeps uploads as files (media.storage = files, the default); "dbmedia" puts the
    # bytes into PostgreSQL's media_chunks (media.storage = database) for comparison.
    start_server dbmedia --cache.l1_megabytes 0 --media.storage database
    make_jpeg() { # a 50,000,000-byte file with a JPEG frame header (the server probes headers only)
        { printf '\xff\xd8\xff\xc0\x00\x11\x08\x03\x00\x04\x00\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01'
          head -c $((50000000 - 21)) /dev/urandom; } > "$1"
    }
    make_jpeg "$work/a.jpg"; make_jpeg "$work/b.jpg"; make_jpeg "$work/c.jpg"; make_jpeg "$work/d.jpg"
    "$here/body-sink.py" "$work/sink.port" & pids+=($!)
    for _ in $(seq 50); do [[ -s $work/sink.port ]] && break; sleep 0.1; done
    sink=$(curl -s -o /dev/null -w '%{time_total}' -T "$work/a.jpg" -H "Content-Type: application/octet-stream" \
           "http://127.0.0.1:$(cat "$work/sink.port")/")
    echo "raw socket sink: ${sink}s (load $(cut -d' ' -f1-3 /proc/loadavg))"
    upload_to plain "$plain" "$work/a.jpg" "$work/b.jpg"
    upload_to dbmedia "http://127.0.0.1:$dbmedia_port" "$work/c.jpg" "$work/d.jpg"
fi
