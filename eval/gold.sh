#!/usr/bin/env bash
# Scores tinbai on the gold corpus (../shared/corpus/gold): article metadata and body on the
# HTML pages, facts on pages and texts, against the floors in eval/gold-floors.txt.
#   eval/gold.sh [--json]      prints the score table; exits 1 below a floor
set -euo pipefail
source "$(dirname "$0")/common.sh"
build
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 - "$shared/corpus" "$out/list" <<'PY'
import json, os, sys
corpus, out = sys.argv[1], sys.argv[2]
with open(out, "w") as fh:
    for name in sorted(os.listdir(os.path.join(corpus, "gold"))):
        g = json.load(open(os.path.join(corpus, "gold", name), encoding="utf-8"))
        kind = "html" if g.get("html") else "text"
        fh.write(f"{kind}\t{os.path.join(corpus, g.get('html') or g['file'])}\n")
PY
: >"$out/pred.jsonl"
while IFS=$'\t' read -r kind path; do
  if [ "$kind" = text ]; then
    "$tinbai" extract --format jsonl --text "$path" >>"$out/pred.jsonl" || true
  else
    "$tinbai" extract --format jsonl "$path" >>"$out/pred.jsonl" || true
  fi
done <"$out/list"
# Index and forum pages must come out as something other than an article, without error.
status=0
strict_kind=$(grep -c '^index_kind=required' "$repo/eval/gold-floors.txt" || true)
for page in "$shared"/corpus/html/*/*-INDEX*.html "$shared"/corpus/html/*/*-FORUM*.html; do
  kind=$("$tinbai" extract --format jsonl "$page" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r.get("article",{}).get("kind","error"))')
  if [ "$kind" = article ] || [ "$kind" = error ]; then
    echo "index page read as $kind: $page" >&2
    [ "$strict_kind" = 0 ] || status=1
  fi
done
# shellcheck disable=SC2046
python3 "$shared/tools/score.py" "$shared/corpus/gold" "$out/pred.jsonl" "$@" $(floors gold-floors.txt) || status=1
# Article metadata floors (`meta.title=0.95` lines): accuracy per field from score.py --json.
python3 "$shared/tools/score.py" "$shared/corpus/gold" "$out/pred.jsonl" --json >"$out/scores.json"
python3 - "$out/scores.json" "$repo/eval/gold-floors.txt" <<'PY' || status=1
import json, sys
scores = json.load(open(sys.argv[1], encoding="utf-8"))["meta"]
failed = []
for line in open(sys.argv[2], encoding="utf-8"):
    line = line.strip()
    if not line.startswith("meta."):
        continue
    field, _, floor = line[5:].partition("=")
    got = scores.get(field, 0.0)
    if got < float(floor):
        failed.append(f"meta.{field} {got:.3f} < {floor}")
if failed:
    print("BELOW THRESHOLD: " + "; ".join(failed), file=sys.stderr)
    sys.exit(1)
PY
exit $status
