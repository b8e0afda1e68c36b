#!/usr/bin/env python3
"""Fits story grouping's link model (core/src/main/resources/org/dateline/story/story-link-trees.tsv)
and scores the grouping it gives, on the two dev sets of issue 13.

Usage: scripts/fit-story-links.py GVA_RECORDS ECB_RECORDS [--write]
  GVA_RECORDS: `dateline analyze --as jsonl` records of ../shared/eval/crossdoc/gva-dev as news-please
    JSON Lines (scripts/incident_misses.py --write-input makes that input);
  ECB_RECORDS: `dateline analyze` records of ../shared/eval/crossdoc/ecb-dev.jsonl written as <id>.txt files.
  --write: replace the trees table with the model fit on every pair of both sets.
  --embeddings GVA_VECTORS ECB_VECTORS: add the cosine of the pair's two article vectors as a feature
    (`embedding_cosine`; vectors as org.dateline.eval.ArticleEmbeddings writes them: id TAB v1,v2,...),
    an experiment to measure a sentence-embedding signal before the link model computes it.
  --work DIR: where the pair dumps are (default target/fit-story-links), e.g. with --reuse the dumps of
    StoryPairDump run by hand with other candidates.
  --seed N: the random draw of the folds (default 0): refits on other folds show how much a
    difference is the draw's.
  --reuse: take the pair dumps already in target/fit-story-links instead of dumping again (they do not
    depend on the model, only on the code that finds the candidates and computes the features).
  --merge M[,M...]: also group with story merges at each threshold M (see group()): an article whose
    value for a second story is at least M, every link of it to both dated, merges the two; grouping
    merges at StoryPass.MERGE (2.0), so `--merge 2.0` gives the figures of grouping as it is, the
    lines without a merge those of grouping before merges, for comparison.
For each set, org.dateline.eval.StoryPairDump (core test sources, not a test) writes the candidate pairs
that grouping compares, with their features (which do not depend on the model). A gradient-boosted
ensemble of regression trees (logistic loss, numpy only) is fit on them. The figures printed are
out-of-fold: the gold groups of both sets are split in two folds (GVA by incident; ECB+ by topic, both of
a topic's subtopics in one fold, as ECB+ holds out whole topics: split by subtopic, the pairs that confuse
a topic's two stories fell between the folds and out of both fits), each fold's
articles are grouped with the model fit on the other fold's pairs, as grouping decides (in order,
each article joins the story it fits best: its best link at even odds or better, less the mean of
its negative log-odds to the story's other compared articles, StoryPass.value; with --merge, merging
as StoryPass does), and the two folds' stories
are scored together by ../shared/eval/crossdoc/score_crossdoc.py's B-cubed and pairwise F1. Pairs
between the folds are left out of both fits. The figures of the model in force (fit on all pairs,
so in-sample) come from StoryPairDump's own stories and are printed first for reference.
"""
import collections
import json
import os
import random
import re
import subprocess
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SHARED_DIR", os.path.join(ROOT, "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "eval", "crossdoc"))
from score_crossdoc import b3, pairwise  # noqa: E402

TABLE = os.path.join(ROOT, "core/src/main/resources/org/dateline/story/story-link-trees.tsv")
ROUNDS, DEPTH, RATE, MIN_HESSIAN, L2 = 300, 3, 0.05, 10.0, 1.0
DOUBTS = (0.0, 1.0)  # 1.0 is StoryPass.DOUBT; 0.0 is plain best link, for comparison
FEATURES = ["words_cosine", "lead_cosine", "person_rarity", "person_shared", "place_rarity", "place_shared",
            "organization_rarity", "organization_shared", "ages_shared", "published_gap", "same_day",
            "day_unknown", "names_rarity_sum", "main_person_same", "main_person_differs", "main_place_same",
            "main_place_differs", "names_other_day", "toll_same", "toll_differs", "surname_rarity",
            "numbers_shared", "numbers_differ"]


def dump(records, work, name):
    pairs, stories = os.path.join(work, name + "-pairs.tsv"), os.path.join(work, name + "-stories.tsv")
    if "--reuse" in sys.argv and os.path.exists(pairs) and os.path.exists(stories):
        return pairs, stories
    cp = os.path.join(work, "cp.txt")
    if not os.path.exists(cp):
        subprocess.run(["mvn", "-q", "-B", "-o", "-pl", "core", "dependency:build-classpath",
                        f"-Dmdep.outputFile={cp}"], cwd=ROOT, check=True)
        subprocess.run(["mvn", "-q", "-B", "-o", "-pl", "core", "test-compile"], cwd=ROOT, check=True)
    classpath = ":".join(["core/target/test-classes", "core/target/classes", open(cp).read().strip()])
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


def fit_tree(x, g, h, depth):
    """One regression tree on gradients g and hessians h: nested tuples ("leaf", value) or
    ("split", feature, threshold, left, right); a row goes left when its value <= threshold."""
    def leaf(idx):
        return ("leaf", float(-g[idx].sum() / (h[idx].sum() + L2)))

    def build(idx, d):
        if d == 0 or len(idx) < 2:
            return leaf(idx)
        total_g, total_h = g[idx].sum(), h[idx].sum()
        best = (0.0, None, None)
        for j in range(x.shape[1]):
            order = np.argsort(x[idx, j], kind="stable")
            xs = x[idx, j][order]
            gl, hl = np.cumsum(g[idx][order]), np.cumsum(h[idx][order])
            cut = np.nonzero(xs[:-1] < xs[1:])[0]
            if len(cut) == 0:
                continue
            left_g, left_h = gl[cut], hl[cut]
            right_g, right_h = total_g - left_g, total_h - left_h
            gain = left_g ** 2 / (left_h + L2) + right_g ** 2 / (right_h + L2) - total_g ** 2 / (total_h + L2)
            gain[(left_h < MIN_HESSIAN) | (right_h < MIN_HESSIAN)] = -1
            k = int(np.argmax(gain))
            if gain[k] > best[0]:
                best = (gain[k], j, float((xs[cut[k]] + xs[cut[k] + 1]) / 2))
        if best[1] is None:
            return leaf(idx)
        j, t = best[1], best[2]
        return ("split", j, t, build(idx[x[idx, j] <= t], d - 1), build(idx[x[idx, j] > t], d - 1))
    return build(np.arange(len(x)), depth)


def tree_values(tree, x):
    out = np.zeros(len(x))

    def walk(t, idx):
        if t[0] == "leaf":
            out[idx] = t[1]
        else:
            walk(t[3], idx[x[idx, t[1]] <= t[2]])
            walk(t[4], idx[x[idx, t[1]] > t[2]])
    walk(tree, np.arange(len(x)))
    return out


def fit(x, y):
    """Boosted trees on the logistic loss; returns (bias, trees with leaves already scaled by RATE)."""
    bias = float(np.log(y.sum() / (len(y) - y.sum())))
    f = np.full(len(x), bias)
    trees = []
    for _ in range(ROUNDS):
        p = 1 / (1 + np.exp(-f))
        tree = scale(fit_tree(x, p - y, p * (1 - p), DEPTH), RATE)
        trees.append(tree)
        f += tree_values(tree, x)
    return bias, trees


def fit_linear(x, y, steps=3000, rate=1.0, l2=1e-5):
    """The logistic regression over the same features that the trees replaced, for comparison."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -30, 30)))
        w -= rate * (xb.T @ (p - y) / len(y) + l2 * w)
    return ("linear", w)


def scale(t, k):
    return ("leaf", t[1] * k) if t[0] == "leaf" else ("split", t[1], t[2], scale(t[3], k), scale(t[4], k))


def predict(model, x):
    if model[0] == "linear":
        return np.hstack([x, np.ones((len(x), 1))]) @ model[1]
    bias, trees = model
    return bias + sum(tree_values(t, x) for t in trees)


def group(order, cands, z, doubt=0.0, merge=None, dated=None):
    """Stories as grouping makes them: in order, each article joins the story it is best linked to
    (its best link at even odds or better, less `doubt` times the mean of its negative log-odds
    over the story's compared articles), else starts its own.
    With `merge` (StoryPass.MERGE when it is 2.0): an article whose value for another story is at
    least `merge` as well, all its links to both stories between articles of known published days
    (`dated`: pair -> bool), merges that story into the one it joins (one happening told in two
    stories, which a later report bridges)."""
    story = {}
    parent = {}

    def root(s):
        while parent.get(s, s) != s:
            s = parent[s]
        return s

    for b in order:
        per = collections.defaultdict(list)
        for a in cands.get(b, []):
            if (b, a) in z:
                per[root(story[a])].append((z[(b, a)], a))
        ranked = []
        for s, links in sorted(per.items()):
            zs = [v for v, _ in links]
            value = max(zs) + doubt * sum(min(0.0, v) for v in zs) / len(zs)
            if max(zs) >= 0 and value >= 0:
                ranked.append((value, s))
        ranked.sort(key=lambda t: -t[0])  # stable: ties keep story id order
        story[b] = ranked[0][1] if ranked else b
        if merge is not None and ranked:
            known = lambda s: all(dated[(b, a)] for _, a in per[s])
            for value, s in ranked[1:]:
                if value >= merge and known(s) and known(ranked[0][1]):
                    parent[s] = ranked[0][1]
    return {b: root(s) for b, s in story.items()}


def write(model):
    bias, trees = model
    rows = [("0", "0", "-", "-", "-", "-", f"{bias:.6f}")]

    def emit(tree_no, t, nodes):
        node = len(nodes)
        nodes.append(None)
        if t[0] == "leaf":
            nodes[node] = (str(tree_no), str(node), "-", "-", "-", "-", f"{t[1]:.6f}")
        else:
            left = emit(tree_no, t[3], nodes)
            right = emit(tree_no, t[4], nodes)
            nodes[node] = (str(tree_no), str(node), FEATURES[t[1]], f"{t[2]:.6f}", str(left), str(right), "-")
        return node
    for i, t in enumerate(trees, start=1):
        nodes = []
        emit(i, t, nodes)
        rows += nodes
    header = [line for line in open(TABLE, encoding="utf-8") if line.startswith("#")] if os.path.exists(TABLE) else []
    with open(TABLE, "w", encoding="utf-8") as out:
        out.writelines(header)
        out.write("tree\tnode\tfeature\tthreshold\tleft\tright\tvalue\n")
        for r in rows:
            out.write("\t".join(r) + "\n")


def vectors(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        article, values = line.rstrip("\n").split("\t")
        v = np.array([float(x) for x in values.split(",")])
        out[article] = v / (np.linalg.norm(v) or 1.0)
    return out


def main():
    embeddings = None
    if "--embeddings" in sys.argv:
        at = sys.argv.index("--embeddings")
        embeddings = {"gva": vectors(sys.argv[at + 1]), "ecb": vectors(sys.argv[at + 2])}
        FEATURES.append("embedding_cosine")
    work = sys.argv[sys.argv.index("--work") + 1] if "--work" in sys.argv else os.path.join(ROOT, "target", "fit-story-links")
    os.makedirs(work, exist_ok=True)
    random.seed(int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 0)
    sets = {}
    for name, records in (("gva", sys.argv[1]), ("ecb", sys.argv[2])):
        pairs_path, stories = dump(records, work, name)
        gold = gold_of(name, records)
        order = [line.split("\t")[0] for line in open(stories)]
        kept = {line.split("\t")[0]: line.split("\t")[1] for line in open(stories)}
        cands = collections.defaultdict(list)
        feats = {}
        for line in open(pairs_path):
            p = line.rstrip("\n").split("\t")
            cands[p[0]].append(p[1])
            feats[(p[0], p[1])] = [float(v) for v in p[2:]]
            if embeddings:
                va, vb = embeddings[name].get(p[0]), embeddings[name].get(p[1])
                feats[(p[0], p[1])].append(float(va @ vb) if va is not None and vb is not None else 0.0)
        scored = {a: g for a, g in gold.items() if g}
        pred = {a: kept.get(a, a) for a in scored}
        f, p, r = b3(pred, scored)
        print(f"{name} with the model in force (in-sample): b3_f1={f:.3f} precision={p:.3f} recall={r:.3f} "
              f"pairwise_f1={pairwise(pred, scored):.3f}")
        unit = (lambda g: re.match(r"\d+", g).group()) if name == "ecb" else (lambda g: g)
        units = sorted({unit(g) for g in gold.values() if g})
        random.shuffle(units)
        fold_of = {u: i % 2 for i, u in enumerate(units)}
        fold = {g: fold_of[unit(g)] for g in gold.values() if g}
        sets[name] = (gold, order, cands, feats, fold)

    def rows(keep):
        xs, ys = [], []
        for gold, _, _, feats, fold in sets.values():
            for (b, a), f in feats.items():
                if gold.get(a) and gold.get(b) and keep(fold[gold[a]], fold[gold[b]]):
                    xs.append(f)
                    ys.append(1.0 if gold[a] == gold[b] else 0.0)
        return np.array(xs), np.array(ys)

    train = [rows(lambda fa, fb, k=k: fa == fb == k) for k in (0, 1)]
    for kind, fitter in (("linear", fit_linear), ("trees", fit)):
        report(kind, [fitter(*t) for t in train], sets)
    if "--write" in sys.argv:
        write(fit(*rows(lambda fa, fb: True)))
        print(f"wrote {TABLE}")


def report(kind, models, sets):
    for name, (gold, order, cands, feats, fold) in sets.items():
        z = {}
        keys = list(feats)
        x = np.array([feats[k] for k in keys])
        by_fold = [predict(m, x) for m in models]
        for i, (b, a) in enumerate(keys):
            # An article is scored by the model that did not see its fold (the other fold's fit).
            if gold.get(b):
                z[(b, a)] = by_fold[1 - fold[gold[b]]][i]
        dated = {k: feats[k][FEATURES.index("day_unknown")] == 0 for k in keys}
        merges = [float(m) for m in sys.argv[sys.argv.index("--merge") + 1].split(",")] if "--merge" in sys.argv else []
        for doubt, merge in [(d, None) for d in DOUBTS] + [(DOUBTS[-1], m) for m in merges]:
            story = group(order, cands, z, doubt, merge, dated)
            scored = {a: g for a, g in gold.items() if g}
            pred = {a: story.get(a, a) for a in scored}
            f, p, r = b3(pred, scored)
            print(f"{name} {kind} doubt {doubt}{'' if merge is None else f' merge {merge}'} out-of-fold: "
                  f"b3_f1={f:.3f} precision={p:.3f} recall={r:.3f} "
                  f"pairwise_f1={pairwise(pred, scored):.3f} (record ids; score_crossdoc scores urls)")


if __name__ == "__main__":
    main()
