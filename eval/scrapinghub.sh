#!/usr/bin/env bash
# Body extraction on the ScrapingHub benchmark (181 gzipped pages, mostly English), scored with
# ../shared/tools/score_body.py against the floor in eval/scrapinghub-floor.txt.
set -euo pipefail
source "$(dirname "$0")/common.sh"
build
out=$(mktemp)
trap 'rm -f "$out"' EXIT
bench=$shared/bench/scrapinghub
"$tinbai" extract --format jsonl "$bench"/html/*.html.gz >"$out" || true
python3 "$shared/tools/score_body.py" "$bench/ground-truth.json" "$out" --min-f1 "$(grep -v '^#' "$repo/eval/scrapinghub-floor.txt")"
