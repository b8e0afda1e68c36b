#!/usr/bin/env python3
"""Rebuild the texts of the blind genre NER gold from the shared corpora.

  make_texts.py [--root DIR] TXT_DIR

Reads sources.jsonl (next to this script) and writes TXT_DIR/NAME.txt for each document, checking
the first 16 hex digits of the UTF-8 SHA-256 of every excerpt (and of every line of a list document)
before writing; exits non-zero on any mismatch. `source` paths are relative to --root, the directory
that holds `shared/` (default: the first parent of this script, or of the working directory, that
has shared/eval; e.g. /work).

A record is either one excerpt: text[start:end] of the `field` ("text"; GVA also has "title") of
document `id` in `source`; or a list document (`items`): each item is such an excerpt, and the
document is the items joined with `joiner` ("\n"). Offsets count Unicode code points.
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def find_root():
    for start in (HERE, os.getcwd()):
        d = start
        while True:
            if os.path.isdir(os.path.join(d, "shared", "eval")):
                return d
            parent = os.path.dirname(d)
            if parent == d:
                break
            d = parent
    return None


def sha16(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:16]


class Sources:
    def __init__(self, root):
        self.root = root
        self.cache = {}

    def doc(self, source, doc_id):
        if source not in self.cache:
            path = os.path.join(self.root, source)
            if source.endswith(".json"):  # article-extraction: id -> {articleBody, url}
                data = {k: {"text": v["articleBody"]} for k, v in json.load(open(path, encoding="utf-8")).items()}
            else:  # JSON Lines with id / text (/ title)
                data = {}
                with open(path, encoding="utf-8") as f:
                    for line in f:
                        if line.strip():
                            d = json.loads(line)
                            data[d["id"]] = d
            self.cache[source] = data
        return self.cache[source][doc_id]

    def excerpt(self, source, doc_id, field, start, end):
        return (self.doc(source, doc_id).get(field) or "")[start:end]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("txt_dir")
    ap.add_argument("--root", default=None, help="directory holding shared/ (default: found upwards)")
    ap.add_argument("--sources", default=os.path.join(HERE, "sources.jsonl"))
    args = ap.parse_args()
    root = args.root or find_root()
    if not root:
        sys.exit("cannot find shared/eval; pass --root")
    src = Sources(root)
    os.makedirs(args.txt_dir, exist_ok=True)
    bad = 0
    n = 0
    with open(args.sources, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            name = rec["name"]
            if "items" in rec:
                parts = []
                for it in rec["items"]:
                    part = src.excerpt(rec["source"], it["id"], it.get("field", "text"), it["start"], it["end"])
                    if sha16(part) != it["sha256"]:
                        print(f"{name}: item {it['id']} [{it['start']},{it['end']}) checksum mismatch", file=sys.stderr)
                        bad += 1
                    parts.append(part)
                text = rec.get("joiner", "\n").join(parts)
            else:
                text = src.excerpt(rec["source"], rec["id"], rec.get("field", "text"), rec["start"], rec["end"])
            if sha16(text) != rec["sha256"]:
                print(f"{name}: checksum mismatch ({sha16(text)} != {rec['sha256']})", file=sys.stderr)
                bad += 1
                continue
            with open(os.path.join(args.txt_dir, name + ".txt"), "w", encoding="utf-8", newline="") as out:
                out.write(text)
            n += 1
    print(f"wrote {n} texts to {args.txt_dir}; {bad} checksum mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
