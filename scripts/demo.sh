#!/usr/bin/env bash
# `make demo`: build the bundled plans into out/ with the embedded NetworkX store and print the headlines.
set -euo pipefail
cd "$(dirname "$0")/.."
RG=.venv/bin/respgraph
PLANS=data/plans
OUT=out

# bold headings on a terminal only (a log or a pipe gets no escape codes)
if [ -t 1 ]; then
  section() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }
else
  section() { printf '\n== %s ==\n' "$1"; }
fi

section "Build: read, extract, resolve, graph ($PLANS -> $OUT/)"
$RG build "$PLANS" --out "$OUT"
$RG extract "$PLANS"/* --format jsonl -o "$OUT/tasks.jsonl"

section "Overloaded agencies (stands out within its own plan)"
$RG workload "$OUT" --overload --exclude-collectives --limit 10

section "Tasks without a lead"
$RG workload "$OUT" --report no-lead --limit 10

section "Top cross-plan overlaps: similar tasks, and who leads them"
$RG overlap "$OUT" --disagreements --limit 8

section "Who should lead this? Suggestions for the first tasks of the Yichun plan (no agencies named)"
$RG suggest "$OUT" --plan yichun-2021-14th-fyp-eco-plan --limit 5

section "Meeting pack: report and graph views"
$RG report "$OUT" --out "$OUT/report"
echo
echo "Open $OUT/report/report.html in a browser (works offline). Graph: $OUT/graph.json; tables: $OUT/*.csv"
