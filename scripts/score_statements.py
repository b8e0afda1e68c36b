#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Score Dateline's attributed statements against the hand-made gold set.

Usage:
    scripts/score_statements.py GOLD_DIR PRED_DIR [--json] [--verbose]
    scripts/score_statements.py GOLD_DIR --gold-as-pred      # self-test: must print 1.0 everywhere

GOLD_DIR holds NAME.txt (the article body) and NAME.json ({"statements": [...]}), see
core/src/test/resources/eval/statements/README.md. PRED_DIR/NAME.json is a dateline/1 record: one
JSON object, or JSON Lines whose first line is the record. It needs "text", "entities" (id, name,
mentions) and "statements" (speaker entity id or null; source, cue, content spans; kind).

Matching: a gold and a predicted statement may match when their content spans overlap by at least
half of the longer span, i.e. overlap / max(len_gold, len_pred) >= 0.5 (lengths in code points,
ends exclusive). Each gold statement matches at most one prediction and vice versa; pairs are taken
greedily by largest overlap (ties: higher ratio, then earlier gold, then earlier prediction).

Reported (micro over all articles): content precision, recall, F1; exact-span F1 (content start and
end both equal); and, over matched pairs, cue accuracy (both null, or the spans share at least one
code point), exact cue accuracy, kind accuracy and speaker accuracy. The speaker is right when gold
and prediction are both null, or the normalised gold name equals the normalised name of the
predicted speaker entity, any of its mention texts, or the predicted source span's text.
Normalisation: case-folded, whitespace collapsed, curly quotes made straight, a leading "the "
dropped. A joint gold speaker written "A and B" also accepts "A" or "B".

Exit status: 0 when scored; 1 on bad usage or unreadable gold; 2 when --strict and any record text
differs from NAME.txt or any predicted span's text differs from its slice of the record text.
"""
import argparse
import json
import re
import sys
from pathlib import Path

KINDS = ("direct", "indirect", "mixed", "according_to")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def norm_name(s):
    s = re.sub(r"\s+", " ", s.translate(_QUOTES)).strip().casefold()
    return s[4:] if s.startswith("the ") else s


def read_record(path):
    raw = path.read_text(encoding="utf-8")
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        for line in raw.splitlines():
            if line.strip():
                return json.loads(line)
    raise ValueError(f"{path}: empty")


def check_span(text, span):
    """None when the span is well-formed and its text equals its slice, else a short reason."""
    if span is None:
        return None
    try:
        a, b, t = span["start"], span["end"], span["text"]
    except (KeyError, TypeError):
        return "span lacks start/end/text"
    if not (isinstance(a, int) and isinstance(b, int) and 0 <= a <= b <= len(text)):
        return f"offsets {a}..{b} outside text of {len(text)}"
    if text[a:b] != t:
        return f"text {t!r} != slice {text[a:b]!r}"
    return None


def load_gold(gold_dir):
    docs = {}
    for jf in sorted(gold_dir.glob("*.json")):
        tf = jf.with_suffix(".txt")
        if not tf.exists():
            sys.exit(f"gold {jf.name}: no {tf.name}")
        text = tf.read_text(encoding="utf-8")
        sts = json.loads(jf.read_text(encoding="utf-8"))["statements"]
        for i, st in enumerate(sts):
            for key in ("source", "cue", "content"):
                bad = check_span(text, st.get(key))
                if bad:
                    sys.exit(f"gold {jf.name} #{i} {key}: {bad}")
            if st.get("content") is None or st.get("kind") not in KINDS:
                sys.exit(f"gold {jf.name} #{i}: content missing or kind {st.get('kind')!r} invalid")
        docs[jf.stem] = (text, sts)
    if not docs:
        sys.exit(f"no gold files in {gold_dir}")
    return docs


def gold_as_record(text, sts):
    """A dateline/1-shaped record built from the gold itself (for the self-test)."""
    ids, entities, out = {}, [], []
    for i, st in enumerate(sts):
        sid = None
        if st["speaker"] is not None:
            if st["speaker"] not in ids:
                ids[st["speaker"]] = f"E{len(ids) + 1}"
                entities.append({"id": ids[st["speaker"]], "name": st["speaker"], "mentions": []})
            sid = ids[st["speaker"]]
            if st["source"] is not None:
                entities[int(sid[1:]) - 1]["mentions"].append(st["source"])
        out.append({"id": f"S{i + 1}", "speaker": sid, "source": st["source"], "cue": st["cue"],
                    "content": st["content"], "kind": st["kind"]})
    return {"schema": "dateline/1", "text": text, "entities": entities, "statements": out}


def overlap(a, b):
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(gold, pred):
    """Greedy one-to-one matching by largest content overlap; returns [(gi, pi)]."""
    cands = []
    for gi, g in enumerate(gold):
        gc = g["content"]
        for pi, p in enumerate(pred):
            pc = p["content"]
            ov = overlap(gc, pc)
            longer = max(gc["end"] - gc["start"], pc["end"] - pc["start"])
            if ov > 0 and longer > 0 and ov / longer >= 0.5:
                cands.append((-ov, -ov / longer, gi, pi))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def speaker_ok(gold_st, pred_st, entities):
    gname = gold_st["speaker"]
    if gname is None:
        return pred_st.get("speaker") is None
    wanted = {norm_name(gname)} | {norm_name(x) for x in re.split(r"\s+and\s+", gname)}
    names = []
    ent = entities.get(pred_st.get("speaker"))
    if ent is not None:
        names.append(ent.get("name") or "")
        names += [m.get("text", "") for m in ent.get("mentions") or [] if isinstance(m, dict)]
    if pred_st.get("source"):
        names.append(pred_st["source"].get("text", ""))
    return any(norm_name(n) in wanted for n in names if n)


def cue_ok(g, p, exact=False):
    if g is None or p is None:
        return g is None and p is None
    if exact:
        return g["start"] == p["start"] and g["end"] == p["end"]
    return overlap(g, p) > 0


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold_docs, pred_dir, gold_as_pred, verbose):
    tot = dict(gold=0, pred=0, tp=0, exact=0, cue=0, cue_exact=0, kind=0, speaker=0)
    by_kind = {k: [0, 0] for k in KINDS}  # gold count, matched
    problems, per_doc = [], []
    for name, (text, gold) in gold_docs.items():
        if gold_as_pred:
            rec = gold_as_record(text, gold)
        else:
            path = pred_dir / f"{name}.json"
            if not path.exists():
                problems.append(f"{name}: no prediction file")
                rec = {"text": text, "entities": [], "statements": []}
            else:
                try:
                    rec = read_record(path)
                except (ValueError, json.JSONDecodeError) as e:
                    problems.append(f"{name}: unreadable prediction ({e})")
                    rec = {"text": text, "entities": [], "statements": []}
        rtext = rec.get("text")
        if rtext != text:
            where = next((i for i, (a, b) in enumerate(zip(rtext or "", text)) if a != b),
                         min(len(rtext or ""), len(text)))
            problems.append(f"{name}: MISALIGNED record text ({len(rtext or '')} vs {len(text)} code "
                            f"points, first difference at {where}); offsets are scored as given")
        pred = [s for s in rec.get("statements") or [] if isinstance(s, dict) and s.get("content")]
        for i, st in enumerate(pred):
            for key in ("source", "cue", "content"):
                bad = check_span(rtext or "", st.get(key))
                if bad:
                    problems.append(f"{name}: predicted statement {st.get('id', i)} {key}: {bad}")
        entities = {e.get("id"): e for e in rec.get("entities") or [] if isinstance(e, dict)}
        pairs = match(gold, pred)
        d = dict(gold=len(gold), pred=len(pred), tp=len(pairs))
        exact_pairs = {(gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                       if g["content"]["start"] == p["content"]["start"]
                       and g["content"]["end"] == p["content"]["end"]}
        # exact matching is one-to-one too: count distinct gold and pred indices usable
        eg, ep, ex = set(), set(), 0
        for gi, pi in sorted(exact_pairs):
            if gi not in eg and pi not in ep:
                eg.add(gi), ep.add(pi)
                ex += 1
        d["exact"] = ex
        d["cue"] = sum(cue_ok(gold[g]["cue"], pred[p].get("cue")) for g, p in pairs)
        d["cue_exact"] = sum(cue_ok(gold[g]["cue"], pred[p].get("cue"), True) for g, p in pairs)
        d["kind"] = sum(gold[g]["kind"] == pred[p].get("kind") for g, p in pairs)
        d["speaker"] = sum(speaker_ok(gold[g], pred[p], entities) for g, p in pairs)
        for k in tot:
            tot[k] += d[k]
        for g in gold:
            by_kind[g["kind"]][0] += 1
        for gi, _ in pairs:
            by_kind[gold[gi]["kind"]][1] += 1
        per_doc.append((name, d))
        if verbose:
            mg = {g for g, _ in pairs}
            mp = {p for _, p in pairs}
            for gi, g in enumerate(gold):
                if gi not in mg:
                    print(f"  MISS {name} [{g['kind']}] {g['content']['text'][:90]!r}")
            for pi, p in enumerate(pred):
                if pi not in mp:
                    print(f"  FALSE {name} [{p.get('kind')}] {p['content'].get('text', '')[:90]!r}")
            for gi, pi in pairs:
                g, p = gold[gi], pred[pi]
                if not speaker_ok(g, p, entities):
                    ent = entities.get(p.get("speaker")) or {}
                    print(f"  SPEAKER {name} gold {g['speaker']!r} pred {ent.get('name')!r} "
                          f"on {g['content']['text'][:60]!r}")
                if g["kind"] != p.get("kind"):
                    print(f"  KIND {name} gold {g['kind']} pred {p.get('kind')} "
                          f"on {g['content']['text'][:60]!r}")
    return tot, by_kind, problems, per_doc


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("pred_dir", type=Path, nargs="?")
    ap.add_argument("--gold-as-pred", action="store_true",
                    help="self-test: score the gold against itself (must be 1.0 everywhere)")
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    ap.add_argument("--verbose", action="store_true", help="list misses, false hits, wrong speakers and kinds")
    ap.add_argument("--strict", action="store_true",
                    help="exit 2 when any record is misaligned or has a span that does not match its text")
    a = ap.parse_args(argv)
    if a.pred_dir is None and not a.gold_as_pred:
        ap.error("PRED_DIR is required unless --gold-as-pred")
    gold = load_gold(a.gold_dir)
    tot, by_kind, problems, per_doc = score(gold, a.pred_dir, a.gold_as_pred, a.verbose)
    p, r, f = prf(tot["tp"], tot["pred"], tot["gold"])
    ep, er, ef = prf(tot["exact"], tot["pred"], tot["gold"])
    m = tot["tp"]
    acc = lambda k: tot[k] / m if m else 0.0
    result = {
        "articles": len(gold), "gold": tot["gold"], "predicted": tot["pred"], "matched": m,
        "content": {"precision": p, "recall": r, "f1": f},
        "exact_span": {"precision": ep, "recall": er, "f1": ef},
        "cue_accuracy": acc("cue"), "cue_exact_accuracy": acc("cue_exact"),
        "kind_accuracy": acc("kind"), "speaker_accuracy": acc("speaker"),
        "recall_by_gold_kind": {k: (v[1] / v[0] if v[0] else None) for k, v in by_kind.items()},
        "per_article": {n: d for n, d in per_doc},
        "problems": problems,
    }
    if a.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        print(f"articles {len(gold)}  gold {tot['gold']}  predicted {tot['pred']}  matched {m}")
        print(f"content      P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (overlap >= 0.5 of the longer span)")
        print(f"exact span   P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}")
        print(f"on matches   cue {acc('cue'):.3f} (exact {acc('cue_exact'):.3f})  "
              f"kind {acc('kind'):.3f}  speaker {acc('speaker'):.3f}")
        print("recall by gold kind  " + "  ".join(
            f"{k} {v[1]}/{v[0]}" for k, v in by_kind.items()))
        for n, d in per_doc:
            dp, dr, df = prf(d["tp"], d["pred"], d["gold"])
            print(f"  {n:30s} gold {d['gold']:3d} pred {d['pred']:3d} match {d['tp']:3d}  F1 {df:.3f}")
        for prob in problems:
            print("PROBLEM " + prob)
    misaligned = any("MISALIGNED" in x or "predicted statement" in x for x in problems)
    return 2 if a.strict and misaligned else 0


if __name__ == "__main__":
    sys.exit(main())
