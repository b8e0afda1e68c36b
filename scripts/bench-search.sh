#!/usr/bin/env bash
# Search load on loopback: builds the demo store (CoreNLP over the 16 demo articles, once), grows it
# to N synthetic articles by varying their text (no further analysis), starts a server on
# 127.0.0.1, and sends bounded concurrent searches; prints p50/p99. Usage:
#   scripts/bench-search.sh [ARTICLES=10000] [CONCURRENCY=200] [REQUESTS=2000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${1:-10000}"; concurrency="${2:-200}"; requests="${3:-2000}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/dateline-bench}"
mkdir -p "$work"
"$here/dateline" demo --no-serve --store "$work/demo-data" >&2
java -Xmx2g -cp "$here/cli/target/dateline.jar" org.dateline.server.bench.SearchLoad \
  --source "$work/demo-data" --store "$work/store-$articles" --articles "$articles" \
  --concurrency "$concurrency" --requests "$requests"
