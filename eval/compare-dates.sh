#!/usr/bin/env bash
# Dates side by side on the gold corpus (issue 3): tinbai vs dateparser's search_dates (PyPI,
# languages=['vi']) vs the duckling crate's Vietnamese time rules. Every tool reads tinbai's own
# article.text of each gold input, with the gold publication time as its reference; each tool's
# output is turned into date facts (ISO values as in the gold) and scored with score.py's date row.
#   eval/compare-dates.sh        prints the Markdown table that the README records
# Needs PyPI (dateparser, into a venv under target/) and crates.io (duckling) the first time.
set -euo pipefail
source "$(dirname "$0")/common.sh"
build
here=$repo/eval/compare-dates
work=$repo/target/compare-dates
mkdir -p "$work"
venv=$work/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "dateparser==1.*"
fi
(cd "$here/duckling" && cargo build --release --quiet --target-dir "$work/duckling")
duckling=$work/duckling/release/compare-dates-duckling

# tinbai on every gold input, with the gold reference date (as the other tools get it).
: >"$work/tinbai.jsonl"
python3 - "$shared/corpus" >"$work/list" <<'PY'
import json, os, sys
corpus = sys.argv[1]
for name in sorted(os.listdir(os.path.join(corpus, "gold"))):
    g = json.load(open(os.path.join(corpus, "gold", name), encoding="utf-8"))
    kind = "html" if g.get("html") else "text"
    print(f"{kind}\t{os.path.join(corpus, g.get('html') or g['file'])}\t{g['reference_date'][:10]}")
PY
while IFS=$'\t' read -r kind path day; do
  flag=()
  [ "$kind" = text ] && flag=(--text)
  "$tinbai" extract --format jsonl "${flag[@]}" --reference-date "$day" "$path" >>"$work/tinbai.jsonl" || true
done <"$work/list"

python3 "$here/inputs.py" "$shared/corpus/gold" "$shared/corpus" "$work/tinbai.jsonl" >"$work/inputs.jsonl"
"$venv/bin/python" "$here/dateparser_dates.py" <"$work/inputs.jsonl" >"$work/dateparser.jsonl"
"$duckling" <"$work/inputs.jsonl" >"$work/duckling.jsonl"
python3 "$here/table.py" "$shared/tools/score.py" "$shared/corpus/gold" \
  "tinbai=$work/tinbai.jsonl" \
  "dateparser $("$venv/bin/python" -c 'import dateparser; print(dateparser.__version__)')=$work/dateparser.jsonl" \
  "duckling 0.4.0 (crate)=$work/duckling.jsonl"
