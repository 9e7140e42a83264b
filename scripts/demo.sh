#!/usr/bin/env bash
# `make demo`: build the bundled plans into out/ with the embedded NetworkX store and print the headlines.
set -euo pipefail
cd "$(dirname "$0")/.."
RG=.venv/bin/respgraph
$RG extract data/plans/*.txt --format jsonl -o out/tasks.jsonl
$RG suggest out --plan yichun-2021-14th-fyp-eco-plan --limit 5
