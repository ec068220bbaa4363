#!/usr/bin/env bash
# Runs the Spark example in local mode and checks that its output equals `tinbai batch` on the
# same input. Creates a venv under target/ with pyspark from PyPI (needs Java 17).
# Exit status: 0 when the outputs are equal, 1 when they differ, 2 when something is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYSPARK_VERSION=4.0.1

# The venv is kept between runs (TINBAI_SPARK_VENV to put it elsewhere, e.g. a CI cache).
venv=${TINBAI_SPARK_VENV:-target/spark-venv}
if ! "$venv/bin/python" -c "import pyspark" 2>/dev/null; then
    echo "run-local.sh: installing pyspark $PYSPARK_VERSION into $venv" >&2
    { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet "pyspark==$PYSPARK_VERSION"; } ||
        { echo "run-local.sh: could not install pyspark from PyPI" >&2; exit 2; }
fi
command -v java >/dev/null || { echo "run-local.sh: Java is needed for Spark" >&2; exit 2; }

cargo build --release --quiet
tinbai="${CARGO_TARGET_DIR:-$PWD/target}/release/tinbai"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$venv/bin/python" examples/spark/make_input.py fixtures "$work/input"
export PYSPARK_PYTHON
PYSPARK_PYTHON="$(cd "$venv" && pwd)/bin/python"
started=$SECONDS
"$venv/bin/python" examples/spark/tinbai_pipe.py "$work/input" "$work/spark-out" \
    --tinbai "$tinbai" --partitions 4 \
    2> "$work/spark.log" || { tail -50 "$work/spark.log" >&2; exit 2; }

"$tinbai" batch --quiet "$work/input" > "$work/batch.jsonl" || [ $? -eq 1 ]
cat "$work"/spark-out/part-* | sort > "$work/spark.sorted"
sort "$work/batch.jsonl" > "$work/batch.sorted"
records=$(wc -l < "$work/batch.sorted")
if [ "$records" -eq 0 ]; then
    echo "run-local.sh: tinbai batch gave no records" >&2
    exit 2
fi
errors=$(grep -c '"error":{' "$work/spark.sorted" || true)
if ! grep -q '"record":"broken/empty.html".*"error":{' "$work/spark.sorted"; then
    echo "run-local.sh: the empty page's error record did not come through Spark" >&2
    exit 1
fi
if cmp -s "$work/spark.sorted" "$work/batch.sorted"; then
    echo "spark example: $records records ($errors error records), identical to tinbai batch ($((SECONDS - started)) s)"
else
    echo "spark example: the outputs differ" >&2
    diff <(cut -c1-200 "$work/spark.sorted") <(cut -c1-200 "$work/batch.sorted") | head -20 >&2
    exit 1
fi
