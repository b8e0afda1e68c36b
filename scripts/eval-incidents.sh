#!/usr/bin/env bash
# Scores incident fusion (issue 13) alone, on real news: dateline/1 records of the 2,136 GVA dev
# articles (../shared/eval/crossdoc/gva-dev) are grouped into stories by their GOLD incident (an oracle
# grouping, so grouping errors do not count here), org.dateline.story.Incidents fuses each story's
# events (core test sources: org.dateline.eval.IncidentFusionRun, not a test of `mvn verify`), and
# ../shared/eval/crossdoc/score_crossdoc.py scores, per gold incident, the incident holding most of
# its articles: the share whose killed, injured (exact), date (day) and city (contained in
# `location`) match the archive. Then scripts/incident_misses.py breaks the misses down by cause.
# Usage: scripts/eval-incidents.sh RECORDS.jsonl [--verbose]
#   RECORDS: `dateline analyze` output of the articles as news-please JSON Lines, e.g. made by
#     python3 scripts/incident_misses.py --write-input ../shared/eval/crossdoc/gva-dev gva.jsonl
#     ./dateline analyze --as jsonl gva.jsonl > gva-records.jsonl     (about 5 minutes on 2 cores, -Xmx8g)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
gold="${GVA_DIR:-$root/../shared/eval/crossdoc/gva-dev}"
scorer="$(dirname "$gold")/score_crossdoc.py"
records="${1:?usage: scripts/eval-incidents.sh RECORDS.jsonl [--verbose]}"
verbose="${2:-}"
[ -f "$gold/articles.jsonl" ] || { echo "eval-incidents: $gold not found" >&2; exit 2; }
work="$root/target/eval-incidents"
rm -rf "$work/export" && mkdir -p "$work"
python3 - "$gold/articles.jsonl" "$work/groups.tsv" <<'PY'
import json, sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        a = json.loads(line)
        out.write(f"{a['url']}\tgva-{a['incident']}\n")
PY
cd "$root"
mvn -q -B -o -pl core dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2
mvn -q -B -o -pl core test-compile >&2
java -Xmx2g -cp "core/target/test-classes:core/target/classes:$(cat "$work/cp.txt")" \
  org.dateline.eval.IncidentFusionRun "$records" "$work/groups.tsv" "$work/export"
python3 "$scorer" gva "$gold" "$work/export"
python3 "$root/scripts/incident_misses.py" "$gold" "$work/export" $verbose
