#!/usr/bin/env bash
# Peak memory of tinbai batch on 2,000 and 20,000 pages (../shared/corpus/html repeated, in a
# temporary folder): flat memory means the two peaks are about the same.
#
#   bash eval/bench-rss.sh [JOBS]
#
# Exit status 1 if a peak is over 300 MB or the 20,000-page peak is more than 1.5x the
# 2,000-page one (memory growing with the number of pages).
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

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
declare -A peak
for count in 2000 20000; do
  fill "$count"
  /usr/bin/time -f '%M %e' -o "$work/time" \
    "$tinbai" batch -q --jobs "$jobs" "$work/pages" -o "$work/out.jsonl" || [ $? -eq 1 ]
  read -r kib secs < <(tail -n1 "$work/time")   # after "Command exited with non-zero status"
  records=$(wc -l < "$work/out.jsonl")
  printf '%6d pages (--jobs %d): %6d records, peak RSS %5.1f MB, %6.1f s\n' \
    "$count" "$jobs" "$records" "$(awk -v k="$kib" 'BEGIN { print k / 1024 }')" "$secs"
  [ "$records" -eq "$count" ] || { echo "bench: $records records for $count pages" >&2; exit 1; }
  peak[$count]=$kib
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) ($(date -u '+%Y-%m-%d %H:%M UTC'))"
awk -v a="${peak[2000]}" -v b="${peak[20000]}" 'BEGIN {
  ok = b <= 300 * 1024 && a <= 300 * 1024 && b <= 1.5 * a
  printf "goal: peak <= 300 MB and flat: 20k/2k = %.2f -> %s\n", b / a, ok ? "met" : "NOT MET"
  exit !ok
}'
