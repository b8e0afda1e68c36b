#!/usr/bin/env bash
# Scores Dateline's dates on TimeML news: splits the gold into text + creation date, runs
# `dateline analyze --as body --published DCT` (one JVM per creation date), then scores.
# Usage: scripts/eval-timeml.sh [TML_DIR]   (default: ../shared/eval/tempeval3/tml)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tml="$(cd "${1:-$root/../shared/eval/tempeval3/tml}" && pwd)"
scorer="$(dirname "$(dirname "$tml")")/timeml.py"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$scorer" split "$tml" "$work/split" >&2
mkdir -p "$work/pred"
for dct in $(cat "$work"/split/*.dct | sort -u); do
  mapfile -t files < <(grep -lx "$dct" "$work"/split/*.dct | sed 's/\.dct$/.txt/')
  "$root/dateline" analyze --as body --published "$dct" "${files[@]}" 2>>"$work/log" > "$work/records.jsonl.part"
  cat "$work/records.jsonl.part" >> "$work/records.jsonl"
done
python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
for line in open(os.path.join(work, "records.jsonl"), encoding="utf-8"):
    name = os.path.basename(json.loads(line)["input"]["path"])[:-4]
    open(os.path.join(work, "pred", name + ".json"), "w", encoding="utf-8").write(line)
PY
python3 "$scorer" score "$tml" "$work/pred"
