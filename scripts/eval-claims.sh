#!/usr/bin/env bash
# Scores claims across sides (issue 13, org.dateline.story.Claims) against the hand-made gold
# scripts/gold/claims-demo.tsv: runs `dateline analyze` over examples/demo/articles, reads the records
# as ONE story with org.dateline.story.ClaimsRun (core's test classes; name keys as entity keys),
# then scripts/score_claims.py (pairwise P/R/F1 of statements grouped into one claim, stance accuracy).
# Usage: scripts/eval-claims.sh [-v]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/dateline" analyze "$root/examples/demo/articles" 2>"$work/log" > "$work/records.jsonl"
(cd "$root" && mvn -B -o -q -pl core test-compile >&2)
java -cp "$root/core/target/classes:$root/core/target/test-classes:$root/cli/target/lib/*" \
  org.dateline.story.ClaimsRun "$work/records.jsonl" demo > "$work/claims.jsonl"
python3 "$root/scripts/score_claims.py" "$root/scripts/gold/claims-demo.tsv" "$work/records.jsonl" "$work/claims.jsonl" "$@"
