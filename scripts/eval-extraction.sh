#!/usr/bin/env bash
# Scores Dateline's HTML main-text extraction on the shared article-extraction benchmark, through
# the real command: `dateline extract --as html` over every page, then score_article_body.py.
# Usage: scripts/eval-extraction.sh [--min-f1 F] [BENCHMARK_DIR]   (default: ../shared/eval/article-extraction)
# With --min-f1 it exits 1 when the body F1 falls below F: .ci/run uses it as the extraction
# regression check, which needs the shared pages and so cannot live in the test suite.
set -euo pipefail
floor=""
if [ "${1:-}" = --min-f1 ]; then
  floor="$2"
  shift 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="$(cd "${1:-$root/../shared/eval/article-extraction}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
"$root/dateline" extract --as html "$bench"/html/*.html.gz 2>"$work/log" > "$work/records.jsonl" || true
end=$(date +%s.%N)
grep -E "failed|dateline:" "$work/log" | tail -1 >&2
python3 - "$work" "$bench" "$start" "$end" <<'PY'
import json, os, sys
work, bench, start, end = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
pred = {}
for line in open(os.path.join(work, "records.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    pred[os.path.basename(r["input"]["path"]).split(".")[0]] = {"articleBody": r["text"]}
json.dump(pred, open(os.path.join(work, "pred.json"), "w", encoding="utf-8"))
pages = len(os.listdir(os.path.join(bench, "html")))
print(f"pages={pages} seconds={end - start:.1f} (whole process, JVM start included) pages/s={pages / (end - start):.1f}",
      file=sys.stderr)
PY
python3 "$bench/../score_article_body.py" "$bench/ground-truth.json" "$work/pred.json" | tee "$work/score"
if [ -n "$floor" ]; then
  f1=$(sed -n 's/^f1=\([0-9.]*\).*/\1/p' "$work/score")
  python3 -c "import sys; sys.exit(0 if float('$f1') >= float('$floor') else 1)" \
    || { echo "eval-extraction: body F1 $f1 is below the floor $floor" >&2; exit 1; }
fi
