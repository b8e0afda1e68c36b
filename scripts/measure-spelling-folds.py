#!/usr/bin/env python3
"""Measures candidate spelling folds on the person names of the Phoenix actor dictionaries.

  scripts/measure-spelling-folds.py [CANDIDATES.tsv] [PETRARCH2_DIR]
      (defaults: scripts/spelling-fold-candidates.tsv, ../shared/resources/event-coding/petrarch2)

Run from the repository root. The names are the person records that convert-phoenix-actors.py
reads (every untitled spelling, folded as NameFold.forEntityKey folds). Records that share a
spelling are taken as one person (a career split over two files); every other pair of records is
two people. For each rule, applied alone after the entity-key fold, it prints
  joins          pairs of spellings of one record, distinct before, equal after (recall)
  false          pairs of spellings of two records, distinct before, equal after (false merges)
  false_country  the false merges whose two records share a country (no country could keep
                 them apart)
  duplicates     the false merges whose two records hold the same code on overlapping days:
                 most likely one person the dictionary lists twice ("fouad siniora" and "fuad
                 siniora", both LBNGOV from 2005), so false - duplicates is the count of
                 different people joined
and then the same for the rules of core/.../identity/spelling-folds.tsv applied together, in order.
"""
import collections
import importlib.util
import itertools
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEPT = os.path.join("core/src/main/resources/org/dateline/identity/spelling-folds.tsv")


def load_converter():
    spec = importlib.util.spec_from_file_location("convert", os.path.join(ROOT, "scripts/convert-phoenix-actors.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compile_rules(rows):
    """[(regex, Python replacement, row)]: Java's $1 becomes Python's \\g<1>."""
    return [(re.compile(r["pattern"]), re.sub(r"\$(\d)", r"\\g<\1>", r["replacement"]), r) for r in rows]


def apply(rules, name):
    """The rules in order, again until nothing changes (as NameVariants applies them)."""
    for _ in range(10):
        before = name
        for regex, replacement, _ in rules:
            name = regex.sub(replacement, name)
        if name == before:
            break
    return name


def identities(people):
    """name -> set of person ids, after joining records that share a spelling; id -> countries."""
    parent = list(range(len(people)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first = {}
    for i, person in enumerate(people):
        for s in person.spellings:
            if s in first:
                parent[find(i)] = find(first[s])
            else:
                first[s] = i
    owners = collections.defaultdict(set)
    records = collections.defaultdict(list)
    for i, person in enumerate(people):
        for s in person.spellings:
            owners[s].add(find(i))
        records[find(i)].append(person)
    return owners, records


def share_country(a, b):
    return any(x.countries & y.countries for x in a for y in b)


def share_career(a, b):
    """True when records of a and of b hold one code on overlapping days."""
    return any(c == d and s <= f and t <= e
               for x in a for y in b for c, s, e in x.careers for d, t, f in y.careers)


def measure(rules, owners, records):
    groups = collections.defaultdict(list)
    for name in owners:
        groups[apply(rules, name)].append(name)
    joins = false = false_country = duplicates = 0
    examples = []
    for names in groups.values():
        for a, b in itertools.combinations(sorted(names), 2):
            if owners[a] & owners[b]:
                joins += 1
                continue
            false += 1
            ra = [p for i in owners[a] for p in records[i]]
            rb = [p for i in owners[b] for p in records[i]]
            false_country += share_country(ra, rb)
            if share_career(ra, rb):
                duplicates += 1
            elif len(examples) < 4:
                examples.append(f"{a} = {b}")
    return joins, false, false_country, duplicates, examples


def main():
    candidates = sys.argv[1] if len(sys.argv) > 1 else "scripts/spelling-fold-candidates.tsv"
    src = sys.argv[2] if len(sys.argv) > 2 else "../shared/resources/event-coding/petrarch2"
    convert = load_converter()
    people = convert.person_records(src, convert.iso_codes())
    owners, records = identities(people)
    within = collections.Counter()
    for name, ids in owners.items():
        for i in ids:
            within[i] += 1
    print(f"{len(owners)} spellings of {len(within)} people; {sum(n * (n - 1) // 2 for n in within.values())} "
          f"pairs of spellings of one person", file=sys.stderr)
    print("rule\treplacement\tjoins\tfalse\tfalse_country\tduplicates\tfalse merges of two people, e.g.")
    for rule in compile_rules(convert.read_tsv(candidates)):
        counts = measure([rule], owners, records)
        print("\t".join([rule[2]["pattern"], rule[2]["replacement"], *map(str, counts[:4]), "; ".join(counts[4])]))
    if os.path.exists(KEPT):
        kept = compile_rules(convert.read_tsv(KEPT))
        counts = measure(kept, owners, records)
        print("\t".join([f"all {len(kept)} rules of spelling-folds.tsv", "", *map(str, counts[:4]), "; ".join(counts[4])]))


if __name__ == "__main__":
    main()
