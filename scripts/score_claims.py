#!/usr/bin/env python3
"""Scores claims (Claims.of, printed by org.dateline.story.ClaimsRun) against a hand-made gold TSV.

Usage: score_claims.py GOLD.tsv RECORDS.jsonl CLAIMS.jsonl [-v]
Statements are named FILE#S2 (the record's input file name) so the gold survives a change of ids.
Pairwise: a predicted pair of statements in one claim is right when both stand in one gold claim
(a gold statement may stand in several); recall counts gold pairs found in one predicted claim.
Stance: for each predicted statement, the gold claim that shares most statements with its
predicted claim; counted when the statement stands in it.
"""
import itertools, json, os, sys
from collections import defaultdict

gold_path, records_path, claims_path = sys.argv[1:4]
verbose = "-v" in sys.argv[4:]
names = {}
for line in open(records_path, encoding="utf-8"):
    r = json.loads(line)
    names[r["id"]] = os.path.basename(r["input"]["path"])
gold = defaultdict(dict)   # claim -> {ref: stance}
for line in open(gold_path, encoding="utf-8"):
    if line.startswith("#") or not line.strip() or line.startswith("claim\t"):
        continue
    claim, ref, stance, _ = line.rstrip("\n").split("\t", 3)
    gold[claim][ref] = stance
def name(ref):
    article, sid = ref.split("#")
    return names[article] + "#" + sid
pred = []
for line in open(claims_path, encoding="utf-8"):
    c = json.loads(line)
    pred.append((c["proposition"], {name(s["ref"]): s["stance"].upper() for s in c["stances"]}))  # the gold writes ASSERTS
def together(a, b):
    return any(a in g and b in g for g in gold.values())
pp = [(a, b) for _, m in pred for a, b in itertools.combinations(sorted(m), 2)]
gp = {tuple(sorted(p)) for g in gold.values() for p in itertools.combinations(sorted(g), 2)}
right = sum(together(a, b) for a, b in pp)
found = sum(any(a in m and b in m for _, m in pred) for a, b in gp)
P = right / len(pp) if pp else 0.0
R = found / len(gp) if gp else 0.0
F = 2 * P * R / (P + R) if P + R else 0.0
stance_ok = stance_n = 0
for prop, members in pred:
    best = max(gold, key=lambda g: len(set(gold[g]) & set(members)))
    for ref, stance in members.items():
        if ref in gold[best]:
            stance_n += 1
            ok = gold[best][ref] == stance
            stance_ok += ok
            if verbose and not ok:
                print(f"  stance {ref} in '{prop}' (gold {best}): {stance}, gold {gold[best][ref]}")
    if verbose:
        print(f"claim '{prop}': {sorted(members)} -> gold {best if set(gold[best]) & set(members) else '-'}")
print(f"claims: {len(pred)} predicted, {len(gold)} gold")
print(f"pairs: P {P:.3f} ({right}/{len(pp)})  R {R:.3f} ({found}/{len(gp)})  F1 {F:.3f}")
print(f"stance accuracy: {stance_ok}/{stance_n}" + (f" = {stance_ok / stance_n:.3f}" if stance_n else ""))
