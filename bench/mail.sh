#!/usr/bin/env bash
# Mail benchmark (issue 4): one newsletter with personalised unsubscribe links to 100,000
# subscribers, delivered by Dossier's outbox into Postfix's smtp-sink on 127.0.0.1, against the
# floor: Postfix's smtp-source pushing the same number of same-size messages into the same sink
# over the same number of connections. Prints messages/s for both and the ratio (goal >= 0.5).
#
# Needs: Java 17+, Maven (offline is fine once dependencies are downloaded), and Debian's postfix
# package for smtp-sink/smtp-source (DEBIAN_FRONTEND=noninteractive apt-get install -y postfix;
# its own daemon is not used and need not run).
#
# Settings (environment): BENCH_MESSAGES (100000), BENCH_SESSIONS (4), BENCH_RUNS (3; the median
# run is reported), BENCH_PORT (free port chosen), BENCH_DIR (a new temp dir), BENCH_SKIP_BUILD=1 to
# reuse target/dossier.jar. The summary is also saved under bench/results/.
set -euo pipefail

MESSAGES=${BENCH_MESSAGES:-100000}
RUNS=${BENCH_RUNS:-3}
SESSIONS=${BENCH_SESSIONS:-4}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${BENCH_DIR:-$(mktemp -d /tmp/dossier-mail-bench.XXXXXX)}
mkdir -p "$DIR"
JAR="$ROOT/target/dossier.jar"
PORT=${BENCH_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}

for tool in smtp-sink smtp-source java; do
  command -v "$tool" >/dev/null || { echo "missing $tool (smtp-sink/smtp-source come with Debian's postfix package)" >&2; exit 2; }
done
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -B -o package -DskipTests) > "$DIR/build.log"
fi
# Run from a copy, so that a rebuild during the (long) benchmark cannot change the jar under it.
cp "$JAR" "$DIR/dossier.jar"
JAR="$DIR/dossier.jar"

SINK_PID=
cleanup() { [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null || true; }
trap cleanup EXIT
# smtp-sink: accepts everything and throws it away; -u is required when run as root.
smtp-sink -u nobody -m 1000 "127.0.0.1:$PORT" 1000 &
SINK_PID=$!
sleep 0.5

# Tasks read their settings from the environment (Spring's relaxed binding).
export DOSSIER_DATA_DIR="$DIR/data" SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$PORT" \
  DOSSIER_BASE_URL="https://institute.example.org" DOSSIER_MAIL_FROM="newsletter@institute.example.org"

echo "== preparing $MESSAGES subscribers in $DIR"
awk -v n="$MESSAGES" 'BEGIN { print "email,name,consent"; for (i = 0; i < n; i++) printf "reader%d@bench.example.org,Reader %d,yes\n", i, i }' > "$DIR/subscribers.csv"
cat > "$DIR/intro.md" <<'MD'
Dear reader,

This month our fellows look at **energy security** on the peninsula, the state of regional trade
after the latest tariff round, and what demographic change means for defence planning. Below you
will find the new reports, commentary and event recordings, with a short note on each.

We are grateful for your interest and your replies; write to us at any time.
MD
run_task() { java -Xmx1g -jar "$JAR" "$@"; }
run_task subscribers-import "$DIR/subscribers.csv" --source bench

RESULTS="$ROOT/bench/results"; mkdir -p "$RESULTS"
OUT="$RESULTS/mail-$(date -u +%Y%m%dT%H%M%SZ).txt"
: > "$DIR/runs.txt"
# Each run queues the newsletter afresh, then measures Dossier and smtp-source back to back so both
# see the same machine load; the median run (by ratio) is reported.
for run in $(seq 1 "$RUNS"); do
  run_task newsletter-send --subject "Monthly briefing $run: energy, trade and demography" --intro-file "$DIR/intro.md"
  echo "== run $run: Dossier outbox -> smtp-sink ($SESSIONS connections)"
  LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
  run_task outbox-deliver --concurrency "$SESSIONS" --rate 0 | tee "$DIR/deliver.log"
  LOAD_DOSSIER=$(cut -d' ' -f1 /proc/loadavg)
  SIZE=$(sed -n 's/.*sample message size: \([0-9,]*\) bytes.*/\1/p' "$DIR/deliver.log" | tr -d ,)
  DOSSIER_RATE=$(sed -n 's/.*: \([0-9]*\) messages\/s.*/\1/p' "$DIR/deliver.log")

  # smtp-source's -l is the body only; its own headers (From, To, Date, Message-Id, Subject) are
  # about 230 bytes, so the total size on the wire matches Dossier's messages.
  BODY=$((SIZE > 300 ? SIZE - 230 : 100))
  echo "== run $run: smtp-source -> smtp-sink ($SESSIONS sessions, $MESSAGES messages, ${SIZE} bytes each)"
  START=$(date +%s.%N)
  smtp-source -d -s "$SESSIONS" -m "$MESSAGES" -l "$BODY" -f newsletter@institute.example.org \
    -t reader@bench.example.org "127.0.0.1:$PORT"
  END=$(date +%s.%N)
  LOAD_SOURCE=$(cut -d' ' -f1 /proc/loadavg)
  SOURCE_RATE=$(python3 -c "print(round($MESSAGES / ($END - $START)))")
  echo "$run $DOSSIER_RATE $SOURCE_RATE $SIZE $LOAD_BEFORE $LOAD_DOSSIER $LOAD_SOURCE" >> "$DIR/runs.txt"
done

python3 - "$DIR/runs.txt" "$MESSAGES" "$SESSIONS" <<'PY' | tee "$OUT"
import statistics, sys
runs = [line.split() for line in open(sys.argv[1]) if line.strip()]
print(f"messages per run: {int(sys.argv[2]):,}, connections: {sys.argv[3]}, runs: {len(runs)}")
print("run  dossier msg/s  smtp-source msg/s  ratio  size  load (before / after dossier / after source)")
ratios = []
for run, dossier, source, size, l0, l1, l2 in runs:
    ratio = int(dossier) / int(source)
    ratios.append((ratio, int(dossier), int(source)))
    print(f"{run:>3}  {int(dossier):>13,}  {int(source):>17,}  {ratio:5.2f}  {size}  {l0} / {l1} / {l2}")
median = sorted(ratios)[len(ratios) // 2]
print(f"median run: dossier {median[1]:,} msg/s, smtp-source {median[2]:,} msg/s, "
      f"ratio {median[0]:.2f}x (goal >= 0.5x)")
PY
