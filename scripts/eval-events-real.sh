#!/usr/bin/env bash
# Scores the event stage on REAL news sentences coded by hand (scripts/gold/events-real.jsonl): the
# labels live in the repository, the sentences in the shared ECB+ and GVA news texts, which may not
# be redistributed. Each label names its document and line; this script joins them into a gold file
# of the eval/events format (refusing a label whose sentence no longer matches its checksum) and has
# EventEvaluationTest score it through the whole pipeline.
# Usage: scripts/eval-events-real.sh [--verbose] [--min-f1 F] [--set 2]   (needs ../shared beside the repository)
#   --set 2 scores the second set (scripts/gold/events-real-2.jsonl, other documents, written blind
#   before issue 12's third round) instead of the first
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
crossdoc="${CROSSDOC_DIR:-$root/../shared/eval/crossdoc}"
verbose=false
min_f1=0
labels=events-real
while [ $# -gt 0 ]; do
  case "$1" in
    --verbose) verbose=true ;;
    --min-f1) min_f1="$2"; shift ;;
    --set) case "$2" in 1) labels=events-real ;; 2) labels=events-real-2 ;; *) echo "--set is 1 or 2" >&2; exit 2 ;; esac; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -d "$crossdoc" ] || { echo "eval-events-real: $crossdoc not found" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/join_gold_text.py" "$root/scripts/gold/$labels.jsonl" "$crossdoc" > "$work/$labels.jsonl"
cd "$root"
status=0
mvn -q -B -o -pl core test -Dtest=EventEvaluationTest#fileNamedOnTheCommandLineIsScored \
  -Dsurefire.failIfNoSpecifiedTests=false -Devents.file="$work/$labels.jsonl" -Devents.minF1="$min_f1" \
  -Devents.verbose="$verbose" >&2 || status=1
cat "core/target/event-eval-$labels.txt"
exit $status
