#!/usr/bin/env bash
# Runs tinbai over every text of ../shared/corpus/text-all/baomoi-2013 (issue 3): builds release,
# runs `tinbai batch` over the folder's *.txt, and prints texts, records, errors, panics, the exit
# status, wall time, offset problems and facts per type. Exits 1 on a panic, an error record, a
# missing record or a fact whose offsets do not slice out its text.
#   eval/baomoi.sh                          the run and its counts
#   eval/baomoi.sh --sample 50 --seed 7     also writes 50 facts per type, drawn with seed 7, with
#                                           value and sentence context to target/baomoi/ (or --out)
#   eval/baomoi.sh --precision FILE         precision per type of a hand-check file (eval/baomoi-check-*.tsv)
# The run's output stays in target/baomoi/ (it quotes the corpus: never commit it).
set -euo pipefail
source "$(dirname "$0")/common.sh"
sample="" seed=1 out="" check=""
while [ $# -gt 0 ]; do
  case $1 in
    --sample) sample=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --precision) check=$2; shift 2 ;;
    *) echo "usage: eval/baomoi.sh [--sample N] [--seed S] [--out FILE] | --precision FILE" >&2; exit 2 ;;
  esac
done
if [ -n "$check" ]; then
  exec python3 "$repo/eval/baomoi.py" precision "$check"
fi
folder=$shared/corpus/text-all/baomoi-2013
work=$repo/target/baomoi
mkdir -p "$work"
build
texts=$(find "$folder" -maxdepth 1 -name '*.txt' | wc -l)
echo "commit             $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src || echo ' (+ uncommitted changes)')"
echo "folder             $folder"
started=$(date +%s.%N)
status=0
"$tinbai" batch "$folder/*.txt" -o "$work/out.jsonl" --summary-json "$work/summary.json" --quiet \
  2>"$work/stderr" || status=$?
wall=$(echo "$(date +%s.%N) - $started" | bc)
result=0
python3 "$repo/eval/baomoi.py" report "$work" "$texts" "$status" "$wall" || result=1
if [ -n "$sample" ]; then
  python3 "$repo/eval/baomoi.py" sample "$work" "$sample" "$seed" "${out:-$work/sample-$seed.tsv}"
fi
exit $result
