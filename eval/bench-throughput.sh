#!/usr/bin/env bash
# Throughput: tinbai batch (--jobs 1 and 2) against trafilatura 2.3.1 (with metadata, in one
# Python process) over the same real pages: ../shared/corpus/html repeated to at least 600
# files, copied into a temporary folder (never into the repo).
#
#   bash eval/bench-throughput.sh [MIN_PAGES]
#
# Prints pages/s by wall time and by CPU time (user+sys, which a busy shared machine disturbs
# less), and the ratios. trafilatura is installed from PyPI into target/bench-venv.
set -euo pipefail
source "$(dirname "$0")/common.sh"
min_pages=${1:-600}
venv=$repo/target/bench-venv
if ! "$venv/bin/python" -c "import trafilatura" 2>/dev/null; then
  python3 -m venv "$venv"
  # lxml 6 moved lxml.html.clean, which trafilatura imports, into its own package.
  "$venv/bin/pip" install --quiet "trafilatura==2.3.1" lxml_html_clean
fi
build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t pages < <(find "$shared/corpus/html" -name '*.html' | sort)
n=0
while [ "$n" -lt "$min_pages" ]; do
  for p in "${pages[@]}"; do
    cp "$p" "$work/$(printf '%05d' "$n")-$(basename "$p")"
    n=$((n + 1))
  done
done
mkdir "$work/pages" && mv "$work"/*.html "$work/pages/"
echo "pages: $n ($(du -sh "$work/pages" | cut -f1)), from ${#pages[@]} real pages of $shared/corpus/html"

# Prints "<wall seconds> <cpu seconds>" of a command, its output discarded.
timed() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" > /dev/null 2>&1 || [ $? -eq 1 ]
  tail -n1 "$work/time" | awk '{ printf "%s %.2f\n", $1, $2 + $3 }'
}
rate() { awk -v n="$n" -v s="$1" 'BEGIN { printf "%.1f", n / s }'; }

# trafilatura in one Python process, timed around the loop only (imports excluded); prints
# "<wall> <cpu> <documents extracted>".
cat > "$work/traf.py" <<'PY'
import os, sys, time
import trafilatura
folder = sys.argv[1]
files = sorted(os.listdir(folder))
wall, cpu, done = time.perf_counter(), time.process_time(), 0
for name in files:
    with open(os.path.join(folder, name), "rb") as f:
        done += trafilatura.extract(f.read(), with_metadata=True, output_format="json") is not None
print(f"{time.perf_counter() - wall:.2f} {time.process_time() - cpu:.2f} {done}")
PY

# "One core" is taken literally: the --jobs 1 run and trafilatura are pinned to one CPU, so
# neither gains from a reader or writer thread on another core.
one_core=()
command -v taskset >/dev/null && one_core=(taskset -c 0)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
# A warm-up run fills the page cache and checks the accounting: one record per page.
"$tinbai" batch -q --jobs 1 "$work/pages" -o "$work/out.jsonl" || [ $? -eq 1 ]
records=$(wc -l < "$work/out.jsonl")
facts=$(grep -o '"type":' "$work/out.jsonl" | wc -l)
[ "$records" -eq "$n" ] || { echo "bench: $records records for $n pages" >&2; exit 1; }
read -r t1_wall t1_cpu < <(timed "${one_core[@]}" "$tinbai" batch -q --jobs 1 "$work/pages")
read -r t2_wall t2_cpu < <(timed "$tinbai" batch -q --jobs 2 "$work/pages")
read -r tr_wall tr_cpu tr_done < <("${one_core[@]}" "$venv/bin/python" "$work/traf.py" "$work/pages" 2>/dev/null)
echo "tinbai: $records records, $facts facts; trafilatura: $tr_done documents extracted"

printf '%-22s %10s %10s\n' "" "pages/s" "pages/s"
printf '%-22s %10s %10s\n' "" "(wall)" "(cpu)"
printf '%-22s %10s %10s\n' "tinbai --jobs 1" "$(rate "$t1_wall")" "$(rate "$t1_cpu")"
printf '%-22s %10s %10s\n' "tinbai --jobs 2" "$(rate "$t2_wall")" "$(rate "$t2_cpu")"
printf '%-22s %10s %10s\n' "trafilatura 2.3.1" "$(rate "$tr_wall")" "$(rate "$tr_cpu")"
awk -v a="$t1_wall" -v b="$tr_wall" -v c="$t1_cpu" -v d="$tr_cpu" \
  'BEGIN { printf "tinbai / trafilatura, one core: %.1fx (wall), %.1fx (cpu)\n", b / a, d / c }'
awk -v a="$t1_wall" -v b="$t2_wall" \
  'BEGIN { printf "--jobs 2 / --jobs 1: %.2fx (wall)\n", a / b }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores ($(date -u '+%Y-%m-%d %H:%M UTC'))"
[ ${#one_core[@]} -gt 0 ] && echo "one-core runs pinned with: ${one_core[*]}"
echo "goals: tinbai/trafilatura >= 20x on one core; --jobs 2 / --jobs 1 >= 1.7x (needs 2 idle cores)"
