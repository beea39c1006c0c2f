#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ with headless Debian Chromium: the site on fresh demo
# content at desktop (1280 px) and phone (390 px) width. Usage: docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=18790
DATA=$(mktemp -d /tmp/dossier-shots.XXXXXX)
OUT=docs/screenshots
[ -f target/dossier.jar ] || mvn -B package -DskipTests >/dev/null
java -jar target/dossier.jar --server.port=$PORT --dossier.data-dir="$DATA" > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
  sleep 1
done
base="http://127.0.0.1:$PORT"
article=$(curl -fsS "$base/the-peninsula/" | grep -o '<h2 class="card-title"><a href="/the-peninsula/[a-z0-9-]*"' | head -n 1 | sed 's/.*href="//; s/"$//')
expert=$(curl -fsS "$base/experts/" | grep -o 'href="/experts/[^"]*"' | sed -n 2p | cut -d'"' -f2)
shoot() { # name path width height
  chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$DATA/chrome" \
    --window-size="$3,$4" --screenshot="$OUT/$1.png" "$base$2" 2>/dev/null
  echo "$OUT/$1.png  <- $2"
}
shoot home-desktop / 1280 2200
shoot home-phone / 390 2600
shoot article-desktop "$article" 1280 2600
shoot article-phone "$article" 390 3200
shoot section-desktop /the-peninsula/ 1280 1800
shoot expert-desktop "$expert" 1280 1600
shoot search-desktop "/search?q=nuclear" 1280 1800
