#!/usr/bin/env python3
"""Score person / organisation / location name mentions against CoNLL-style gold.

  score_ner.py [--text TXT_DIR] [-v] GOLD_DIR PRED_DIR

GOLD_DIR/NAME.tsv      gold mentions, one a line: start<TAB>end<TAB>type<TAB>text, code-point
                       offsets into NAME.txt (end exclusive), type PER, ORG or LOC.
PRED_DIR/NAME.json     a dateline/1 record (a JSON object, or the first line of JSON Lines) whose
                       "text" is NAME.txt and whose "entities" have "type" and "mentions"
                       [{start, end, text}]. PERSON->PER, ORGANIZATION->ORG, COUNTRY and
                       LOCATION->LOC; GROUP is dropped.
  or PRED_DIR/NAME.ner.tsv  mentions in the gold's own four columns (e.g. CoreNLP's, written by
                       org.dateline.eval.CoreNlpNerBaseline).

From either form, pronoun mentions ("he", "its", "HIS", ...; not the all-capital "US") and mentions
starting or ending with a lowercase word ("the minister", "peacekeepers", "Chinese tech company":
descriptions, not names) are dropped before scoring, and so are all mentions of a record's entity
marked "nominal": true (a person the article names only by role, "The UN High Commissioner for
Human Rights": its mentions are descriptions, whatever their case; the owner's name inside one,
"UN", is an entity of its own and scored).

Prints exact-span typed precision / recall / F1, micro-averaged over all documents, the same per
type, and untyped span F1 (exact offsets, any type). A document without a prediction file counts
as predicting nothing. --text checks every gold line against TXT_DIR/NAME.txt and stops on the
first mismatch; without it the gold text is checked against each JSON record's "text"
("misaligned" counts documents where it does not match). -v lists each miss and false alarm.
"""
import argparse
import json
import os
import sys

TYPES = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "LOCATION": "LOC",
         "PER": "PER", "ORG": "ORG", "LOC": "LOC"}
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "it", "its", "they", "them", "their", "we", "us",
            "our", "i", "me", "my", "you", "your", "himself", "herself", "itself", "themselves"}
GOLD_TYPES = ("PER", "ORG", "LOC")


def read_tsv(path):
    """Mentions of a four-column file as (start, end, type, text)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                sys.exit(f"{path}:{lineno}: expected 4 tab-separated columns, got {len(cols)}")
            out.append((int(cols[0]), int(cols[1]), cols[2], cols[3]))
    return out


def read_record(path):
    with open(path, encoding="utf-8") as f:
        content = f.read().strip()
    if not content:
        return {}
    try:
        return json.loads(content)
    except json.JSONDecodeError:
        return json.loads(content.splitlines()[0])


def record_mentions(doc):
    out = []
    for entity in doc.get("entities") or []:
        if entity.get("nominal"):
            continue  # named only by role: descriptions, not names
        for m in entity.get("mentions") or []:
            if m.get("start") is None or m.get("end") is None:
                continue
            out.append((m["start"], m["end"], entity.get("type"), m.get("text", "")))
    return out


def is_name(mention):
    text = mention[3].strip()
    if not text:
        return False
    if text.lower() in PRONOUNS and text != "US":
        return False  # "he", "Its", "HIS" in all-capital text; but "US" is the country
    words = text.split()
    # a description begins ("the minister") or ends ("Chinese tech company") in a lower-case word;
    # a name's head word is capitalised
    return not text[0].islower() and not words[-1][0].islower()


def keep(mentions):
    """(start, end, gold type) -> text, dropping unmapped types, pronouns and descriptions."""
    return {(s, e, TYPES[t]): x for s, e, t, x in mentions if t in TYPES and is_name((s, e, t, x))}


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def line(label, tp, n_pred, n_gold):
    p, r, f = prf(tp, n_pred, n_gold)
    return f"{label:8s} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} pred={n_pred} gold={n_gold})"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir")
    ap.add_argument("pred_dir")
    ap.add_argument("--text", metavar="TXT_DIR", help="check the gold offsets against TXT_DIR/NAME.txt")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    args = ap.parse_args()

    names = sorted(n[:-4] for n in os.listdir(args.gold_dir) if n.endswith(".tsv"))
    if not names:
        sys.exit(f"no NAME.tsv gold files in {args.gold_dir}")
    typed = {t: [0, 0, 0] for t in GOLD_TYPES}  # tp, pred, gold
    untyped = [0, 0, 0]
    missing = misaligned = 0
    for name in names:
        gold_rows = read_tsv(os.path.join(args.gold_dir, name + ".tsv"))
        for s, e, t, x in gold_rows:
            if t not in GOLD_TYPES:
                sys.exit(f"{name}.tsv: type {t!r} is not one of {GOLD_TYPES}")
        if args.text:
            text = open(os.path.join(args.text, name + ".txt"), encoding="utf-8").read()
            for s, e, t, x in gold_rows:
                if text[s:e] != x:
                    sys.exit(f"{name}.tsv: [{s},{e}) is {text[s:e]!r} in the text, not {x!r}")
        gold = {(s, e, t) for s, e, t, _ in gold_rows}

        json_path = os.path.join(args.pred_dir, name + ".json")
        tsv_path = os.path.join(args.pred_dir, name + ".ner.tsv")
        if os.path.exists(json_path):
            doc = read_record(json_path)
            text = doc.get("text")
            if text is None or any(text[s:e] != x for s, e, _, x in gold_rows):
                misaligned += 1
            pred = keep(record_mentions(doc))
        elif os.path.exists(tsv_path):
            pred = keep(read_tsv(tsv_path))
        else:
            missing += 1
            pred = {}

        for t in GOLD_TYPES:
            g = {m for m in gold if m[2] == t}
            p = {m for m in pred if m[2] == t}
            typed[t][0] += len(g & p)
            typed[t][1] += len(p)
            typed[t][2] += len(g)
        g_spans = {(s, e) for s, e, _ in gold}
        p_spans = {(s, e) for s, e, _ in pred}
        untyped[0] += len(g_spans & p_spans)
        untyped[1] += len(p_spans)
        untyped[2] += len(g_spans)

        if args.verbose:
            surface = {(s, e): x for s, e, _, x in gold_rows}
            for s, e, t in sorted(gold - pred.keys()):
                print(f"  {name} miss  {t} [{s},{e}) {surface[(s, e)]!r}")
            for s, e, t in sorted(pred.keys() - gold):
                print(f"  {name} false {t} [{s},{e}) {pred[(s, e, t)]!r}")

    total = [sum(typed[t][i] for t in GOLD_TYPES) for i in range(3)]
    print(line("typed", *total))
    for t in GOLD_TYPES:
        print(line(t, *typed[t]))
    print(line("untyped", *untyped))
    print(f"documents={len(names)} missing={missing} misaligned={misaligned}")


if __name__ == "__main__":
    main()
