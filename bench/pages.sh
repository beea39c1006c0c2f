#!/usr/bin/env bash
# Page-serving benchmark (issue 2): Dossier's article page, section listing and home page against
# nginx serving the very same bytes of the article page from disk. wrk with keep-alive,
# 64 connections, 15 s, 3 rounds each, everything on 127.0.0.1. Prints requests/s and p99 and
# the ratio Dossier/nginx. Run twice: on the demo content, then with the 32k-item corpus imported.
#
# Usage: bench/pages.sh [--quick] [--demo-only]
#   --quick: 1 round of 5 s, for trying the script out; --demo-only: skip the 32k-corpus round
# Needs: nginx and wrk (installed with apt-get if missing), a JDK and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=3; DURATION=15s; CONNECTIONS=64; THREADS=2
DEMO_ONLY=false
for arg in "$@"; do
  case $arg in
    --quick) ROUNDS=1; DURATION=5s ;;
    --demo-only) DEMO_ONLY=true ;;
    *) echo "unknown option $arg"; exit 2 ;;
  esac
done
PORT=18700; NGINX_PORT=18701
SHARED="$(cd .. && pwd)/shared/data/corpus"
WORK=$(mktemp -d /tmp/dossier-bench-pages.XXXXXX)
chmod 755 "$WORK"   # nginx workers (www-data) must read the saved page
RESULTS=bench/results; mkdir -p "$RESULTS"
OUT="$RESULTS/pages-$(date -u +%Y%m%dT%H%M%SZ).txt"

for tool in nginx wrk; do
  command -v "$tool" >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk >/dev/null; break; }
done
[ -f target/dossier.jar ] || mvn -B package -DskipTests >/dev/null

APP_PID=""; NGINX_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

start_app() { # $1 data dir, $2 demo true/false
  java -Xmx1g -jar target/dossier.jar --server.port=$PORT --dossier.data-dir="$1" --dossier.demo="$2" \
    > "$1/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
    sleep 1
  done
  echo "Dossier did not start; see $1/app.log"; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

start_nginx() { # $1 docroot
  cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000;   # nginx's default; Dossier sets the same
  types { text/html html; }
  server { listen 127.0.0.1:$NGINX_PORT; root $1; location / { default_type text/html; } }
}
CONF
  nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  for _ in $(seq 1 20); do curl -fsS "http://127.0.0.1:$NGINX_PORT/article.html" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "nginx did not start"; exit 1
}

# wrk once; prints "requests_per_second p99_ms"
measure() {
  local out; out=$(wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency "$1")
  local rps; rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  local p99; p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
  local errors; errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  [ -n "$errors" ] && echo "warning: $errors non-2xx responses for $1" >&2
  echo "$rps $p99"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

bench_round() { # $1 label
  local base="http://127.0.0.1:$PORT"
  local home; home=$(curl -fsS "$base/")
  local section; section=$(grep -o 'href="/[a-z0-9-]*/"' <<<"$home" | grep -v '"/experts/"' | head -n 1 | cut -d'"' -f2)
  local article; article=$(curl -fsS "$base$section" | grep -o '<h2 class="card-title"><a href="[^"]*"' | head -n 1 | sed 's/.*href="//; s/"$//')
  # wrk wants a percent-encoded path (Korean slugs are common here)
  article=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$article")
  mkdir -p "$WORK/root"; curl -fsS "$base$article" > "$WORK/root/article.html"
  start_nginx "$WORK/root"
  echo "[$1] article $article ($(wc -c < "$WORK/root/article.html") bytes), section $section" | tee -a "$OUT"
  declare -A rps p99
  for target in article section home nginx; do
    case $target in
      article) url="$base$article" ;; section) url="$base$section" ;; home) url="$base/" ;;
      nginx) url="http://127.0.0.1:$NGINX_PORT/article.html" ;;
    esac
    curl -fsS "$url" >/dev/null; wrk -t1 -c8 -d2s "$url" >/dev/null   # warm-up
    local r="" p=""
    for _ in $(seq 1 $ROUNDS); do
      read -r a b < <(measure "$url"); r+="$a"$'\n'; p+="$b"$'\n'
    done
    rps[$target]=$(printf "%s" "$r" | median); p99[$target]=$(printf "%s" "$p" | median)
    printf "  %-8s %10.0f req/s   p99 %7.2f ms   (median of %d)\n" "$target" "${rps[$target]}" "${p99[$target]}" "$ROUNDS" | tee -a "$OUT"
  done
  printf "  ratio article Dossier/nginx: %.2f (goal >= 0.5)\n" "$(echo "${rps[article]} / ${rps[nginx]}" | bc -l)" | tee -a "$OUT"
  kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""
}

echo "Dossier page benchmark, $(date -u), $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d$DURATION x$ROUNDS" | tee "$OUT"

DATA1="$WORK/demo"; mkdir -p "$DATA1"
start_app "$DATA1" true
bench_round "demo content"
stop_app

if [ "$DEMO_ONLY" = false ] && [ -f "$SHARED/reuters21578.jsonl.gz" ]; then
  DATA2="$WORK/corpus"; mkdir -p "$DATA2"
  DOSSIER_DATA_DIR="$DATA2" java -jar target/dossier.jar import jsonl "$SHARED/reuters21578.jsonl.gz" \
    --section news --type commentary --title-from-body > "$DATA2/import1.log" 2>&1
  DOSSIER_DATA_DIR="$DATA2" java -jar target/dossier.jar import jsonl "$SHARED/ungdc-1946-2024.jsonl.gz" \
    --section speeches --type commentary > "$DATA2/import2.log" 2>&1
  start_app "$DATA2" false
  bench_round "32k imported corpus"
  stop_app
fi
echo "Results saved in $OUT"
rm -rf "$WORK"
