#!/usr/bin/env python3
"""Converts the PETRARCH-2 CAMEO verb dictionary and the CAMEO->PLOVER table into Dateline's own data.

Run once (and again only when the sources change); the output is committed and the program never
reads the sources:

    scripts/convert-cameo.py [EVENT_CODING_DIR]     (default ../shared/resources/event-coding)

Sources:
  petrarch2/CAMEO.2.0.txt         openeventdata/petrarch2 @ 676801c, MIT licence
  plover/CAMEO2PLOVER-2021.txt    openeventdata/PLOVER @ 5e0c24f, CC BY-SA 4.0

Writes to core/src/main/resources/org/dateline/analyze/event/:
  cameo-synsets.tsv   the dictionary's &synsets (set, members)
  cameo-verbs.tsv     one row per verb of a block: its lemma, the words a multi-word verb needs
                      before/after it, and the code the bare verb carries
  cameo-patterns.tsv  one row per phrase pattern of a block: the words before and after the verb,
                      the CAMEO code and its PLOVER type, mode and context

A code that PLOVER drops (01 public statements, 02 appeals) or that the table lacks becomes a row
with type "-": the pattern still matches, so the verb's default code does not fire in its place
("call for" is an appeal, not a phone call), but it gives no event. The counts are printed.
Transformations (lines starting with ~) are verb-verb rules over PETRARCH's own parse and are not
converted.
"""
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "core/src/main/resources/org/dateline/analyze/event")
MODEL = os.path.join(ROOT, "core/src/main/java/org/dateline/model")

# The PLOVER 2021 table names a few modes Dateline's closed list spells otherwise or lacks.
MODE_ALIASES = {
    ("COERCE", "seize"): "confiscate",   # 171, 1711: seize or confiscate property
    ("ASSAULT", "seize"): "destroy",     # 1712: destroy property
}
CONTEXT_ALIASES = {"democracy": "pro_democracy"}   # 0811, 0812, 082: easing restrictions on dissent

HEADER = """# {what}
# Converted by scripts/convert-cameo.py from
#   PETRARCH-2 CAMEO verb dictionary CAMEO.2.0.txt, github.com/openeventdata/petrarch2 commit 676801c,
#   Copyright (c) 2014 Open Event Data, MIT licence (see THIRD-PARTY.md);
#   CAMEO2PLOVER-2021.txt, github.com/openeventdata/PLOVER commit 5e0c24f, CC BY-SA 4.0 (see THIRD-PARTY.md).
# Do not edit by hand: change the converter and re-run it, so the file stays a faithful conversion.
"""

PATTERN_DOC = """# Word columns (before, after): elements separated by one space, matched in order among the verb's
# dependents (its phrase), before or after the verb in the sentence; - for none.
#   word        a word or lemma (lower case)
#   a_b         consecutive words, the last the head
#   &set        any member of that set of cameo-synsets.tsv
#   (p x y)     the preposition p (alternatives split by /), then the elements x y after it
# Columns cameo, type, mode, context: the CAMEO code; its PLOVER category (- when PLOVER drops the
# code: the pattern blocks the verb's default but gives no event), mode (- for none) and contexts
# (|-list, - for none). subject: actor, or recipient for CAMEO's target-only codes ("face trial":
# someone else acts on the subject).
"""


def enum_names(java_file):
    with open(os.path.join(MODEL, java_file), encoding="utf-8") as f:
        return f.read()


def plover_vocabulary():
    """Modes per category and the contexts, read from the model's enums so the two never disagree."""
    types = {}
    src = enum_names("EventType.java")
    body = src[src.index("public enum EventType"):]
    for name, modes in re.findall(r"\b([A-Z]+)\(([A-Z_,\s]*)\)[,;]", body):
        types[name] = {m.strip().lower().replace("_", "-") for m in modes.split(",") if m.strip()}
    src = enum_names("EventContext.java")
    body = src[src.index("public enum EventContext"):src.index("private final")]
    body = re.sub(r"//[^\n]*", "", body)
    contexts = {c.lower() for c in re.findall(r"\b([A-Z_]{2,})\b", body)}
    return types, contexts


def read_plover(path, types, contexts, counts):
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            m = re.match(r"^(\d+):\s*(.*)$", line)
            if not m:
                continue
            code, rest = m.group(1), m.group(2)
            parts = [p.strip() for p in rest.split(",")]
            ptype = parts[0]
            if ptype not in types:
                raise SystemExit(f"{path}: unknown PLOVER category {ptype!r} for {code}")
            mode = parts[1] if len(parts) > 1 else ""
            mode = MODE_ALIASES.get((ptype, mode), mode)
            if mode and mode not in types[ptype]:
                counts["PLOVER table modes Dateline does not have (left blank)"] += 1
                mode = ""
            ctx = []
            for c in (parts[2] if len(parts) > 2 else "").split(";"):
                c = CONTEXT_ALIASES.get(c.strip(), c.strip())
                if not c:
                    continue
                if c in contexts:
                    ctx.append(c)
                else:
                    counts["PLOVER table contexts Dateline does not have (dropped)"] += 1
            if code not in table:   # 175 appears twice with the same mapping
                table[code] = (ptype, mode or "-", "|".join(ctx) or "-")
    return table


def plover_of(code, table):
    """The PLOVER mapping of a CAMEO code, else of its three-digit parent; None when PLOVER has none."""
    for c in (code, code[:3]):
        if c in table:
            return table[c]
    return None


def tokens(text):
    """Splits a pattern into tokens, keeping {...} and (...) groups together."""
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
        if ch.isspace() and depth == 0:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


MARKERS = {"$", "+", "^", "%"}
STRAY = []


def element(tok):
    """One pattern token in the output syntax, or None for source/target markers."""
    if tok in MARKERS:
        return None
    if tok.endswith(")") and not tok.startswith("("):
        STRAY.append(tok)   # two patterns repeat a word with a stray ")" ("VISIT)"): a typo in the source
        return None
    if tok.startswith("{"):
        words = [w.lower() for w in tok.strip("{}").split() if w not in MARKERS]
        return "_".join(words) if words else None
    if tok.startswith("("):
        inner = [element(t) for t in tokens(tok[1:-1])]
        inner = [e for e in inner if e]
        return "(" + " ".join(inner) + ")" if inner else None
    word = tok.lower().strip("_")   # "*_LAWS": a stray underscore in the source
    if not all(re.fullmatch(r"&?[a-z0-9][a-z0-9'./-]*", part) for part in word.split("_")):
        raise ValueError(f"unreadable pattern word {tok!r}")
    return word


def code_of(text):
    """(code, subject) from '[190]', '[042:043]', '[:173]', '[---]'; code None for the null code."""
    text = text.strip("[]").rstrip("!")
    if text.startswith("---"):
        return None, "actor"
    if text.startswith(":"):
        return text[1:], "recipient"
    return text.split(":")[0], "actor"


def convert(src_dir):
    types, contexts = plover_vocabulary()
    counts = Counter()
    plover = read_plover(os.path.join(src_dir, "plover/CAMEO2PLOVER-2021.txt"), types, contexts, counts)
    synsets, verbs, patterns = {}, [], []
    block, block_code, current_set = None, None, None
    with open(os.path.join(src_dir, "petrarch2/CAMEO.2.0.txt"), encoding="utf-8", errors="replace") as f:
        for number, raw in enumerate(f, 1):
            line = raw.split("#")[0].rstrip()
            if not line.strip():
                continue
            if line.startswith("&"):
                current_set = line.strip().lower().lstrip("&").rstrip("_")
                synsets[current_set] = []
                continue
            if line.startswith("+") and block is None:
                synsets[current_set].append(line[1:].strip().lower().rstrip("_"))
                continue
            m = re.match(r"^---\s+(\S+)\s+(\[[^]]*\])", line)
            if m:
                block, block_code = m.group(1).lower(), code_of(m.group(2))[0]
                continue
            if line.startswith("~"):
                counts["transformations (not converted)"] += 1
                continue
            if block is None:
                continue
            if line.startswith("-"):
                m = re.match(r"^-(.*?)(\[[^]]*\])\s*$", line)
                if not m:
                    raise SystemExit(f"CAMEO.2.0.txt:{number}: unreadable pattern {raw.strip()!r}")
                toks = tokens(m.group(1).replace("*", " * "))   # "*SCEPTICAL" once lacks its space
                if "*" not in toks:
                    raise SystemExit(f"CAMEO.2.0.txt:{number}: pattern without *")
                star = toks.index("*")
                before = [e for e in map(element, toks[:star]) if e]
                after = [e for e in map(element, toks[star + 1:]) if e]
                code, subject = code_of(m.group(2))
                patterns.append((block, before, after, code, subject, number))
                continue
            # a verb line: VERB {FORMS} [CODE], or +MULTI_WORD / WORD_+VERB for multi-word verbs
            verb_line = line.split(";")[0].strip()   # a few TABARI-era lines comment with ";"
            m = re.match(r"^(\S+)\s*(\{[^}]*\})?\s*(\[[^]]*\])?\s*$", verb_line)
            if not m:
                raise SystemExit(f"CAMEO.2.0.txt:{number}: unreadable verb line {raw.strip()!r}")
            words = m.group(1).lower().split("_")
            marked = [i for i, w in enumerate(words) if w.startswith("+")]
            head = marked[0] if marked else 0
            words = [w.lstrip("+") for w in words]
            code = code_of(m.group(3))[0] if m.group(3) else block_code
            verbs.append((words[head], block, words[:head], words[head + 1:], code, number))

    def plover_cols(code):
        if code is None:
            return ["-", "-", "-", "-"]
        p = plover_of(code, plover)
        if p is None:
            counts[f"codes PLOVER drops or lacks (root {code[:2]}): no-event rows"] += 1
            return [code, "-", "-", "-"]
        return [code, *p]

    with open(os.path.join(OUT, "cameo-synsets.tsv"), "w", encoding="utf-8") as out:
        out.write(HEADER.format(what="Synonym sets (&name) of the CAMEO verb patterns; members are words or a_b word sequences."))
        out.write("set\tmembers\n")
        for name, members in synsets.items():
            out.write(f"{name}\t{'|'.join(m.replace(' ', '_') for m in dict.fromkeys(members))}\n")

    with open(os.path.join(OUT, "cameo-verbs.tsv"), "w", encoding="utf-8") as out:
        out.write(HEADER.format(what="Verbs of the CAMEO dictionary: each verb belongs to a block whose patterns (cameo-patterns.tsv) it shares."))
        out.write("# before/after: words a multi-word verb needs next to it (\"cordon off\"), - for none.\n")
        out.write("# cameo/type/mode/context: the code of the verb alone (the block's unless the verb has its own);\n")
        out.write("# - in cameo: the verb alone is no event, only its patterns are.\n")
        out.write("lemma\tblock\tbefore\tafter\tcameo\ttype\tmode\tcontext\n")
        seen = set()
        for lemma, blk, before, after, code, _ in verbs:
            key = (lemma, blk, tuple(before), tuple(after))
            if key in seen:
                counts["repeated verb lines (kept once)"] += 1
                continue
            seen.add(key)
            row = [lemma, blk, " ".join(before) or "-", " ".join(after) or "-", *plover_cols(code)]
            out.write("\t".join(row) + "\n")

    with open(os.path.join(OUT, "cameo-patterns.tsv"), "w", encoding="utf-8") as out:
        out.write(HEADER.format(what="Phrase patterns of the CAMEO verb dictionary, by verb block (cameo-verbs.tsv)."))
        out.write(PATTERN_DOC)
        out.write("block\tbefore\tafter\tcameo\ttype\tmode\tcontext\tsubject\n")
        seen = set()
        for blk, before, after, code, subject, _ in patterns:
            key = (blk, tuple(before), tuple(after))
            if key in seen:   # the first of two identical patterns is the one PETRARCH would find
                counts["repeated patterns (first kept)"] += 1
                continue
            seen.add(key)
            if not before and not after:
                counts["patterns without words (same as the bare verb; skipped)"] += 1
                continue
            used = set(re.findall(r"&([a-z0-9'./-]+)", " ".join(before + after)))
            if used - synsets.keys():   # as PETRARCH does: "a pattern containing an undefined synset will be ignored"
                counts["patterns naming an undefined synset (skipped, as PETRARCH does)"] += 1
                continue
            row = [blk, " ".join(before) or "-", " ".join(after) or "-", *plover_cols(code), subject]
            out.write("\t".join(row) + "\n")

    counts["stray ')' words (source typos, dropped)"] = len(STRAY)
    print(f"synsets: {len(synsets)}, verb lines: {len(verbs)}, patterns: {len(patterns)}")
    for what, n in sorted(counts.items()):
        print(f"  {n:5d}  {what}")


if __name__ == "__main__":
    convert(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared/resources/event-coding"))
