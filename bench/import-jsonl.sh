#!/usr/bin/env bash
# Bulk import throughput: imports the Reuters-21578 stories and the UN General Debate speeches into a
# fresh SQLite data directory, ROUNDS times, and prints items/s per corpus (median) and the ratio
# to the issue's goal of 2,000 publications/s. The rate is the importer's own (file opened to last
# commit); the wall time also counts JVM and Spring start-up. Reuters has 737 stories without a
# title: they take the first line of their body (--title-from-body); 4 have no date and are skipped.
#
#   bench/import-jsonl.sh            # 3 rounds
#   ROUNDS=1 bench/import-jsonl.sh   # quicker
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-3}"
CORPUS="${CORPUS:-../shared/data/corpus}"
GOAL=2000
JAR=target/dossier.jar
RESULTS=bench/results; mkdir -p "$RESULTS"
OUT="$RESULTS/import-jsonl-$(date -u +%Y%m%dT%H%M%SZ).txt"
exec > >(tee "$OUT")
WORK=""
trap '[ -n "$WORK" ] && rm -rf "$WORK"' EXIT

[ -f "$JAR" ] || mvn -B package -DskipTests
for f in reuters21578 ungdc-1946-2024; do
  [ -f "$CORPUS/$f.jsonl.gz" ] || { echo "missing $CORPUS/$f.jsonl.gz" >&2; exit 1; }
done

echo "Dossier JSONL import benchmark: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
declare -A rates walls summaries cpums
combined=""   # per round: both corpora together, items / importer seconds (the 32k archive of the issue)
for round in $(seq 1 "$ROUNDS"); do
  dir="$(mktemp -d /tmp/dossier-import-bench.XXXXXX)"; WORK="$dir"
  round_items=0; round_seconds=0
  for corpus in reuters21578:reuters ungdc-1946-2024:un-general-debate; do
    file="${corpus%%:*}"; section="${corpus##*:}"
    start=$(date +%s.%N)
    DOSSIER_DATA_DIR="$dir" DOSSIER_DEMO=false java -jar "$JAR" import jsonl "$CORPUS/$file.jsonl.gz" \
      --section "$section" --title-from-body >"$dir/$file.out" 2>"$dir/$file.err"
    end=$(date +%s.%N)
    summary="$(tail -1 "$dir/$file.out")"
    rate="$(sed -E 's/.*\(([0-9,]+) items\/s.*/\1/' <<<"$summary" | tr -d ,)"
    rates[$file]+="$rate "
    items="$(sed -E 's/Imported ([0-9,]+),.*/\1/' <<<"$summary" | tr -d ,)"
    cpu="$(sed -E 's/.*, ([0-9.]+) CPU-s\).*/\1/' <<<"$summary")"
    cpums[$file]+="$(awk -v c="$cpu" -v n="$items" 'BEGIN { printf "%.3f", 1000 * c / n }') "
    walls[$file]+="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') "
    summaries[$file]="$summary"
    seconds="$(sed -E 's/.* in ([0-9.]+) s \(.*/\1/' <<<"$summary")"
    round_items=$((round_items + items)); round_seconds=$(awk -v a="$round_seconds" -v b="$seconds" 'BEGIN { print a + b }')
    echo "round $round $file: $summary"
  done
  combined+="$(awk -v n="$round_items" -v s="$round_seconds" 'BEGIN { printf "%.0f", n / s }') "
  rm -rf "$dir"; WORK=""
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo
# CPU ms/item is what the import costs whatever else runs on the machine; "if idle" is what all
# cores would then sustain (cores / CPU time per item), an estimate, not a measurement.
CORES=$(nproc)
printf '%-18s %10s %11s %13s %13s %15s\n' corpus "items/s" "vs 2,000/s" "wall s (JVM)" "CPU ms/item" "items/s if idle"
for file in reuters21578 ungdc-1946-2024; do
  rate=$(median <<<"${rates[$file]}")
  wall=$(median <<<"${walls[$file]}")
  cpu=$(median <<<"${cpums[$file]}")
  printf '%-18s %10s %10.2fx %13.1f %13.3f %15.0f\n' "$file" "$rate" \
    "$(awk -v r="$rate" -v g="$GOAL" 'BEGIN { print r / g }')" "$wall" "$cpu" \
    "$(awk -v c="$cpu" -v k="$CORES" 'BEGIN { print 1000 * k / c }')"
done
both=$(median <<<"$combined")
printf '%-18s %10s %10.2fx   (both corpora, 32.5k items, importer seconds)\n' "both" "$both" \
  "$(awk -v r="$both" -v g="$GOAL" 'BEGIN { print r / g }')"
echo "(saved in $OUT)"
