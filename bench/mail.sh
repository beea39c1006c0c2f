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
# Settings (environment): BENCH_MESSAGES (100000), BENCH_SESSIONS (4), BENCH_PORT (free port
# chosen), BENCH_DIR (a new temp dir), BENCH_SKIP_BUILD=1 to reuse target/dossier.jar.
set -euo pipefail

MESSAGES=${BENCH_MESSAGES:-100000}
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
run_task newsletter-send --subject "Monthly briefing: energy, trade and demography" --intro-file "$DIR/intro.md"

echo "== Dossier outbox -> smtp-sink ($SESSIONS connections)"
run_task outbox-deliver --concurrency "$SESSIONS" --rate 0 | tee "$DIR/deliver.log"
SIZE=$(sed -n 's/.*sample message size: \([0-9,]*\) bytes.*/\1/p' "$DIR/deliver.log" | tr -d ,)
DOSSIER_RATE=$(sed -n 's/.*: \([0-9]*\) messages\/s.*/\1/p' "$DIR/deliver.log")

# smtp-source's -l is the body only; its own headers (From, To, Date, Message-Id, Subject) are
# about 230 bytes, so the total size on the wire matches Dossier's messages.
BODY=$((SIZE > 300 ? SIZE - 230 : 100))
echo "== smtp-source -> smtp-sink ($SESSIONS sessions, $MESSAGES messages, ${SIZE} bytes each)"
START=$(date +%s.%N)
smtp-source -d -s "$SESSIONS" -m "$MESSAGES" -l "$BODY" -f newsletter@institute.example.org \
  -t reader@bench.example.org "127.0.0.1:$PORT"
END=$(date +%s.%N)
SOURCE_RATE=$(python3 -c "print(round($MESSAGES / ($END - $START)))")

echo
echo "messages: $MESSAGES, size: $SIZE bytes, connections: $SESSIONS"
echo "dossier outbox: $DOSSIER_RATE messages/s"
echo "smtp-source:    $SOURCE_RATE messages/s"
python3 -c "print('ratio: %.2fx (goal >= 0.5x)' % ($DOSSIER_RATE / $SOURCE_RATE))"
