#!/usr/bin/env bash
# Story grouping on real multi-source news, through the real `ingest` and `export` commands, scored by
# ../shared/eval/crossdoc/score_crossdoc.py (B-cubed and pairwise F1 against the gold incidents or
# subtopics; fusion from the exported incidents table: the share of gold incidents whose fused killed,
# injured, date and city match, each gold incident read from the incident sharing most of its articles):
#   GVA dev: articles.jsonl written as news-please JSON Lines (url, title, maintext, date_publish);
#   ECB+ dev: each document written as <id>.txt (texts without dates), the folder ingested.
# Either analyse them (--analyze: CoreNLP, about 5 min for GVA on 2 cores) or store records analysed
# before from those very inputs (--records GVA_RECORDS ECB_RECORDS, from `dateline analyze`; the ECB
# ones from files named <id>.txt, so input.path ends in <id>.txt).
# Usage: scripts/eval-stories.sh --analyze | --records GVA_RECORDS.jsonl ECB_RECORDS.jsonl
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$here/../shared/eval/crossdoc"
mode="${1:-}"
if [ "$mode" = --records ] && [ $# -eq 3 ]; then
  gva_records="$(realpath "$2")"; ecb_records="$(realpath "$3")"
elif [ "$mode" != --analyze ]; then
  echo "usage: $0 --analyze | --records GVA_RECORDS.jsonl ECB_RECORDS.jsonl" >&2; exit 2
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-stories.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# GVA: news-please JSON Lines in the gold file's order.
python3 - "$shared/gva-dev/articles.jsonl" "$work/gva.jsonl" <<'EOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        a = json.loads(line)
        out.write(json.dumps({"url": a["url"], "title": a["title"], "maintext": a["text"],
                              "date_publish": a["published"]}) + "\n")
EOF
# ECB+: one <id>.txt per document, no dates.
mkdir -p "$work/ecb-docs"
python3 - "$shared/ecb-dev.jsonl" "$work/ecb-docs" <<'EOF'
import json, os, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        with open(os.path.join(sys.argv[2], d["id"] + ".txt"), "w", encoding="utf-8") as out:
            out.write(d["text"])
EOF

run() { # name, ingest arguments...
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$here/dateline" ingest --store "$work/$name-store" "$@" 2>&1 | grep -v '^dateline: [0-9]*/[0-9]* inputs' | tail -3 >&2
  end=$(date +%s.%N)
  echo "$name ingest: $(python3 -c "print(f'{$end - $start:.1f}')") s" >&2
  "$here/dateline" export --store "$work/$name-store" --out "$work/$name-export" 2>&1 \
    | grep -E "(stories|incidents|claims)\.jsonl" >&2
}

if [ "$mode" = --analyze ]; then
  run gva --as jsonl "$work/gva.jsonl"
  run ecb "$work/ecb-docs"
else
  run gva --records "$gva_records"
  run ecb --records "$ecb_records"
fi
python3 "$shared/score_crossdoc.py" gva "$shared/gva-dev" "$work/gva-export"
python3 "$shared/score_crossdoc.py" ecb "$shared/ecb-dev.jsonl" "$work/ecb-export"
