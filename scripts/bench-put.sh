#!/usr/bin/env bash
# What adding an article to a store costs as the store grows, cross-article identities and stories
# included: builds the demo store (CoreNLP over the demo articles, once), then puts N copies of its
# records with their people renamed from large pools of names (org.dateline.server.bench.PutCost),
# timing each step; then the same without stories, and without identities or stories, side by side.
# The issue's bar: the last step's cost within 1.5x of the first's. MODES picks the runs, e.g.
# MODES=full for the first alone (full, no-stories, bare).
# Usage: [MODES="full no-stories bare"] scripts/bench-put.sh [ARTICLES=100000] [STEP=10000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${1:-100000}"; step="${2:-10000}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/dateline-bench}"
mkdir -p "$work"
"$here/dateline" demo --no-serve --store "$work/demo-data" >&2
for name in ${MODES:-full no-stories bare}; do
  case "$name" in
    full) mode="";; no-stories) mode="--no-stories";; bare) mode="--no-identities --no-stories";;
    *) echo "unknown mode $name (full, no-stories, bare)" >&2; exit 2;;
  esac
  echo "== $name${mode:+ ($mode)}"
  rm -rf "$work/put-$articles"
  java -Xmx2g -cp "$here/cli/target/dateline.jar" org.dateline.server.bench.PutCost \
    --source "$work/demo-data" --store "$work/put-$articles" --articles "$articles" --step "$step" $mode
  rm -rf "$work/put-$articles"
done
