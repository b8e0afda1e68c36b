#!/usr/bin/env bash
# Do expensive searches slow plain ones down? Builds the demo store (CoreNLP over the 16 demo
# articles, once), grows it to N synthetic articles, starts a server on 127.0.0.1, and times one
# client's plain searches alone and then beside E clients sending fuzzy, prefix and near searches
# back to back (ExpensiveLoad). Usage:
#   scripts/bench-expensive.sh [ARTICLES=100000] [EXPENSIVE_CLIENTS=20] [PLAIN_REQUESTS=300]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${1:-100000}"; expensive="${2:-20}"; requests="${3:-300}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/dateline-bench}"
mkdir -p "$work"
"$here/dateline" demo --no-serve --store "$work/demo-data" >&2
java -Xmx2g -cp "$here/cli/target/dateline.jar" org.dateline.server.bench.ExpensiveLoad \
  --source "$work/demo-data" --store "$work/store-$articles" --articles "$articles" \
  --expensive "$expensive" --requests "$requests"
