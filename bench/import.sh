#!/usr/bin/env bash
# Import speed: items per second of `dossier import wxr` on the shared WordPress corpora (each into a
# fresh SQLite data directory), a synthetic 20,000-post export, and a second import of the largest real
# export (the idempotent no-op path). Prints one line per run and a summary; JVM start-up is excluded
# (the rate is the importer's own timing). JSONL import is measured too when `import jsonl` exists.
# Usage: bench/import.sh   (builds target/dossier.jar if missing; needs ../shared/data/wxr)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=../shared/data/wxr
CORPUS=../shared/data/corpus
if [ ! -d "$DATA" ]; then echo "no shared WXR data at $DATA" >&2; exit 1; fi
if [ ! -f target/dossier.jar ] || [ ! -d target/test-classes ]; then mvn -B -o package -DskipTests; fi
WORK=$(mktemp -d /tmp/dossier-bench-import.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
java -cp target/test-classes org.dossier.importer.wxr.SyntheticWxr "$WORK/synthetic-20k.xml" 20000

run() { # label, data dir, file
  local out
  out=$(DOSSIER_DATA_DIR="$2" java -jar target/dossier.jar import wxr "$3" 2>/dev/null)
  local line
  line=$(grep '^Time:' <<<"$out")
  local pubs
  pubs=$(grep '^Publications:' <<<"$out")
  printf '%-44s %s | %s\n' "$1" "$line" "$pubs"
}

echo "WXR import ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
for f in scrubbed/cc-labs-blog.scrubbed.wordpress.xml scrubbed/ozziegooen-wpcom.scrubbed.wordpress.xml \
         scrubbed/abhinemani-blog.scrubbed.wordpress.xml wp-theme-test-data__themeunittestdata.wordpress.xml \
         wp-theme-test-data__64-block-test-data.xml wordpress-importer-fixtures/phpunit_data_a11y-unit-test-data.xml; do
  run "$(basename "$f")" "$WORK/data-$(basename "$f")" "$DATA/$f"
done
run "cc-labs again (idempotent, nothing written)" "$WORK/data-cc-labs-blog.scrubbed.wordpress.xml" \
  "$DATA/scrubbed/cc-labs-blog.scrubbed.wordpress.xml"
run "synthetic 20,000 posts" "$WORK/data-synthetic" "$WORK/synthetic-20k.xml"

if java -jar target/dossier.jar import --help 2>&1 | grep -qw jsonl; then
  echo "JSONL import"
  for f in "$CORPUS"/sotu-1790-2021.jsonl; do
    start=$(date +%s.%N)
    DOSSIER_DATA_DIR="$WORK/jsonl" java -jar target/dossier.jar import jsonl "$f" > "$WORK/jsonl.out" 2>&1 || true
    end=$(date +%s.%N)
    printf '%-44s %s lines in %.1f s wall (JVM start-up included)\n' "$(basename "$f")" "$(wc -l < "$f")" \
      "$(echo "$end - $start" | bc)"
  done
else
  echo "JSONL import: not available in this build (import jsonl missing)"
fi
