#!/usr/bin/env bash
# What adding an article to a store costs as the store grows, cross-article identities included:
# builds the demo store (CoreNLP over the demo articles, once), then puts N copies of its records
# with their people renamed from large pools of names (org.dateline.server.bench.PutCost), timing
# each step, then the same without identities, side by side in one run.
# Usage: scripts/bench-put.sh [ARTICLES=100000] [STEP=10000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${1:-100000}"; step="${2:-10000}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/dateline-bench}"
mkdir -p "$work"
"$here/dateline" demo --no-serve --store "$work/demo-data" >&2
for mode in "" --no-identities; do
  echo "== ${mode:-with identities}"
  rm -rf "$work/put-$articles"
  java -Xmx2g -cp "$here/cli/target/dateline.jar" org.dateline.server.bench.PutCost \
    --source "$work/demo-data" --store "$work/put-$articles" --articles "$articles" --step "$step" $mode
  rm -rf "$work/put-$articles"
done
