#!/usr/bin/env bash
# Scores the event stage on the project's PLOVER gold (core/src/test/resources/eval/events):
# every sentence through the whole pipeline, then type P/R/F1, actor, recipient and factuality
# accuracy, mode accuracy and whether the gold actor's country is among the event's parties.
# On the blind wire set also ACLED sub-event accuracy and false positives and casualty-count accuracy.
# Usage: scripts/eval-events.sh [--verbose]   (--verbose also lists every miss)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
verbose=false
[ "${1:-}" = "--verbose" ] && verbose=true
cd "$root"
# core alone holds the event stage and its evaluation: no install, so ~/.m2 never holds a stale build
mvn -q -B -o -pl core test -Dtest=EventEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Devents.verbose="$verbose" >&2 || true
cat core/target/event-eval-sentences.txt core/target/event-eval-news.txt core/target/event-eval-wire.txt
