#!/usr/bin/env python3
"""Score people's identity across articles against scripts/gold/identity-ecb.jsonl.

  score_identity.py [-v] GOLD EXPORT_DIR
  score_identity.py --write-input GOLD CORPUS OUT_JSONL

GOLD        scripts/gold/identity-ecb.jsonl: a header line {"subtopics", "documents", "distinct"}
            then one line per real person {"person", "mentions": [{"doc", "name", "role"?}]},
            one mention per document the person appears in.
EXPORT_DIR  the output of `dateline export --format jsonl`: articles.jsonl (article_id, url) and
            entities.jsonl (article_id, entity_key, name, type, ...). An article's document id is
            the last path segment of its url (https://ecb.example/<id>).
--write-input writes the gold's documents from CORPUS (the ECB+ JSON Lines: id, text) as
            news-please JSON Lines for `dateline ingest --as jsonl`: url https://ecb.example/<id>,
            title = the first line, maintext = the whole text (so names in the first line count),
            date_publish null.

A gold mention is FOUND when an entity of its document has its name. Names are folded like the
store's keys (case, diacritics, apostrophes and punctuation, a leading "the") and titles such as
"Dr." or "President-elect" are dropped; a role phrase also loses a leading "a"/"an"/"her"/"his"/
"X's". The export gives no mention texts (only their count), so a name is compared with the
entity's `name` alone: exactly first; failing that (names only, not role phrases), the gold name's
words must be a run of the words of the name of PERSON entities of that document that all share one
key (gold "Reid", entity "Tara Reid"), counted apart as "found by containment". Among equal names a
PERSON entity is preferred. The found mention's system identity is that entity's `entity_key`.

Scores, over all gold mentions (a mention not found is its own singleton):
  - B-cubed precision / recall / F1;
  - pairwise precision / recall / F1 of cross-document links (pairs of mentions in different
    documents: gold-linked = same person, system-linked = both found with one key);
  - the share of gold mentions found (named and role phrases apart);
  - "distinct" pairs (different people sharing a name) wrongly joined: any mention of one and any
    of the other share a key.
Each is given for all mentions and again for named mentions only (role phrases left out).
-v lists every wrong split (a gold person spread over several keys, or not found) and every wrong
join (one key over several gold people).
"""
import argparse
import itertools
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

TITLES = {"dr", "mr", "mrs", "ms", "sir", "president", "elect", "president elect", "coach",
          "sen", "senator", "gov", "governor", "rep", "gen", "general", "officer", "chief"}
ROLE_LEADS = {"a", "an", "the", "her", "his", "their", "its"}


def fold(text):
    """Case, diacritics, apostrophes and punctuation folded; a leading "the" dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['\u2019`]s\b", "", text)          # possessive
    text = re.sub(r"['\u2019`]", "", text)
    words = re.sub(r"[^0-9a-z]+", " ", text).split()
    if words and words[0] == "the":
        words = words[1:]
    return words


def name_words(text):
    words = fold(text)
    while len(words) > 1 and words[0] in TITLES:      # "Dr. Sanjay Gupta", "President-elect Obama"
        words = words[1:]
    return words


def role_words(text):
    words = fold(text)
    if words and (words[0] in ROLE_LEADS or text.split()[0].endswith(("'s", "\u2019s"))):
        words = words[1:]
    return words


def read_gold(path):
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f if l.strip()]
    header, people = lines[0], lines[1:]
    return header, people


def write_input(gold, corpus, out):
    header, _ = read_gold(gold)
    wanted = set(header["documents"])
    n = 0
    with open(corpus, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            doc = json.loads(line)
            if doc["id"] not in wanted:
                continue
            text = doc["text"]
            dst.write(json.dumps({"url": "https://ecb.example/" + doc["id"],
                                  "title": text.split("\n", 1)[0].strip(),
                                  "maintext": text, "date_publish": None}, ensure_ascii=False) + "\n")
            n += 1
    if n != len(wanted):
        sys.exit(f"score_identity: {len(wanted) - n} of the gold's documents are not in {corpus}")


def read_export(export_dir):
    doc_of = {}
    with open(os.path.join(export_dir, "articles.jsonl"), encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            doc_of[a["article_id"]] = (a.get("url") or "").rstrip("/").rsplit("/", 1)[-1]
    entities = defaultdict(list)  # doc id -> [(words, key, type, name)]
    with open(os.path.join(export_dir, "entities.jsonl"), encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            doc = doc_of.get(e["article_id"])
            if doc is not None and e.get("name"):
                entities[doc].append((name_words(e["name"]), e["entity_key"], e.get("type"), e["name"]))
    return doc_of, entities


def contains(outer, inner):
    n = len(inner)
    return any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def find(mention, entities):
    """(key, how, entity name) for a gold mention, or (None, None, None)."""
    ents = entities.get(mention["doc"], [])
    role = mention.get("role", False)
    words = role_words(mention["name"]) if role else name_words(mention["name"])
    exact = [e for e in ents if e[0] == words or (role and role_words(e[3]) == words)]
    if exact:
        best = next((e for e in exact if e[2] == "PERSON"), exact[0])
        return best[1], "exact", best[3]
    if not role and words:
        inside = [e for e in ents if e[2] == "PERSON" and contains(e[0], words)]
        if inside and len({e[1] for e in inside}) == 1:
            return inside[0][1], "containment", inside[0][3]
    return None, None, None


def prf(p, r):
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(mentions, distinct):
    """mentions: [(person, doc, key or None, how)]. Returns a dict of figures."""
    gold_of = defaultdict(set)
    sys_of = defaultdict(set)
    for i, (person, doc, key, _) in enumerate(mentions):
        gold_of[person].add(i)
        sys_of[key if key is not None else ("unfound", i)].add(i)
    sys_cluster = {}
    for members in sys_of.values():
        for i in members:
            sys_cluster[i] = members
    bp = br = 0.0
    for i, (person, _, _, _) in enumerate(mentions):
        g, s = gold_of[person], sys_cluster[i]
        both = len(g & s)
        bp += both / len(s)
        br += both / len(g)
    n = len(mentions)
    b3 = prf(bp / n, br / n) if n else (0.0, 0.0, 0.0)
    gold_pairs = sys_pairs = good_pairs = 0
    for i, j in itertools.combinations(range(n), 2):
        if mentions[i][1] == mentions[j][1]:
            continue
        g = mentions[i][0] == mentions[j][0]
        s = mentions[i][2] is not None and mentions[i][2] == mentions[j][2]
        gold_pairs += g
        sys_pairs += s
        good_pairs += g and s
    pw = prf(good_pairs / sys_pairs if sys_pairs else 0.0, good_pairs / gold_pairs if gold_pairs else 0.0)
    keys_of = defaultdict(set)
    exact_keys_of = defaultdict(set)
    for person, _, key, how in mentions:
        if key is not None:
            keys_of[person].add(key)
            if how == "exact":
                exact_keys_of[person].add(key)
    # a join that rests on a mention found only by containment is flagged: the export cannot say
    # whether the entity really holds that mention ("Lamas" beside "Lorenzo Lamas") or missed it
    joined = [(d["a"], d["b"], not (exact_keys_of[d["a"]] & exact_keys_of[d["b"]]))
              for d in distinct if keys_of[d["a"]] & keys_of[d["b"]]]
    found = sum(1 for m in mentions if m[2] is not None)
    return {"b3": b3, "pairwise": pw, "pairs": (good_pairs, sys_pairs, gold_pairs),
            "found": (found, n), "distinct_joined": joined, "distinct_total": len(distinct)}


def show(title, r):
    print(f"== {title}")
    print("  B-cubed            P %.3f  R %.3f  F1 %.3f" % r["b3"])
    g, s, t = r["pairs"]
    print("  pairwise links     P %.3f  R %.3f  F1 %.3f   (%d right of %d linked; %d gold links)"
          % (*r["pairwise"], g, s, t))
    f, n = r["found"]
    print(f"  mentions found     {f}/{n} ({f / n:.3f})")
    print(f"  distinct joined    {len(r['distinct_joined'])}/{r['distinct_total']}"
          + "".join(f"\n    {a} + {b}" + (" (by containment)" if loose else "")
                    for a, b, loose in r["distinct_joined"]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--write-input", nargs=3, metavar=("GOLD", "CORPUS", "OUT"))
    ap.add_argument("gold", nargs="?")
    ap.add_argument("export_dir", nargs="?")
    args = ap.parse_args()
    if args.write_input:
        write_input(*args.write_input)
        return
    if not args.gold or not args.export_dir:
        ap.error("GOLD and EXPORT_DIR are needed")
    header, people = read_gold(args.gold)
    doc_of, entities = read_export(args.export_dir)
    stored = set(doc_of.values())
    missing = [d for d in header["documents"] if d not in stored]
    if missing:
        print(f"warning: {len(missing)} gold documents are not in the export: {' '.join(missing[:10])}",
              file=sys.stderr)
    rows = []  # (person, mention, key, how, entity name)
    for p in people:
        for m in p["mentions"]:
            key, how, ename = find(m, entities)
            rows.append((p["person"], m, key, how, ename))
    people_multi = sum(1 for p in people if len(p["mentions"]) > 1)
    print(f"gold: {len(people)} people ({people_multi} in 2+ documents), {len(rows)} mentions "
          f"({sum(1 for r in rows if r[1].get('role'))} role phrases), {len(header['documents'])} documents, "
          f"{len(header['distinct'])} distinct pairs")
    by_how = defaultdict(int)
    for r in rows:
        by_how[r[3]] += 1
    print(f"found: {by_how['exact']} by name, {by_how['containment']} by containment, {by_how[None]} not found"
          f" (role phrases found: {sum(1 for r in rows if r[1].get('role') and r[2])}"
          f"/{sum(1 for r in rows if r[1].get('role'))})")
    show("all mentions", score([(r[0], r[1]["doc"], r[2], r[3]) for r in rows], header["distinct"]))
    show("named mentions (role phrases left out)",
         score([(r[0], r[1]["doc"], r[2], r[3]) for r in rows if not r[1].get("role")], header["distinct"]))
    if args.verbose:
        verbose(rows)


def verbose(rows):
    by_person = defaultdict(list)
    by_key = defaultdict(list)
    for r in rows:
        by_person[r[0]].append(r)
        if r[2] is not None:
            by_key[r[2]].append(r)
    print("\n== wrong splits (one person, several keys or mentions not found)")
    for person, rs in by_person.items():
        keys = defaultdict(list)
        for r in rs:
            keys[r[2]].append(r)
        if len(rs) < 2 or (len(keys) == 1 and None not in keys):
            continue
        print(f"  {person}:")
        for key, krs in sorted(keys.items(), key=lambda kv: (kv[0] is None, -len(kv[1]))):
            label = key if key is not None else "NOT FOUND"
            print(f"    {label}: " + ", ".join(f"{r[1]['doc']} {r[1]['name']!r}"
                                             + (" (role)" if r[1].get("role") else "")
                                             + (f" ~ {r[4]!r}" if r[3] == "containment" else "")
                                             for r in krs))
    print("\n== wrong joins (one key, several people)")
    for key, rs in sorted(by_key.items()):
        people = defaultdict(list)
        for r in rs:
            people[r[0]].append(r)
        if len(people) < 2:
            continue
        print(f"  {key}:")
        for person, prs in people.items():
            print(f"    {person}: " + ", ".join(f"{r[1]['doc']} {r[1]['name']!r}"
                                             + (f" ~ {r[4]!r}" if r[3] == "containment" else "")
                                             for r in prs))
    print("\n== single-document people not found")
    for person, rs in by_person.items():
        if len(rs) == 1 and rs[0][2] is None:
            print(f"  {person}: {rs[0][1]['doc']} {rs[0][1]['name']!r}")


if __name__ == "__main__":
    main()
