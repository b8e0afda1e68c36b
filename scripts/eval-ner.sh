#!/usr/bin/env bash
# Scores the entity stage's person / organisation / location names against CoNLL-style gold, beside
# CoreNLP's default pipeline on the same texts (org.dateline.eval.CoreNlpNerBaseline), with
# scripts/score_ner.py. Two gold sets:
#   tempeval  core/src/test/resources/eval/ner/ over the 12 shared TempEval-3 texts (default)
#   genre     scripts/gold/ner-genre/ over 24 excerpts of sport, markets, local briefs with datelines,
#             entertainment/tech and all-capital text from the shared corpora (labels and checksums
#             only: the texts are rebuilt from ../shared by its make_texts.py)
# Usage: scripts/eval-ner.sh [tempeval|genre] [--verbose]   (needs ../shared beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_DIR:-$root/../shared}"
set_name="${1:-tempeval}"
verbose=()
[ "${2:-}" = "--verbose" ] && verbose=(-v)
[ -d "$shared/eval" ] || { echo "eval-ner: $shared/eval not found" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
case "$set_name" in
  tempeval)
    gold="$root/core/src/test/resources/eval/ner"
    python3 "$shared/eval/timeml.py" split "$shared/eval/tempeval3/tml" "$work/txt" >&2 ;;
  genre)
    gold="$root/scripts/gold/ner-genre"
    python3 "$gold/make_texts.py" --root "$(dirname "$shared")" "$work/txt" >&2 ;;
  *) echo "eval-ner: the set is tempeval or genre" >&2; exit 2 ;;
esac
"$root/dateline" analyze --as body "$work"/txt/*.txt > "$work/records.jsonl"
mkdir -p "$work/dateline" "$work/corenlp"
python3 - "$work/records.jsonl" "$work/dateline" <<'PY'
import json, os, sys
for line in open(sys.argv[1], encoding="utf-8"):
    name = os.path.basename(json.loads(line)["input"]["path"])[:-len(".txt")]
    open(os.path.join(sys.argv[2], name + ".json"), "w", encoding="utf-8").write(line)
PY
cd "$root"
mvn -q -B -o -pl core dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2
mvn -q -B -o -pl core test-compile >&2
java ${DATELINE_JAVA_OPTS:--Xmx3g} -cp "core/target/test-classes:core/target/classes:$(cat "$work/cp.txt")" \
  org.dateline.eval.CoreNlpNerBaseline "$work/txt" "$work/corenlp" >&2
echo "== CoreNLP default pipeline"
python3 scripts/score_ner.py --text "$work/txt" "$gold" "$work/corenlp"
echo "== Dateline analyze"
python3 scripts/score_ner.py "${verbose[@]}" --text "$work/txt" "$gold" "$work/dateline"
