#!/usr/bin/env bash
# Scores the event stage's casualty counts (Event.fatalities / Event.injured) against the Gun
# Violence Archive incidents of the shared SemEval-2018 Task 5 articles (../shared/eval/crossdoc/gva-dev),
# text nobody on the project wrote. Sample: the first N articles (file order) whose `incidents` list
# holds exactly one incident, each written as <id>.txt and run through `./dateline analyze --as body`
# as a user runs it. Per article, the prediction is the largest fatalities (injured) value over its
# events; GVA's killed/injured count everyone shot, the shooter included, and 0 means none.
# Figures, for killed and injured apart and both together:
#   coverage  = share of articles with a non-null prediction
#   precision = share of non-null predictions equal to GVA's number
#   accuracy  = on articles with any count (fatalities or injured), share whose killed AND injured
#               both equal GVA's (a side without a count counts as 0, as GVA writes "no one")
#   as a lone report = share of all scored articles whose killed (injured) equals GVA's when the
#               article is its incident's only source: the first incident incident fusion makes of
#               it (org.dateline.eval.CasualtyReports), so the report rules (largest count, injured
#               less the dead, an implied 0) count as they do in a story; null is a miss
# Usage: scripts/eval-casualties.sh [N=300] [--records FILE]  (--records re-scores a saved run)
#        scripts/eval-casualties.sh 300 --verbose              also lists every article whose lone
#          report misses, with its events' counts
#        scripts/eval-casualties.sh 300 --replay               analysis stages only, over CoreNLP's
#          annotations kept in target/eval-casualties/annotations.jsonl (made on the first --replay,
#          about as long as a run; a run without --replay deletes it, so after changing N run once without): seconds
#          instead of minutes while iterating on rules (org.dateline.eval.AnnotationReplay)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
gold="${GVA_DIR:-$root/../shared/eval/crossdoc/gva-dev}"
n=300; records=""; verbose=""; replay=""
while [ $# -gt 0 ]; do
  case "$1" in
    --records) records="$2"; shift 2 ;;
    --verbose) verbose=1; shift ;;
    --replay) replay=1; shift ;;
    *) n="$1"; shift ;;
  esac
done
work="$root/target/eval-casualties"
mkdir -p "$work/articles"
java_eval() {
  (cd "$root" && mvn -q -B -o -pl core dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2 \
    && mvn -q -B -o -pl core test-compile >&2)
  java -Xmx3g -cp "$root/core/target/test-classes:$root/core/target/classes:$(cat "$work/cp.txt")" "$@"
}
if [ -z "$records" ] && { [ -z "$replay" ] || [ ! -f "$work/annotations.jsonl" ]; }; then
  rm -f "$work/articles/"*.txt "$work/annotations.jsonl"
  python3 - "$gold/articles.jsonl" "$work/articles" "$n" <<'PY'
import json, sys, os
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
k = 0
for line in open(src, encoding="utf-8"):
    a = json.loads(line)
    if len(a["incidents"]) != 1:
        continue
    with open(os.path.join(out, a["id"] + ".txt"), "w", encoding="utf-8") as f:
        f.write(a["text"])
    k += 1
    if k == n:
        break
PY
fi
if [ -z "$records" ]; then
  records="$work/records.jsonl"
  if [ -n "$replay" ]; then
    [ -f "$work/annotations.jsonl" ] || \
      java_eval org.dateline.eval.AnnotationReplay annotate "$work/articles" "$work/annotations.jsonl"
    java_eval org.dateline.eval.AnnotationReplay replay "$work/articles" "$work/annotations.jsonl" "$records"
  else
    DATELINE_JAVA_OPTS="${DATELINE_JAVA_OPTS:--Xmx3g}" "$root/dateline" analyze --as body --threads "${THREADS:-2}" \
      "$work/articles" > "$records" 2> "$work/analyze.log" || true
  fi
fi
java_eval org.dateline.eval.CasualtyReports "$records" "$work/reports.tsv"
python3 - "$gold" "$records" "$verbose" "$work/reports.tsv" <<'PY'
import json, sys, os
gold, records, verbose, reports = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
lone = {}
for line in open(reports, encoding="utf-8"):
    path, killed, injured = line.rstrip("\n").split("\t")
    lone[os.path.basename(path)[:-4]] = (int(killed) if killed else None, int(injured) if injured else None)
articles = {}
for line in open(os.path.join(gold, "articles.jsonl"), encoding="utf-8"):
    a = json.loads(line)
    articles[a["id"]] = a["incidents"][0]
incidents = {}
for line in open(os.path.join(gold, "incidents.jsonl"), encoding="utf-8"):
    i = json.loads(line)
    incidents[i["incident"]] = i

def best(events, field):
    values = [e[field]["value"] for e in events if e.get(field) and e[field]["value"] is not None]
    return max(values) if values else None

rows = []
for line in open(records, encoding="utf-8"):
    r = json.loads(line)
    aid = os.path.basename(r["input"]["path"])[:-4]
    inc = incidents[articles[aid]]
    rows.append((aid, best(r["events"], "fatalities"), best(r["events"], "injured"),
                 inc["killed"], inc["injured"], r["events"]))
unknown = [r for r in rows if r[3] is None or r[4] is None]
rows = [r for r in rows if r not in unknown]
n = len(rows)
print(f"articles scored: {n} (left out {len(unknown)} whose GVA incident gives no killed or injured number)")
for name, p, g in (("killed", 1, 3), ("injured", 2, 4)):
    given = [r for r in rows if r[p] is not None]
    right = [r for r in given if r[p] == r[g]]
    print(f"{name:8} coverage {len(given)}/{n} = {len(given)/max(n,1):.3f}   "
          f"precision {len(right)}/{len(given)} = {len(right)/max(len(given),1):.3f}")
counted = [r for r in rows if r[1] is not None or r[2] is not None]
both = [r for r in counted if (r[1] or 0) == r[3] and (r[2] or 0) == r[4]]
print(f"any count coverage {len(counted)}/{n} = {len(counted)/max(n,1):.3f}   "
      f"accuracy (killed and injured both right) {len(both)}/{len(counted)} = {len(both)/max(len(counted),1):.3f}")
for name, p, g in (("killed", 0, 3), ("injured", 1, 4)):
    right = [r for r in rows if lone[r[0]][p] == r[g]]
    print(f"as a lone report: {name:8} right {len(right)}/{n} = {len(right)/max(n,1):.3f}")
if verbose:
    for r in rows:
        if lone[r[0]] != (r[3], r[4]):
            print(f"\nMISS {r[0]} predicted killed={r[1]} injured={r[2]}  GVA killed={r[3]} injured={r[4]}"
                  f"  report {lone[r[0]][0]}/{lone[r[0]][1]}")
            for e in r[5]:
                for f in ("fatalities", "injured"):
                    if e.get(f):
                        print(f"  {f}={e[f]['value']} '{e[f]['evidence']['text']}' <- {e['type']} '{e['trigger']['text']}'")
PY
