#!/usr/bin/env python3
"""Converts the PETRARCH-2 Phoenix actor and agent dictionaries into Dateline's own data files.

  scripts/convert-phoenix-actors.py [PETRARCH2_DIR]   (default: ../shared/resources/event-coding/petrarch2)

Run once from the repository root; the output is committed and Dateline never reads the shared
folder at run time. It writes, under core/src/main/resources/org/dateline/analyze/entity/:

  actors.tsv   name, code, sector, valid_from, valid_to
               one row per name variant and date-bounded code of Phoenix.Countries.actors.txt,
               Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt
  agents.tsv   phrase, sector, strength   (the columns of sectors.tsv, so RoleWords reads it)
               one row per noun phrase of Phoenix.agents.txt

and prints on stderr what it drops and why (summed by reason, with examples).

Decisions (each keeps only what the output contract can say):
- A CAMEO actor code is a 3-letter country or bloc code followed by 3-letter role codes. The
  country must be ISO 3166-1 alpha-3 (as countries.tsv has it) after the few CAMEO codes that
  differ are mapped (KSV->XKX, TMP->TLS), or IGO/NGO/MNC; a code that starts with a role (ELI,
  MED: "[ELI]" for a former office-holder) has no country. Regions (AFR, EUR, MEA ...), dead
  states (USR, DDR, YUG, CSK) and IMG (international militarised groups: the contract has no
  code for them) are dropped.
- The sector is the first role code that is a contract sector; HLH (health) and AGR
  (agriculture) are CVL: doctors and farmers are civilians (MED is media in this project);
  a health or farm institution ("hospital") gets no sector.
  Role codes with no contract sector (DEV, ENV, HRI, religions...) are skipped.
- Records whose only code is a bare country ("AFGHANISTAN [AFG] +KABUL") are place names:
  countries.tsv answers those, so they are dropped.
- Dates: YYMMDD (YY < 30 is 20YY) or YYYYMMDD; "<d" is up to d, ">d" from d, "a-b" between.
  A record with dates is a career as the dictionary knew it on its last day (the latest date in
  its file, the horizon): an open end (">d") and the record's default code are closed at the
  horizon, so after it the entity stage's own tables answer. A record without dates (an
  organisation: "HAMAS [PSEREB]") is timeless: empty valid_from and valid_to. A dated record's
  default code applies only where none of its dated codes does: its row is marked "default",
  with valid_to = horizon (see ActorDictionary).
- A name whose records disagree (two people of one name) is dropped: it cannot be resolved; two
  dated records of one name (a career split over two files) are merged.
- Agents: "!PERSON!"-style markers are expanded; an irregular plural "{...}" is a row of its own;
  prefix codes ("NGO~": the organisation's code) and codes without a contract sector are dropped.
"""
import collections
import datetime
import os
import re
import sys
import unicodedata

SOURCE = "openeventdata/petrarch2, commit 676801c, MIT licence (Copyright (c) 2014 Open Event Data)"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
OUT = "core/src/main/resources/org/dateline/analyze/entity"
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "ELI", "PTY", "OPP", "REB", "UAF", "CVL", "REF", "LAB", "BUS",
           "MED", "JRN", "EDU", "NGO", "REL", "CRM", "SPY"}
SECTOR_ALIASES = {"HLH": "CVL", "AGR": "CVL", "INS": "REB"}
# Health and farm institutions are not civilians: only people get the CVL of HLH and AGR
INSTITUTIONS = {"hospital", "infirmary", "sanatorium", "sanatarium", "sanitarium", "facility", "facilitiy", "building",
                "institution", "association", "firm", "committee", "council", "department", "mills"}
# Agent words whose everyday news sense is not the dictionary's: "carriers" are airlines and
# insurers far more often than aircraft carriers
AMBIGUOUS_AGENTS = {"carrier"}
CAMEO_TO_ISO = {"KSV": "XKX", "TMP": "TLS"}
ORG_CODES = {"IGO", "NGO", "MNC"}
CODE = re.compile(r"^[A-Z]{3,}$")
DATE = re.compile(r"^(\d{6}|\d{8})$")

dropped = collections.defaultdict(list)


def drop(reason, example):
    dropped[reason].append(example)


def iso_codes():
    codes = set()
    with open(os.path.join(OUT, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("alpha3\t") or not line.strip():
                continue
            codes.add(line.split("\t")[0])
    return codes


def parse_date(s):
    if not DATE.match(s):
        raise ValueError(s)
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy < 30 else "19") + s
    return datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))


def split_code(code, countries):
    """(country code or '', sector or '') of a CAMEO code, or None when it says nothing we keep."""
    head, rest = code[:3], code[3:]
    country = ""
    if head in ORG_CODES:
        country = head
    elif CAMEO_TO_ISO.get(head, head) in countries:
        country = CAMEO_TO_ISO.get(head, head)
    elif head in SECTORS or head in SECTOR_ALIASES:
        rest = code
    else:
        return None
    sector = ""
    for i in range(0, len(rest) - len(rest) % 3, 3):
        chunk = rest[i:i + 3]
        chunk = SECTOR_ALIASES.get(chunk, chunk)
        if chunk in SECTORS:
            sector = chunk
            break
    return country, sector


def phrase(raw):
    """The words of a dictionary phrase, lower case, folded as NameFold.forMatching folds names
    (underscores and blanks are word breaks; periods join: "U.N." = "un"; hyphens split). The
    loader folds them again in Java, so this only keeps the file readable and its names unique."""
    s = unicodedata.normalize("NFKD", raw.replace("_", " "))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub("[\u2018\u2019\u201B\u02BB\u02BC\u2032\u00B4`]", "'", s).replace(".", "")
    words = []
    for w in re.split(r"[^\w'+&]+|_", s):
        w = w.lstrip("'")
        if w.lower().endswith("'s"):
            w = w[:-2]
        w = w.rstrip("'")
        if w == "&":
            w = "and"
        if w:
            words.append(w.lower())
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def strip_comment(line):
    for mark in ("#", ";"):
        i = line.find(mark)
        if i >= 0:
            line = line[:i]
    return line


def read_actor_records(path):
    """[(names, [(code, restriction or None)], first line)] in file order."""
    records, current = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, raw in enumerate(f, 1):
            line = strip_comment(raw.rstrip("\n"))
            if not line.strip():
                continue
            codes = re.findall(r"\[([^\]]*)\]", line)
            text = re.sub(r"\[[^\]]*\]", " ", line)
            if line[0] in " \t":
                if current is None or text.strip():
                    drop("line outside a record", f"{os.path.basename(path)}:{number}")
                    continue
            elif line.startswith("+"):
                if current is None:
                    drop("synonym outside a record", f"{os.path.basename(path)}:{number}")
                    continue
                current[0].append(phrase(text[1:]))
            else:
                current = ([phrase(text)], [], f"{os.path.basename(path)}:{number}")
                records.append(current)
            for c in codes:
                parts = c.split()
                if not parts:
                    continue
                current[1].append((parts[0], parts[1] if len(parts) > 1 else None, f"{os.path.basename(path)}:{number}"))
    return records


def convert_actors(src, countries):
    rows = {}  # name -> list of (code, sector, from, to)
    conflicts = set()
    for file in ACTOR_FILES:
        records = read_actor_records(os.path.join(src, file))
        dates = []
        for _, codes, _ in records:
            for _, r, _ in codes:
                for d in re.findall(r"\d{6,8}", r or ""):
                    try:
                        dates.append(parse_date(d))
                    except ValueError:
                        pass
        horizon = max(d for d in dates if d <= datetime.date(2016, 1, 1))
        print(f"{file}: {len(records)} records, horizon {horizon}", file=sys.stderr)
        for names, codes, where in records:
            if not codes:
                drop("record without a code", where)
                continue
            dated = any(r for _, r, _ in codes)
            entries = []
            bad = False
            for code, r, at in codes:
                if not CODE.match(code):
                    drop("malformed code", f"{at} [{code}]")
                    continue
                split = split_code(code, countries)
                if split is None:
                    drop(f"code {code[:3]}: no contract code (region, bloc, dead state, IMG)", f"{at} {code}")
                    continue
                country, sector = split
                if not dated and not sector and country not in ORG_CODES:
                    drop("bare country code: a place name, countries.tsv answers", f"{at} {names[0]}")
                    continue
                if not country and not sector:
                    continue
                try:
                    if r is None:
                        start, end = (None, horizon) if dated else (None, None)
                    elif r.startswith("<"):
                        start, end = None, parse_date(r[1:])
                    elif r.startswith(">"):
                        start, end = parse_date(r[1:]), horizon
                    else:
                        a, b = r.split("-")
                        start, end = parse_date(a), parse_date(b)
                except ValueError:
                    drop("malformed date restriction", f"{at} [{code} {r}]")
                    bad = True
                    continue
                if start and end and start > end:
                    if r and r.startswith(">"):
                        drop("open end after the horizon", f"{at} [{code} {r}]")
                    else:
                        drop("restriction ends before it starts", f"{at} [{code} {r}]")
                    continue
                entries.append((country, sector, start, end, r is None and dated))
            if bad and not entries:
                continue
            if not entries:
                continue
            for name in names:
                if not name:
                    continue
                if name in rows and rows[name] != entries:
                    if dated and all(e[2] or e[3] for e in rows[name]):
                        # one career in two files (Ban Ki-moon: KORGOV, then IGOUNO): both halves
                        rows[name] = rows[name] + [e for e in entries if e not in rows[name]]
                        continue
                    conflicts.add(name)
                rows.setdefault(name, entries)
    for name in conflicts:
        drop("name shared by records that disagree", name)
        del rows[name]
    out = []
    for name in sorted(rows):
        for country, sector, start, end, default in rows[name]:
            out.append((name, country, sector, "" if start is None else start.isoformat(),
                        "" if end is None else end.isoformat(), "default" if default else ""))
    return out


def expand_markers(lines):
    markers = {}
    out = []
    for number, line in lines:
        m = re.match(r"^\s*(![A-Z]+!)\s*=\s*(.*)$", line)
        if m:
            markers[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        out.append((number, line))
    expanded = []
    for number, line in out:
        found = re.search(r"![A-Z]+!", line)
        if found and found.group(0) in markers:
            for w in markers[found.group(0)]:
                expanded.append((number, line.replace(found.group(0), w, 1), True))
        elif found:
            drop("unknown substitution marker", f"Phoenix.agents.txt:{number}")
        else:
            expanded.append((number, line, False))
    return expanded


def convert_agents(src):
    with open(os.path.join(src, "Phoenix.agents.txt"), encoding="utf-8", errors="replace") as f:
        lines = [(n, strip_comment(l.rstrip("\n"))) for n, l in enumerate(f, 1)]
    lines = [(n, l) for n, l in lines if l.strip()]
    rows = {}
    for number, line, substituted in expand_markers(lines):
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[([^\]}]*)[\]}]\s*$", line)
        if not m:
            drop("agent line without a code", f"Phoenix.agents.txt:{number}")
            continue
        words, plural, code = phrase(m.group(1)), m.group(2), m.group(3).strip()
        if words in AMBIGUOUS_AGENTS:
            drop("ambiguous agent word", f"Phoenix.agents.txt:{number} {words}")
            continue
        if not code.startswith("~"):
            drop("prefix code (an organisation's code, not a sector)", f"Phoenix.agents.txt:{number} {code}")
            continue
        sector = ""
        body = code[1:]
        for i in range(0, len(body) - len(body) % 3, 3):
            raw_chunk = body[i:i + 3]
            chunk = SECTOR_ALIASES.get(raw_chunk, raw_chunk)
            if raw_chunk in SECTOR_ALIASES and words.split()[-1] in INSTITUTIONS:
                drop(f"{raw_chunk} institution (CVL is for people)", f"Phoenix.agents.txt:{number} {words}")
                break
            if chunk in SECTORS:
                sector = chunk
                break
        if not sector:
            drop(f"agent code without a contract sector", f"Phoenix.agents.txt:{number} {code}")
            continue
        forms = [words]
        if plural and plural.strip("{} "):
            forms.append(phrase(plural.strip("{}")))
        for form in forms:
            if form in rows and rows[form] != sector:
                drop("phrase listed with two sectors (first kept)", f"Phoenix.agents.txt:{number} {form}")
                continue
            rows[form] = sector
    return sorted(rows.items())


def header(source_files, columns_doc):
    return [f"# Converted by scripts/convert-phoenix-actors.py from {', '.join(source_files)}",
            f"# Source: {SOURCE}; see THIRD-PARTY.md. Do not edit by hand: re-run the converter.",
            *("# " + line for line in columns_doc)]


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "../shared/resources/event-coding/petrarch2"
    countries = iso_codes()
    actors = convert_actors(src, countries)
    with open(os.path.join(OUT, "actors.tsv"), "w", encoding="utf-8") as f:
        for line in header(ACTOR_FILES, [
                "Columns: name (lower case, words joined by one space, as NameFold.forMatching folds them),",
                "  code (ISO 3166-1 alpha-3, IGO, NGO, MNC or empty), sector (contract sector or empty),",
                "  valid_from, valid_to (yyyy-MM-dd, inclusive; empty = unbounded), default (\"default\": the",
                "  record's code where none of its dated codes applies; closed at the file's horizon).",
                "A name with dated rows is a career as the dictionary knew it: after its last valid_to it",
                "  says nothing, and the entity stage's own tables answer (see ActorDictionary)."]):
            f.write(line + "\n")
        f.write("name\tcode\tsector\tvalid_from\tvalid_to\tdefault\n")
        for row in actors:
            f.write("\t".join(row) + "\n")
    agents = convert_agents(src)
    with open(os.path.join(OUT, "agents.tsv"), "w", encoding="utf-8") as f:
        for line in header(["Phoenix.agents.txt"], [
                "Common nouns for actors without a name -> contract sector, read like sectors.tsv by",
                "  RoleWords (regular plurals match the singular). Consulted only where sectors.tsv, the",
                "  project's own table, has no answer. HLH (health) and AGR are CVL: MED is media here.",
                "strength is always empty (no generic heads here)."]):
            f.write(line + "\n")
        f.write("phrase\tsector\tstrength\n")
        for form, sector in agents:
            f.write(f"{form}\t{sector}\t\n")
    print(f"actors.tsv: {len(actors)} rows, {len({r[0] for r in actors})} names; agents.tsv: {len(agents)} rows",
          file=sys.stderr)
    for reason, examples in sorted(dropped.items(), key=lambda kv: -len(kv[1])):
        print(f"dropped {len(examples):6d}  {reason}: e.g. {', '.join(map(str, examples[:3]))}", file=sys.stderr)


if __name__ == "__main__":
    main()
