# Shared by the evaluation scripts: where the reference data is, and a release build.
# The reference data is never copied into the project: it is read from ../shared.
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${TINBAI_SHARED:-$repo/../shared}
if [ ! -d "$shared/corpus" ] && [ -d /work/shared/corpus ]; then
  shared=/work/shared
fi
if [ ! -d "$shared/corpus" ]; then
  echo "eval: reference data not found at $shared (set TINBAI_SHARED)" >&2
  exit 2
fi
floors() { grep -v -e '^#' -e '^index_kind' -e '^meta\.' "$repo/eval/$1" | sed '/^$/d' | sed 's/^/--min-f1 /' | tr '\n' ' '; }
build() { (cd "$repo" && cargo build --release --quiet); }
tinbai=${CARGO_TARGET_DIR:-$repo/target}/release/tinbai
