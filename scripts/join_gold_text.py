#!/usr/bin/env python3
"""Joins hand-coded event labels with the sentences they label, taken from the shared news texts.

Each label line names `source` (ecb-dev.jsonl or gva-dev/articles.jsonl under the crossdoc folder),
`doc` (the document id), `start` and `end` (character offsets of the sentence in the document's
`text`) and `sha1` (the first 12 hex digits of the sentence's SHA-1), so that a changed source is
refused rather than scored against the wrong words. `edits` (optional) lists [offset, old, new]
whitespace repairs of the corpus's tokenisation ("U. S." → "U.S."), offsets into the sentence. Prints eval/events gold lines
(id, published, text, events) to stdout.
Usage: join_gold_text.py LABELS CROSSDOC_DIR
"""
import hashlib
import json
import sys


def main(labels_path, crossdoc):
    docs = {}
    for name in ("ecb-dev.jsonl", "gva-dev/articles.jsonl"):
        with open(f"{crossdoc}/{name}", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                docs[(name, str(d["id"]))] = d["text"]
    bad = 0
    with open(labels_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            label = json.loads(line)
            text = docs.get((label["source"], str(label["doc"])))
            sentence = text[label["start"]:label["end"]] if text is not None else None
            if sentence is None or hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:12] != label["sha1"]:
                print(f"{labels_path}:{n}: {label['id']}: sentence not found in {label['source']} {label['doc']}",
                      file=sys.stderr)
                bad += 1
                continue
            for offset, old, new in sorted(label.get("edits", []), key=lambda e: -e[0]):
                if sentence[offset:offset + len(old)] != old:
                    sys.exit(f"{labels_path}:{n}: {label['id']}: edit at {offset} does not match")
                sentence = sentence[:offset] + new + sentence[offset + len(old):]
            out = {"id": label["id"], "published": label["published"], "text": sentence, "events": label["events"]}
            print(json.dumps(out, ensure_ascii=False))
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
