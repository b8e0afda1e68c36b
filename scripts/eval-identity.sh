#!/usr/bin/env bash
# Scores one identity per real person across articles (issue 15) against the blind gold
# scripts/gold/identity-ecb.jsonl (131 ECB+ news documents, 11 subtopics; see
# scripts/gold/README-identity.md): writes the gold's documents from ../shared/eval/crossdoc/ecb-dev.jsonl
# as news-please JSON Lines, runs the real `dateline ingest` into a fresh store and `dateline export`,
# and scores the exported entity keys with scripts/score_identity.py (B-cubed, pairwise cross-document
# links, mentions found, distinct same-name people wrongly joined).
# Usage: scripts/eval-identity.sh [--verbose]   (needs ../shared beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_DIR:-$root/../shared}"
verbose=()
[ "${1:-}" = "--verbose" ] && verbose=(-v)
corpus="$shared/eval/crossdoc/ecb-dev.jsonl"
gold="$root/scripts/gold/identity-ecb.jsonl"
[ -f "$corpus" ] || { echo "eval-identity: $corpus not found" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/score_identity.py" --write-input "$gold" "$corpus" "$work/ecb.jsonl"
"$root/dateline" ingest --as jsonl --store "$work/store" "$work/ecb.jsonl" >&2
"$root/dateline" export --format jsonl --store "$work/store" --out "$work/export" >&2
python3 "$root/scripts/score_identity.py" "${verbose[@]}" "$gold" "$work/export"
