#!/usr/bin/env bash
# Search load on loopback: builds the demo store (CoreNLP over the 16 demo articles, once), grows it
# to N synthetic articles by varying their text (no further analysis), starts a server on
# 127.0.0.1, and sends bounded concurrent searches; prints p50/p99 and searches/s. Usage:
#   scripts/bench-search.sh [ARTICLES=10000] [CONCURRENCY=200] [REQUESTS=2000] [CACHE=0] [SYNTHETIC=copies] [WARMUP=400]
# CONCURRENCY may list levels run one after another on one server: `1,50` gives issue 14's
# one-client and 50-client figures, e.g. `scripts/bench-search.sh 100000 1,50 2000`.
# CACHE is how many answers the store remembers per commit (the server's default is 256); 0 keeps
# it off, so that the twelve queries of the mix are searched every time.
# SYNTHETIC=copies appends three sentences to every copy, so a word scores nearly alike in all the
# copies of one article and Lucene can rarely skip; `varied` repeats 0-3 of a copy's own sentences
# and appends 0-12 others, spreading scores as real articles' are (its store: store-N-varied).
# WARMUP requests (20 concurrent) come first. With 400 the JIT is still compiling through the next
# few thousand requests, at about half the process's CPU in the first level; with 6000 it still takes
# a fifth of it (code run once per request reaches C2 late); 20000 measures a warm server.
# The store is built once per ARTICLES under BENCH_DIR (default $TMPDIR/dateline-bench); delete it
# after changing how stores are written.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${1:-10000}"; concurrency="${2:-200}"; requests="${3:-2000}"; cache="${4:-0}"; synthetic="${5:-copies}"; warmup="${6:-400}"
store="store-$articles"; [ "$synthetic" = copies ] || store="store-$articles-$synthetic"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/dateline-bench}"
mkdir -p "$work"
"$here/dateline" demo --no-serve --store "$work/demo-data" >&2
java -Xmx2g -cp "$here/cli/target/dateline.jar" org.dateline.server.bench.SearchLoad \
  --source "$work/demo-data" --store "$work/$store" --articles "$articles" \
  --concurrency "$concurrency" --requests "$requests" --cache "$cache" --synthetic "$synthetic" --warmup "$warmup"
