#!/usr/bin/env bash
# Installs what pip cannot: Debian's Chromium (browser tests) and a CJK font (chart labels),
# then the npm Cypher parser used to check cypher/schema.cypher. Idempotent and quiet when done.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei' || need+=(fonts-wqy-microhei fontconfig)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ -f tools/cypher-lint/package.json ] && [ ! -d tools/cypher-lint/node_modules ]; then
  (cd tools/cypher-lint && npm install --silent --no-audit --no-fund >/dev/null)
fi
