#!/usr/bin/env bash
# Search benchmark (issue 3). Loads Reuters-21578 + UN General Debates (32,530 documents) and a
# 100,000-document set made by repeating them with distinct ids, then for each size:
#   - full reindex (`dossier.jar reindex`) docs/s against a bare Lucene IndexWriter loop on the same documents;
#   - a fixed list of 56 queries (words, phrases, facet filters, typos, operators) through /api/search with
#     1 and 8 concurrent clients, against raw Lucene in-process on the same index (the floor) and
#     SQLite FTS5 on the same documents; p50/p99 latency and queries/s.
# HTTP is measured with a blocking keep-alive client (BenchHttp), one connection per client thread; the JDK's
# HttpClient, whose own thread hand-offs add about 0.7 ms per request on 2 cores, is printed too (http-jdk).
# FTS5 (BenchFts) is measured twice: giving the same answer as /api/search (filters, order, page, exact total,
# facets' counts, snippets), which the goal is judged on, and "match only" (bm25 top 20 and the count),
# the lower bound that sessions 1-4 reported.
# The floor (SearchBench.raw) runs the service's own Lucene work: the same request parsing, query parser,
# synonym table, filters, sort, top hits and drill-sideways facet counts (class Ranking), but no HTTP,
# JSON, snippets, stored fields or "Did you mean". HTTP/floor is therefore what the site adds on top.
# At 1 client the site and the floor are timed in PASSES (default 3) pairs, each the site over HTTP and then the
# floor in its own JVM with the site idle, and the figures are the medians: on this shared 2-core VM one timed
# run of the same server varied by up to 30% from the next (p50 2.2-3.3 ms), so one run decided the ratio by luck.
# The goal is judged on the median of the passes' own ratios. The machine's speed drifts within minutes (the
# floor took 1.10 ms at p50 in one pass and 1.74 ms in the next), so the ratio of the median latencies can pair
# the site's pass on a slow machine with the floor's on a fast one; it is printed too.
# Each timed run starts with WARMUP (default 400) passes over the list, the same for the site and the floor:
# the JIT compiles the search path meanwhile, and the ratio is meant to time the site's work, not its compiler.
# The site's code path (Tomcat, Spring, security, JSON, snippets and Lucene) is far larger than the floor's,
# so it settles later. After 100 passes (5,600 requests) the site's C2 compiler thread still used about a
# quarter of a core during the timed part, and the very same ranking code took 1.2-1.75 ms per query in the
# site against the floor's 1.1-1.2 ms, varying from one start of the site to the next; after 400 passes (one
# start measured) the compiler was down to a tenth of a core and the site's ranking took what the floor's does.
# Even so, the first pass of a run was often the slowest with the compiler idle (session 8's note). The 1-client
# passes print the site's CPU during the timed part (request threads, JIT, GC, the rest), so a pass that was
# still compiling, or overlapped background work, shows it.
# Per-query lines (the 10 slowest queries at 1 client, with the CPU each costs: the server process's for
# HTTP, this JVM's for the floor) show which queries make the p99 tail.
# The machine may be shared: the load average is printed before each measured phase; compare ratios
# within one run, and changes by CPU per query rather than latency.
# PORT (default 18082) and WORK_PREFIX (default /tmp/dossier-bench-search) can be set; the work directory is
# removed at the end unless KEEP=1.
# Prints every figure and its ratio against the issue's goals. Everything runs on 127.0.0.1.
#
# Usage: bench/search.sh [sizes...]   (default: 32530 100000; e.g. `bench/search.sh 32530` for a quicker run)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-32530 100000}"); read -r -a SIZES <<< "${SIZES[*]}"
PORT=${PORT:-18082}
ROUNDS=${ROUNDS:-10}
PASSES=${PASSES:-3}
CORPUS="$(cd .. && pwd)/shared/data/corpus"
WORK=$(mktemp -d "${WORK_PREFIX:-/tmp/dossier-bench-search}.XXXXXX")
RESULTS=bench/results; mkdir -p "$RESULTS"
OUT="$RESULTS/search-$(date -u +%Y%m%dT%H%M%SZ).txt"

[ -f target/dossier.jar ] || mvn -B -o package -DskipTests >/dev/null
mvn -B -o test-compile >/dev/null
mvn -B -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
bench() { java -Xmx2g -Dwarmup="${WARMUP:-400}" -cp "$CP" org.dossier.search.SearchBench "$@"; }

APP_PID=""
# The work directory holds 3 GB per run (databases, indexes); KEEP=1 keeps it for a look afterwards.
# Waits for the site only: a bare `wait` would also wait for the `tee` below, which ends only when this
# script does, so the script never exited.
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
start_app() { # $1 data dir
  java -Xmx2g -jar target/dossier.jar --server.port=$PORT --dossier.data-dir="$1" --dossier.demo=false \
    --dossier.page-cache=false --dossier.api.requests-per-minute=100000000 > "$1/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1800); do
    curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "Dossier exited; see $1/app.log"; exit 1; }
    sleep 1
  done
  echo "Dossier did not start; see $1/app.log"; exit 1
}
# The site builds its first index in the background after it is up (with the reindex task in a child JVM,
# from 10,000 documents): wait until it holds all $1 documents, so the reindex below does not compete with it.
await_index() {
  for _ in $(seq 1 3600); do
    curl -fsS "http://127.0.0.1:$PORT/api/search?q=" 2>/dev/null | grep -q "\"indexTotal\":$1," && return 0
    sleep 1
  done
  echo "The index did not reach $1 documents; see the app log"; exit 1
}
# Background work after the first index (its merges, the check against the database) would share the 2 cores
# with the timed reindex: wait until the site uses under a tenth of a core over 2 s (at most 2 minutes).
await_idle() {
  local waited=0
  for _ in $(seq 1 60); do
    local a b; a=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat"); sleep 2; waited=$((waited + 2))
    b=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    [ $((b - a)) -lt $(($(getconf CLK_TCK) / 5)) ] && break
  done
  echo "site idle after ${waited} s"
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" | head -1; }
fields() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }   # one value per line
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

exec > >(tee "$OUT") 2>&1
echo "# Dossier search benchmark $(date -u +%FT%TZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
for N in "${SIZES[@]}"; do
  DATA="$WORK/data-$N"; mkdir -p "$DATA"
  start_app "$DATA"; stop_app            # creates and migrates the database
  bench load "$CORPUS" "$DATA/dossier.db" "$N"
  T0=$(date +%s.%N); start_app "$DATA"; await_index "$N"; T1=$(date +%s.%N)
  echo "startup-with-initial-index docs=$N seconds=$(echo "$T1 - $T0" | bc)"
  await_idle
  REINDEX=$(DOSSIER_DATA_DIR="$DATA" java -Xmx2g -jar target/dossier.jar reindex 2>&1 | tail -1)
  echo "reindex: $REINDEX"
  MS=$(echo "$REINDEX" | sed -n 's/.*publications in \([0-9,]*\) ms.*/\1/p' | tr -d ,)
  REINDEX_RATE=$(echo "scale=0; $N * 1000 / $MS" | bc)
  BARE=$(bench bare "$CORPUS" "$N" "$WORK/bare-$N"); echo "$BARE"
  BARE_RATE=$(echo "$BARE" | field docs_per_s)
  echo "reindex docs_per_s=$REINDEX_RATE bare=$BARE_RATE ratio=$(echo "scale=2; $REINDEX_RATE / $BARE_RATE" | bc) (goal >= 0.5)"
  sleep 2                                # the site adopts the rebuilt index within a second
  echo "load before HTTP: $(uptime | sed 's/.*load/load/')"
  INDEX="$DATA/index/$(cat "$DATA/index/CURRENT")"
  # 1 client: PASSES pairs of the site over HTTP and then the floor in its own JVM (the site idle meanwhile),
  # so both halves of a pair run on the machine in the same state; the figures are the passes' medians.
  H1S=(); R1S=(); PAIRS=(); PAIRS99=()
  for pass in $(seq 1 "$PASSES"); do
    h=$(bench http $PORT 1 "$ROUNDS" "$APP_PID"); r=$(bench raw "$INDEX" "$DATA/dossier.db" 1 "$ROUNDS")
    PAIRS+=("$(echo "scale=2; $(echo "$h" | field p50_ms) / $(echo "$r" | field p50_ms)" | bc)")
    PAIRS99+=("$(echo "scale=2; $(echo "$h" | field p99_ms) / $(echo "$r" | field p99_ms)" | bc)")
    echo "pass $pass: $h | $r | HTTP/floor p50 ${PAIRS[-1]}x p99 ${PAIRS99[-1]}x"
    H1S+=("$h"); R1S+=("$r")
  done
  H1="http clients=1 passes=$PASSES median p50_ms=$(printf '%s\n' "${H1S[@]}" | fields p50_ms | median) p99_ms=$(printf '%s\n' "${H1S[@]}" | fields p99_ms | median)"
  R1="raw-lucene clients=1 passes=$PASSES median p50_ms=$(printf '%s\n' "${R1S[@]}" | fields p50_ms | median) p99_ms=$(printf '%s\n' "${R1S[@]}" | fields p99_ms | median)"
  echo "$H1"; echo "$R1"
  bench http-jdk $PORT 1 "$ROUNDS"
  H8=$(bench http $PORT 8 "$ROUNDS"); echo "$H8"
  bench http-per-query $PORT "$APP_PID" "$ROUNDS" > "$WORK/per-query-http-$N.txt"; head -11 "$WORK/per-query-http-$N.txt"
  stop_app
  echo "load before floor: $(uptime | sed 's/.*load/load/')"
  R8=$(bench raw "$INDEX" "$DATA/dossier.db" 8 "$ROUNDS"); echo "$R8"
  bench raw-per-query "$INDEX" "$DATA/dossier.db" "$ROUNDS" > "$WORK/per-query-raw-$N.txt"; head -11 "$WORK/per-query-raw-$N.txt"
  echo "load before FTS5: $(uptime | sed 's/.*load/load/')"
  F1=$(bench fts "$CORPUS" "$WORK/fts-$N.db" "$N" "$((ROUNDS / 5 + 1))"); echo "$F1"
  bench fts-per-query "$WORK/fts-$N.db" 3 | head -6
  h1p99=$(echo "$H1" | field p99_ms); r1p99=$(echo "$R1" | field p99_ms)
  f1p99=$(echo "$F1" | grep '^sqlite-fts5 ' | field p99_ms); fmp99=$(echo "$F1" | grep '^sqlite-fts5-match-only ' | field p99_ms)
  h1p50=$(echo "$H1" | field p50_ms); r1p50=$(echo "$R1" | field p50_ms)
  h8qps=$(echo "$H8" | field qps); r8qps=$(echo "$R8" | field qps)
  echo "== $N documents =="
  echo "HTTP p99 at 1 client: ${h1p99} ms (goal <= 20 ms: ratio to goal $(echo "scale=2; $h1p99 / 20" | bc))"
  echo "HTTP / raw Lucene at 1 client, median of the passes' ratios: p50 $(printf '%s\n' "${PAIRS[@]}" | median)x, p99 $(printf '%s\n' "${PAIRS99[@]}" | median)x (goal <= 2x)"
  echo "  per pass: p50 ${PAIRS[*]}; p99 ${PAIRS99[*]}"
  echo "  ratio of the median latencies (mixes passes run minutes apart): p50 $(echo "scale=2; $h1p50 / $r1p50" | bc)x, p99 $(echo "scale=2; $h1p99 / $r1p99" | bc)x"
  echo "raw Lucene / HTTP queries/s at 8 clients: $(echo "scale=2; $r8qps / $h8qps" | bc)x"
  echo "FTS5 / HTTP p99 at 1 client: $(echo "scale=1; $f1p99 / $h1p99" | bc)x (goal >= 10x; same answer as the API)"
  echo "FTS5 match only / HTTP p99 at 1 client: $(echo "scale=1; $fmp99 / $h1p99" | bc)x (top 20 and count, no filters, facets or snippets)"
done
echo "Results written to $OUT"
