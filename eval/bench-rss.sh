#!/usr/bin/env bash
# Peak memory of tinbai batch on 2,000 and 20,000 pages (../shared/corpus/html repeated, in a
# temporary folder): flat memory means the two peaks are about the same.
#
#   bash eval/bench-rss.sh [JOBS]
set -euo pipefail
source "$(dirname "$0")/common.sh"
jobs=${1:-2}
build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t pages < <(find "$shared/corpus/html" -name '*.html' | sort)

# Fills $work/pages up to $1 files (hard links: 20,000 pages take no extra disk).
fill() {
  mkdir -p "$work/pages"
  local n
  n=$(find "$work/pages" -type f | wc -l)
  while [ "$n" -lt "$1" ]; do
    for p in "${pages[@]}"; do
      [ "$n" -ge "$1" ] && break
      ln "$p" "$work/pages/$(printf '%06d' "$n").html" 2>/dev/null || cp "$p" "$work/pages/$(printf '%06d' "$n").html"
      n=$((n + 1))
    done
  done
}

for count in 2000 20000; do
  fill "$count"
  /usr/bin/time -f '%M %e' -o "$work/time" \
    "$tinbai" batch -q --jobs "$jobs" "$work/pages" -o "$work/out.jsonl" || [ $? -eq 1 ]
  read -r kib secs < "$work/time"
  records=$(wc -l < "$work/out.jsonl")
  printf '%6d pages (--jobs %d): %6d records, peak RSS %5.1f MB, %6.1f s\n' \
    "$count" "$jobs" "$records" "$(awk -v k="$kib" 'BEGIN { print k / 1024 }')" "$secs"
done
