#!/usr/bin/env bash
# Renders the PNG app icons in public/ from the hand-written SVGs with headless Chromium.
# Run after editing public/icon.svg or public/icon-maskable.svg; the PNGs are committed
# (Android Chrome wants 192 and 512 px raster icons to offer "install").
set -euo pipefail
cd "$(dirname "$0")/../public"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
render() { # svg size out
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --default-background-color=00000000 --window-size="$2,$2" \
    --screenshot="$PWD/$3" "file://$PWD/$1" 2>/dev/null
}
render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
render icon-maskable.svg 512 icon-maskable-512.png
ls -l icon-*.png
