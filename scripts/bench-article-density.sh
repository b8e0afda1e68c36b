#!/usr/bin/env bash
# What would an article search cost if articles had an index of their own? Builds the demo store
# and grows it to N synthetic articles as scripts/bench-search.sh does (the same store is reused),
# copies it twice, merges both copies to one segment, deletes the entities, statements and events
# from the second, and times the same in-process searches on both, alternated (SearchDensity).
# Usage:
#   scripts/bench-article-density.sh [ARTICLES=100000] [ROUNDS=10]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${1:-100000}"; rounds="${2:-10}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/dateline-bench}"
mkdir -p "$work"
"$here/dateline" demo --no-serve --store "$work/demo-data" >&2
if [ ! -d "$work/store-$articles" ]; then
  # grows the store as scripts/bench-search.sh does (one search sent)
  java -Xmx2g -cp "$here/cli/target/dateline.jar" org.dateline.server.bench.SearchLoad \
    --source "$work/demo-data" --store "$work/store-$articles" --articles "$articles" \
    --concurrency 1 --requests 1 --warmup 0 >&2
fi
java -Xmx3g -cp "$here/cli/target/dateline.jar" org.dateline.server.bench.SearchDensity \
  --store "$work/store-$articles" --work "$work/density-$articles" --rounds "$rounds"
