#!/usr/bin/env bash
# Scores the ACLED sub-event types Dateline gives on the CASE 2021 Task 2 snippets we study (the
# shared dev third; a larger part is held out): each snippet becomes <id>.txt in a temporary folder,
# `./dateline analyze` reads the folder as a user would (each file taken verbatim as the article
# body), and score_acled.py takes each record's most confident ACLED-coded event as its label.
# Usage: scripts/eval-case2021.sh [--verbose] [--keep DIR] [--min-f1 F]
#   --verbose  lists every miss (gold, predicted, snippet)
#   --keep DIR writes the snippets and records.jsonl into DIR instead of a temporary folder
#   --min-f1 F exits 1 when the weighted F1 is below F (what .ci/run checks)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="${CASE2021_DIR:-$root/../shared/eval/case2021}"
verbose=()
work=""
min_f1=""
while [ $# -gt 0 ]; do
  case "$1" in
    --verbose) verbose=(--verbose) ;;
    --keep) work="$2"; shift ;;
    --min-f1) min_f1="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$work" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/snippets"
rm -f "$work"/snippets/*.txt
# one file per row; the header names the columns, so they are found by name, not position
python3 - "$eval_dir/dev.tsv" "$work/snippets" <<'PY'
import csv, sys, os
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        with open(os.path.join(sys.argv[2], row["id"] + ".txt"), "w", encoding="utf-8") as out:
            out.write(row["EventSnippet"])
PY
"$root/dateline" analyze --as body --threads "${THREADS:-2}" "$work/snippets" > "$work/records.jsonl"
score="$(python3 "$eval_dir/score_acled.py" "$eval_dir/dev.tsv" "$work/records.jsonl" "${verbose[@]}")"
echo "$score"
# --min-f1 F: exit 1 when the weighted F1 (the task's ranking figure) is below F, so CI holds a floor
if [ -n "$min_f1" ]; then
  weighted="$(echo "$score" | sed -n 's/.*weighted_f1=\([0-9.]*\).*/\1/p' | tail -1)"
  if ! python3 -c "import sys; sys.exit(0 if float('$weighted') >= float('$min_f1') else 1)"; then
    echo "eval-case2021: weighted F1 $weighted is below the floor $min_f1" >&2
    exit 1
  fi
fi
