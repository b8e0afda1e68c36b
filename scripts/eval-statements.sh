#!/usr/bin/env bash
# Scores Dateline's statements against the project's attribution gold:
# runs `dateline analyze --as body` over every NAME.txt, then scripts/score_statements.py.
# Usage: scripts/eval-statements.sh [GOLD_DIR] [extra scorer flags, e.g. --verbose]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
gold="$(cd "${1:-$root/core/src/test/resources/eval/statements}" && pwd)"
shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pred"
"$root/dateline" analyze --as body "$gold"/*.txt 2>"$work/log" > "$work/records.jsonl"
python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
for line in open(os.path.join(work, "records.jsonl"), encoding="utf-8"):
    name = os.path.basename(json.loads(line)["input"]["path"])[:-4]
    open(os.path.join(work, "pred", name + ".json"), "w", encoding="utf-8").write(line)
PY
python3 "$root/scripts/score_statements.py" "$gold" "$work/pred" "$@"
