#!/usr/bin/env python3
"""Breaks down incident-fusion misses on the GVA dev set (scripts/eval-incidents.sh).

Usage:
  incident_misses.py GOLD_DIR EXPORT_DIR [--verbose]   per field: right, wrong though some report had
      the archive's value (a fusion error), wrong with no report having it (an extraction error), none;
      and what simple alternative rules over the same reports would score (to justify the rule chosen)
  incident_misses.py --write-input GOLD_DIR OUT.jsonl   writes the articles as news-please JSON Lines

The incident of a gold incident is the one holding most of its articles, as score_crossdoc.py picks it.
"""
import collections
import json
import os
import sys


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_input(gold, out):
    with open(out, "w", encoding="utf-8") as f:
        for a in read_jsonl(os.path.join(gold, "articles.jsonl")):
            f.write(json.dumps({"url": a["url"], "title": a["title"], "maintext": a["text"],
                                "date_publish": a["published"]}) + "\n")


def main():
    if sys.argv[1] == "--write-input":
        write_input(sys.argv[2], sys.argv[3])
        return
    gold_dir, export, verbose = sys.argv[1], sys.argv[2], "--verbose" in sys.argv
    incidents = {i["incident"]: i for i in read_jsonl(os.path.join(gold_dir, "incidents.jsonl"))}
    url = {a["article_id"]: a["url"] for a in read_jsonl(os.path.join(export, "articles.jsonl"))}
    members = collections.defaultdict(set)
    for a in read_jsonl(os.path.join(gold_dir, "articles.jsonl")):
        members[a["incident"]].add(a["url"])
    predicted = read_jsonl(os.path.join(export, "incidents.jsonl"))
    by_story = collections.defaultdict(list)
    for inc in predicted:
        by_story[inc["story_id"]].append(inc)
    tally = {f: collections.Counter() for f in ("killed", "injured", "date", "city")}
    alt = {f: collections.Counter() for f in ("killed", "injured", "date")}
    stating = collections.Counter()
    for g, urls in members.items():
        truth = incidents.get(g) or {}
        cands = by_story.get("gva-" + g, [])
        best = max(cands, key=lambda i: len({url.get(a) for a in i["article_ids"]} & urls), default=None)
        reports = best["sources"] if best else []
        for field, key, gold_value in (("killed", "killed", truth.get("killed")),
                                       ("injured", "injured", truth.get("injured")),
                                       ("date", "date", truth.get("date"))):
            if gold_value in (None, ""):
                continue
            stating[field] += 1
            fused = best.get(key) if best else None
            values = [r.get(key) for r in reports if r.get(key) is not None]
            if fused is not None and str(fused)[:10] == str(gold_value):
                tally[field]["right"] += 1
            elif str(gold_value) in {str(v)[:10] for v in values}:
                tally[field]["wrong, a report had it"] += 1
            elif fused is None:
                tally[field]["none"] += 1
            else:
                tally[field]["wrong, no report had it"] += 1
            if field in ("killed", "injured"):
                counted = [r[key] for r in reports if r.get(key + "Basis") == "count"]
                alt[field]["max of counts, else 0"] += (max(counted) if counted else 0) == gold_value
                alt[field]["max of counts, else null"] += bool(counted) and max(counted) == gold_value
                alt[field]["fused, null as 0"] += (fused or 0) == gold_value
                first = reports[0].get(key) if reports else None
                alt[field]["first report"] += first == gold_value
            else:
                pubs = [r["published"][:10] for r in reports if r.get("published")]
                alt[field]["earliest published"] += bool(pubs) and min(pubs) == gold_value
                alt[field]["earliest report date"] += bool(values) and min(values) == gold_value
                if verbose and fused != gold_value and reports:
                    print("DATE", g, "gold", gold_value, "fused", fused,
                          [(r.get("date"), r.get("dateBasis"), r.get("dateText"), (r.get("published") or "")[:10]) for r in reports])
        town = (truth.get("city") or "").lower()
        if town:
            stating["city"] += 1
            loc = ((best or {}).get("location") or "").lower()
            locs = [(r.get("location") or "").lower() for r in reports]
            if loc and (town in loc or loc in town):
                tally["city"]["right"] += 1
            elif any(l and (town in l or l in town) for l in locs):
                tally["city"]["wrong, a report had it"] += 1
            elif not loc:
                tally["city"]["none"] += 1
            else:
                tally["city"]["wrong, no report had it"] += 1
            if verbose and not (loc and (town in loc or loc in town)):
                print("CITY", g, truth.get("city"), "|", best and best.get("location"), [r.get("location") for r in reports])
    for field, t in tally.items():
        n = stating[field]
        print(f"{field:8} of {n}: " + ", ".join(f"{k} {v} ({v / n:.3f})" for k, v in sorted(t.items())))
        for k, v in alt.get(field, {}).items():
            print(f"           alternative rule '{k}': {v / n:.3f}")


if __name__ == "__main__":
    main()
