#!/usr/bin/env python3
"""Fits the weights of story grouping's link model (core/src/main/resources/org/dateline/story/
story-link-weights.tsv) and scores the grouping they give, on the two dev sets of issue 13.

Usage: scripts/fit-story-links.py GVA_RECORDS ECB_RECORDS
  GVA_RECORDS: `dateline analyze --as jsonl` records of ../shared/eval/crossdoc/gva-dev as news-please
    JSON Lines (scripts/incident_misses.py --write-input makes that input);
  ECB_RECORDS: `dateline analyze` records of ../shared/eval/crossdoc/ecb-dev.jsonl written as <id>.txt files.
For each set, org.dateline.eval.StoryPairDump (core test sources, not a test) writes the candidate pairs
that grouping compares, with their features. Logistic regression is fit on them (negatives sampled and
weighted back), in two folds split by gold group (incident, subtopic); each fold's grouping is scored
on the other fold's groups, and the mean weights are printed as the table's rows. Grouping itself is
scored with ../shared/eval/crossdoc/score_crossdoc.py's B-cubed and pairwise F1 over the dump's stories.
"""
import collections
import json
import math
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SHARED_DIR", os.path.join(ROOT, "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "eval", "crossdoc"))
from score_crossdoc import b3, pairwise  # noqa: E402

NEG_SAMPLE = 8000
CUT = 0.5


def dump(records, work, name):
    cp = os.path.join(work, "cp.txt")
    if not os.path.exists(cp):
        subprocess.run(["mvn", "-q", "-B", "-o", "-pl", "core", "dependency:build-classpath",
                        f"-Dmdep.outputFile={cp}"], cwd=ROOT, check=True)
        subprocess.run(["mvn", "-q", "-B", "-o", "-pl", "core", "test-compile"], cwd=ROOT, check=True)
    classpath = ":".join(["core/target/test-classes", "core/target/classes", open(cp).read().strip()])
    pairs, stories = os.path.join(work, name + "-pairs.tsv"), os.path.join(work, name + "-stories.tsv")
    subprocess.run(["java", "-Xmx3g", "-cp", classpath, "org.dateline.eval.StoryPairDump", records, pairs, stories],
                   cwd=ROOT, check=True)
    return pairs, stories


def gold_of(name, records):
    recs = [json.loads(line) for line in open(records, encoding="utf-8") if line.strip()]
    if name == "gva":
        inc = {}
        for line in open(os.path.join(SHARED, "eval/crossdoc/gva-dev/articles.jsonl"), encoding="utf-8"):
            a = json.loads(line)
            inc[a["url"]] = a["incident"]
        return {r["id"]: inc.get(r["url"]) for r in recs}
    sub = {}
    for line in open(os.path.join(SHARED, "eval/crossdoc/ecb-dev.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        sub[d["id"]] = d["subtopic"]
    return {r["id"]: sub.get(os.path.basename(r["input"]["path"])[:-4]) for r in recs}


def score(z, x):
    return z[-1] + sum(a * b for a, b in zip(z, x))


def train(rows, epochs=1500, rate=30.0, l2=1e-5):
    """Batch gradient descent on the weighted logistic loss; rows are (features, label, weight)."""
    w = [0.0] * (len(rows[0][0]) + 1)
    total = sum(r[2] for r in rows)
    for _ in range(epochs):
        g = [0.0] * len(w)
        for x, y, wt in rows:
            p = 1 / (1 + math.exp(-max(-30, min(30, score(w, x)))))
            d = (p - y) * wt
            for k, xi in enumerate(x):
                g[k] += d * xi
            g[-1] += d
        w = [wi - rate * (gi / total + l2 * wi) for wi, gi in zip(w, g)]
    return w


def main():
    work = os.path.join(ROOT, "target", "fit-story-links")
    os.makedirs(work, exist_ok=True)
    random.seed(0)
    rows = []
    for name, records in (("gva", sys.argv[1]), ("ecb", sys.argv[2])):
        pairs_path, stories = dump(records, work, name)
        gold = gold_of(name, records)
        groups = sorted({g for g in gold.values() if g})
        random.shuffle(groups)
        first = set(groups[: len(groups) // 2])
        pairs = [line.rstrip("\n").split("\t") for line in open(pairs_path)]
        pairs = [(p[0], p[1], [float(v) for v in p[2:]]) for p in pairs if gold.get(p[0]) and gold.get(p[1])]
        pos = [p for p in pairs if gold[p[0]] == gold[p[1]]]
        neg = [p for p in pairs if gold[p[0]] != gold[p[1]]]
        sample = random.sample(neg, min(len(neg), NEG_SAMPLE))
        back = len(neg) / max(1, len(sample))
        rows += [(p[2], 1, 1.0, gold[p[0]] in first) for p in pos] + [(p[2], 0, back, gold[p[0]] in first) for p in sample]
        kept = {}
        for line in open(stories):
            aid, sid = line.split("\t")[:2]
            kept[aid] = sid
        scored = {a: g for a, g in gold.items() if g}
        pred = {a: kept.get(a, a) for a in scored}
        f, p, r = b3(pred, scored)
        print(f"{name} stories with the weights in force: b3_f1={f:.3f} precision={p:.3f} recall={r:.3f} "
              f"pairwise_f1={pairwise(pred, scored):.3f} (record ids; score_crossdoc scores urls)")
    folds = [train([(x, y, wt) for x, y, wt, f in rows if f != fold]) for fold in (True, False)]
    mean = [(a + b) / 2 for a, b in zip(*folds)]
    names = open(os.path.join(ROOT, "core/src/main/resources/org/dateline/story/story-link-weights.tsv")).read()
    names = [line.split("\t")[0] for line in names.splitlines() if line and not line.startswith("#")][2:]
    print("feature\tweight")
    print(f"bias\t{mean[-1] - CUT:.3f}")
    for n, v in zip(names, mean):
        print(f"{n}\t{v:.3f}")


if __name__ == "__main__":
    main()
