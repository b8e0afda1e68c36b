#!/usr/bin/env python3
"""How many gold same-story pairs story grouping never compares, and whether an article's nearest
neighbours by sentence embedding would have found them (issue 13, an experiment).

Usage: scripts/story-embedding-recall.py NAME RECORDS PAIRS STORIES VECTORS [K...]
  NAME: gva or ecb (which gold: ../shared/eval/crossdoc/gva-dev or ecb-dev.jsonl);
  PAIRS, STORIES: org.dateline.eval.StoryPairDump's output for RECORDS (scripts/fit-story-links.py
    leaves them in target/fit-story-links);
  VECTORS: org.dateline.eval.ArticleEmbeddings's output for RECORDS (id TAB v1,v2,...);
  K: neighbour counts to try (default 5 10 20).
Neighbours are sought among earlier articles published within KnownStories.WINDOW_DAYS (any, when
either published day is unknown), as StoryPairDump seeks them.
A gold pair is an article and an earlier article (in the order grouping adds them) of its gold group.
For each K, an article's K nearest earlier articles by cosine are what an index of vectors would
add to its candidates: printed are the gold pairs they recover among those never compared, the
articles that had no earlier gold partner among their candidates and get one, and the new pairs
they cost (and how many of those are gold).
"""
import collections
import datetime
import importlib.util
import json
import os
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("fit", os.path.join(ROOT, "scripts", "fit-story-links.py"))
fit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fit)
WINDOW_DAYS = 1500  # org.dateline.story.KnownStories.WINDOW_DAYS


def main():
    name, records, pairs_path, stories_path, vectors_path = sys.argv[1:6]
    ks = [int(k) for k in sys.argv[6:]] or [5, 10, 20]
    gold = fit.gold_of(name, records)
    order = [line.split("\t")[0] for line in open(stories_path)]
    cands = collections.defaultdict(set)
    for line in open(pairs_path):
        b, a = line.split("\t")[:2]
        cands[b].add(a)
    vec = fit.vectors(vectors_path)
    day = {}
    for line in open(records, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            published = r.get("published")
            day[r["id"]] = datetime.date.fromisoformat(published[:10]).toordinal() if published else None
    ids = [a for a in order if a in vec]
    m = np.array([vec[a] for a in ids])
    at = {a: i for i, a in enumerate(ids)}
    gold_pairs = missed = 0
    missed_pairs = []
    lonely = []  # articles with an earlier gold partner, none of them among their candidates
    for i, b in enumerate(ids):
        if not gold.get(b):
            continue
        partners = [a for a in ids[:i] if gold.get(a) == gold[b]]
        if not partners:
            continue
        gold_pairs += len(partners)
        never = [a for a in partners if a not in cands[b]]
        missed += len(never)
        missed_pairs += [(b, a) for a in never]
        if len(never) == len(partners):
            lonely.append(b)
    print(f"{name}: {len(ids)} articles, {gold_pairs} gold pairs (article, earlier article), {missed} never "
          f"compared ({missed / max(gold_pairs, 1):.1%}); {len(lonely)} articles compared with no earlier "
          f"article of their gold group")
    for k in ks:
        found = 0
        rescued = 0
        new_pairs = new_gold = 0
        neighbours = {}
        for i, b in enumerate(ids):
            if i == 0:
                continue
            sims = m[:i] @ m[i]
            if day.get(b) is not None:
                far = [j for j in range(i) if day.get(ids[j]) is not None and abs(day[ids[j]] - day[b]) > WINDOW_DAYS]
                sims[far] = -2.0
            top = [j for j in np.argsort(-sims)[:k] if sims[j] > -2.0]
            neighbours[b] = {ids[j] for j in top}
            extra = neighbours[b] - cands[b]
            new_pairs += len(extra)
            new_gold += sum(1 for a in extra if gold.get(a) and gold.get(a) == gold.get(b))
        found = sum(1 for b, a in missed_pairs if a in neighbours.get(b, ()))
        rescued = sum(1 for b in lonely if any(gold.get(a) == gold[b] for a in neighbours.get(b, ())))
        print(f"  K={k}: recovers {found} of the {missed} never-compared gold pairs; {rescued} of the "
              f"{len(lonely)} articles get an earlier gold partner; {new_pairs} new pairs, {new_gold} of them gold")


if __name__ == "__main__":
    main()
