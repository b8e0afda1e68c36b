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

and under core/src/main/resources/org/dateline/identity/:

  name-variants.tsv  variant, canonical, scope
               spellings of one person (scope person: a record's spellings -> its first untitled
               name of two words or more) and of one surname (scope surname: last words of two
               spellings of one record that differ in nothing else, joined into classes; canonical
               = the class's most frequent spelling), all folded as NameFold.forEntityKey folds,
               read by identity.NameVariants together with spelling-folds.tsv (hand-kept, chosen
               by scripts/measure-spelling-folds.py; this run only reads it, to drop rows the fold
               would make ambiguous)

and prints on stderr what it drops and why (summed by reason, with examples). Before writing, it
checks its Python port of NameFold.forEntityKey against the Java fold's answers in
core/src/test/resources/org/dateline/identity/entity-key-folds.tsv.

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
- People (name-variants.tsv): a record with a career (a dated code) or from CountryInfo whose
  every code names a role; "+" lines of other records list a group's members or a country's
  cities, not spellings. A spelling with a title ("prime minister ehud barak") is left out, one
  led by an honorific also gives the spelling without it; a spelling unlike its record's name in
  whole (difflib ratio < 0.5) or in given name is another person the record lists (the Saudi
  princes of one record) or a nickname, and is left out. A spelling of two records' people is
  ambiguous and left out. A surname class is dropped whole when two records of one country have
  names that differ only in two of its surnames (two people it would make one).
- Agents: "!PERSON!"-style markers are expanded; an irregular plural "{...}" is a row of its own;
  prefix codes ("NGO~": the organisation's code) and codes without a contract sector are dropped.
"""
import collections
import datetime
import difflib
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


# --- Name spellings of people (name-variants.tsv) ---------------------------------------------

IDENTITY_OUT = "core/src/main/resources/org/dateline/identity"
KEY_FOLD_CASES = "core/src/test/resources/org/dateline/identity/entity-key-folds.tsv"
# CAMEO role codes a career is coded with: a record whose every code has one (or is an IGO or NGO
# post) is a person; one with a code that has none ("USRARM", "BIHSRP", "MNCGBR") is a place or firm
PERSON_ROLES = SECTORS | set(SECTOR_ALIASES) | {"DEV", "ENV", "HRI", "MUS", "---"}
KEY_APOSTROPHES = re.compile("['\u2019\u2018`]")
VOWELS = set("aeiouy")
# How alike (difflib ratio) a person's spelling must be to its record's name to be taken as a
# spelling: below it, the record lists another person or the group's members ("ahmed yassin" /
# "sami abu zuhri"); measured on the records: 68 of 1717 pairs fall below, all of them such.
PERSON_SIMILARITY = 0.5
# The same for the two surnames of a pair: "mursi" / "morsy" is 0.6, "baghdadi" / "kurdi" 0.31
SURNAME_SIMILARITY = 0.6
MIN_SURNAME = 4
# Words that make a spelling a group, beyond entity-lexicon.tsv's org-head words (Arabic ones:
# army, brigades, battalion, brigade, front, movement)
GROUP_WORDS = {"administration", "brigade", "front", "coalition", "network", "movement", "regime",
               "jaish", "kataeb", "katibat", "liwa", "jabhat", "harakat"}
# Titles before a name, beyond entity-lexicon.tsv's title-head words: abbreviations, honorifics and
# the German and misspelt titles the dictionary writes ("kanzler kohl", "secretaty vance")
TITLE_WORDS = {"gen", "gov", "govenor", "pm", "sen", "rep", "kanzler", "bundeskanzler", "presient", "secretaty",
               "former", "acting"}
# Honorifics that lead a name: "sir paul hasluck" is a spelling, and so is "paul hasluck" (the
# canonical is never the one with the honorific)
HONORIFICS = {"sir", "dame", "lord", "lady", "baroness", "mr", "mrs", "ms", "dr", "hojatolislam"}


def read_tsv(path):
    """The rows of one of Dateline's tables as dicts by header (comments and blank lines skipped)."""
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
            else:
                rows.append(dict(zip(header, fields)))
    return rows


def entity_key(name):
    """NameFold.forEntityKey, ported: Unicode compatibility forms and marks (\\p{M}) removed, lower
    case, the apostrophes ' \u2019 \u2018 ` deleted, every run of characters that are not letters
    (\\p{L}), digits (\\p{N}) or ':' one space, stripped, a leading "the " dropped. Checked against
    the Java fold's own answers (entity-key-folds.tsv) before anything is written."""
    if name is None:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.category(c).startswith("M")).lower()
    s = KEY_APOSTROPHES.sub("", s)
    out, gap = [], False
    for c in s:
        if unicodedata.category(c)[0] in "LN" or c == ":":
            if gap and out:
                out.append(" ")
            out.append(c)
            gap = False
        else:
            gap = True
    s = "".join(out)
    return s[4:] if s.startswith("the ") else s


def check_entity_key_port():
    wrong = [(r["name"], r["key"], entity_key(r["name"])) for r in read_tsv(KEY_FOLD_CASES)
             if entity_key(r["name"]) != r["key"]]
    if wrong:
        sys.exit("the Python port of NameFold.forEntityKey disagrees with " + KEY_FOLD_CASES + ": "
                 + "; ".join(f"{n!r}: Java {k!r}, port {p!r}" for n, k, p in wrong))


def lexicon_words(category):
    return {w for r in read_tsv(os.path.join(OUT, "entity-lexicon.tsv")) if r["category"] == category
            for w in entity_key(r["word"]).split()}


def common_words():
    """Words the project's own tables know as common nouns or adjectives: role words, agents,
    the entity lexicon, country names and demonyms. A surname spelled like one ("Rice", "Bush",
    "Turk") is not joined to anything: its class would also join the word."""
    words = set()
    for table, columns in (("sectors.tsv", ("phrase",)), ("agents.tsv", ("phrase",)),
                           ("entity-lexicon.tsv", ("word",)),
                           ("countries.tsv", ("name", "aliases", "demonyms", "people"))):
        for r in read_tsv(os.path.join(OUT, table)):
            for column in columns:
                for item in r[column].split("|"):
                    key = entity_key(item)
                    if key and " " not in key:
                        words.add(key)
    return words


def read_people(path, countries):
    """The person records of one actor file: [(spellings as written, country codes, dated codes,
    first line)].
    A person is a record with a career (a dated code) or from CountryInfo, whose every code names
    a role (GOVxxx, ELI, an IGO post): "ARMENIA_ [USRARM <900823]" is a place, "LORD_RESISTANCE_ARMY
    +JOSEPH_KONY" (undated) a group listing its leaders, not spellings of one person."""
    records, current = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            line = strip_comment(raw)
            if not line.strip():
                continue
            codes = [c.split() for c in re.findall(r"\[([^\]]*)\]", line)]
            text = re.sub(r"\[[^\]]*\]", " ", line)
            if line[0] in " \t" or line.startswith("+"):
                if current is not None:
                    if line.startswith("+"):
                        current["names"].append(text[1:])
                    current["codes"] += [c for c in codes if c]
                continue
            current = {"names": [text], "codes": [c for c in codes if c], "where": f"{os.path.basename(path)}:{number}",
                       "countryinfo": "countryinfo" in raw.lower()}
            records.append(current)
    people = []
    for r in records:
        dated = any(len(c) > 1 for c in r["codes"])
        if not dated and not r["countryinfo"]:
            continue
        if not all(person_code(c[0]) for c in r["codes"]):
            continue
        heads = {CAMEO_TO_ISO.get(c[0][:3], c[0][:3]) for c in r["codes"]}
        people.append((r["names"], {h for h in heads if h in countries or h in ORG_CODES},
                       {career for c in r["codes"] if len(c) > 1 for career in [dated_code(c)] if career},
                       r["where"]))
    return people


def dated_code(code):
    """(code, first day, last day) of a dated code ["AZEGOV", ">030101"], None if malformed."""
    try:
        r = code[1]
        if r.startswith("<"):
            return code[0], datetime.date.min, parse_date(r[1:])
        if r.startswith(">"):
            return code[0], parse_date(r[1:]), datetime.date.max
        a, b = r.split("-")
        return code[0], parse_date(a), parse_date(b)
    except ValueError:
        return None


def person_code(code):
    if code[:3] in ("IGO", "NGO") or code in PERSON_ROLES:
        return True
    return any(code[i:i + 3] in PERSON_ROLES for i in range(0, len(code), 3))


def titled(words, titles):
    """True when a title word precedes a name word: "prime minister ehud barak", "king abdullah";
    not "john major" or "martin luther king", where the word ends the name."""
    return any(w in titles for w in words[:-1])


# A person record: its canonical spelling, all its spellings, its country (or IGO, NGO) codes, its
# dated codes (code, first day, last day) and its first line
Person = collections.namedtuple("Person", "canonical spellings countries careers where")


class Classes:
    """Union-find over words."""

    def __init__(self):
        self.parent = {}

    def find(self, w):
        self.parent.setdefault(w, w)
        while self.parent[w] != w:
            self.parent[w] = self.parent[self.parent[w]]
            w = self.parent[w]
        return w

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)

    def groups(self):
        out = collections.defaultdict(set)
        for w in self.parent:
            out[self.find(w)].add(w)
        return list(out.values())


def same_given_name(variant, canonical):
    """True when the first word of one spelling is some word of the other, alike (ratio 0.6) or
    its beginning (an initial, "bev" of "beverly"). "turki al faysal bin abd al aziz al saud" is not
    "sultan bin abd al aziz al saud" (two princes in one record), nor "mohammed qaddafi"
    "muammar gaddafi"; nicknames ("dick"/"richard") are lost with them."""
    def alike(a, b):
        return a.startswith(b) or b.startswith(a) or difflib.SequenceMatcher(None, a, b).ratio() >= 0.6
    v, c = variant.split(), canonical.split()
    return any(alike(c[0], w) for w in v) or any(alike(v[0], w) for w in c)



def spellings_of(names, titles, groups):
    """The distinct entity-key spellings of a person record, in file order, without titled ones;
    a spelling led by honorifics is followed by the spelling without them."""
    out = []
    for name in names:
        key = entity_key(name.replace("_", " "))
        words = key.split()
        bare = list(words)
        while len(bare) > 2 and bare[0] in HONORIFICS:
            bare = bare[1:]
        if titled(bare, titles):
            drop("person spelling with a title (\"prime minister ehud barak\")", key)
            continue
        if any(w in groups for w in words):
            drop("person spelling naming a group (\"bush administration\")", key)
            continue
        for spelling in dict.fromkeys([key, " ".join(bare)]):
            if spelling and spelling not in out:
                out.append(spelling)
    return out


def person_records(src, countries):
    """[Person] of the person records of the actor files:
    the spellings without titles, the canonical the first of two words or more."""
    titles = lexicon_words("title-head") | TITLE_WORDS
    groups = lexicon_words("org-head") | GROUP_WORDS
    people = []
    for file in ACTOR_FILES:
        for names, codes, careers, where in read_people(os.path.join(src, file), countries):
            spellings = spellings_of(names, titles, groups)
            multi = [s for s in spellings if len(s.split()) > 1 and s.split()[0] not in HONORIFICS]
            if not multi:
                drop("person without an untitled name of two words", where)
                continue
            if " of " in f" {multi[0]} ":
                drop("person record named like an office or body (\"... of ...\")", f"{where} {multi[0]}")
                continue
            people.append(Person(multi[0], spellings, codes, careers, where))
    return people

def convert_name_variants(src, countries):
    """(rows (variant, canonical, scope), surname classes dropped for joining different people)."""
    common = common_words()
    people = person_records(src, countries)

    # scope person: every spelling of two words or more -> the record's first such spelling
    canonicals = collections.defaultdict(set)
    for canonical, spellings, _, _, where in people:
        canonicals[canonical].add(canonical)
        for s in spellings:
            if s == canonical:
                continue
            if len(s.split()) < 2:
                drop("person spelling of one word (a surname alone: scope surname decides)", s)
            elif difflib.SequenceMatcher(None, s, canonical).ratio() < PERSON_SIMILARITY:
                drop("person spelling unlike its record's name (another person listed in the record)",
                     f"{where} {s} / {canonical}")
            elif not same_given_name(s, canonical):
                drop("person spelling with another given name (a nickname or another person)",
                     f"{where} {s} / {canonical}")
            else:
                canonicals[s].add(canonical)
    person_rows = []
    for variant, targets in sorted(canonicals.items()):
        if len(targets) > 1:
            drop("spelling of two people (ambiguous)", f"{variant} -> {' | '.join(sorted(targets))}")
        elif variant not in targets:
            person_rows.append((variant, next(iter(targets)), "person"))

    # scope surname: last words of two spellings of one record that differ in nothing else
    frequency = collections.Counter()
    for _, spellings, _, _, _ in people:
        for s in spellings:
            frequency[s.split()[-1]] += 1
    classes = Classes()
    for canonical, spellings, _, _, where in people:
        singles = [s for s in spellings if " " not in s]
        for i, a in enumerate(spellings):
            for b in spellings[i + 1:]:
                wa, wb = a.split(), b.split()
                if len(wa) != len(wb) or wa[:-1] != wb[:-1] or wa[-1] == wb[-1]:
                    continue
                if (a in singles) != (b in singles):
                    continue
                x, y = wa[-1], wb[-1]
                if not (x.isalpha() and y.isalpha()) or min(len(x), len(y)) < MIN_SURNAME:
                    drop("surname of fewer than four letters or not a word (an initial, a syllable)", f"{x} / {y}")
                elif not (VOWELS & set(x) and VOWELS & set(y)):
                    drop("surname without a vowel (an acronym)", f"{x} / {y}")
                elif x in common or y in common:
                    drop("surname that is a common word", f"{x} / {y}")
                elif difflib.SequenceMatcher(None, x, y).ratio() < SURNAME_SIMILARITY:
                    drop("surnames too unlike to be one spelling", f"{x} / {y} ({where})")
                else:
                    classes.union(x, y)
    # Different people the dictionary lists: two records of one country whose names differ only in
    # the last word ("ziya mamedov", "ziya mammadov" as two records). A class holding both surnames
    # would make them one person, so it is dropped whole.
    listed = collections.defaultdict(lambda: collections.defaultdict(set))  # (given, country) -> word -> canonicals
    for canonical, spellings, codes, _, _ in people:
        for s in spellings:
            words = s.split()
            if len(words) > 1:
                for country in codes or {""}:
                    listed[(" ".join(words[:-1]), country)][words[-1]].add(canonical)
    surname_rows, dropped_classes = [], []
    for members in sorted(classes.groups(), key=sorted):
        conflict = None
        for (given, country), by_word in listed.items():
            inside = [w for w in by_word if w in members]
            for i, a in enumerate(inside):
                for b in inside[i + 1:]:
                    if not (by_word[a] & by_word[b]):
                        conflict = f"{given} {a} / {given} {b}, {country}"
                        break
                if conflict:
                    break
            if conflict:
                break
        if conflict:
            dropped_classes.append(sorted(members))
            drop("surname class joining two people the dictionary lists apart", f"{'|'.join(sorted(members))} ({conflict})")
            continue
        canonical = sorted(members, key=lambda w: (-frequency[w], w))[0]
        surname_rows.extend((w, canonical, "surname") for w in sorted(members) if w != canonical)
    return person_rows + surname_rows, dropped_classes


class SpellingFold:
    """spelling-folds.tsv as NameVariants applies it: the rules in order, per word, repeated until
    nothing changes; a surname table of folded words; a person table of normalised names."""

    def __init__(self, path):
        self.rules = [(re.compile(r["pattern"]), re.sub(r"\$(\d)", r"\\g<\1>", r["replacement"]))
                      for r in read_tsv(path)]
        self.words = {}

    def fold(self, word):
        for _ in range(10):
            before = word
            for regex, replacement in self.rules:
                word = regex.sub(replacement, word)
            if word == before:
                return word
        raise ValueError(f"spelling folds do not settle on {word!r}")

    def normalize(self, name):
        return " ".join(self.words.get(self.fold(w), self.fold(w)) for w in name.split(" "))


def consistent(rows, keyed, why):
    """The rows whose keyed (variant, canonical) pair joins no key to two canonicals, repeated until
    none does. Rows that the keying alone already joins stay: they say the person is listed."""
    rows = list(rows)
    while True:
        targets = collections.defaultdict(set)
        for v, c, _ in rows:
            kv, kc = keyed(v), keyed(c)
            targets[kv].add(kc)
            targets[kc].add(kc)
        bad = {k for k, t in targets.items() if len(t) > 1}
        if not bad:
            return rows
        kept = []
        for row in rows:
            if keyed(row[0]) in bad or keyed(row[1]) in bad:
                drop(f"{why}: joins a spelling to two canonicals after the spelling fold", f"{row[0]} -> {row[1]}")
            else:
                kept.append(row)
        rows = kept


def fold_consistent(rows, folds):
    """The rows NameVariants can load: after the spelling fold, no key has two canonicals."""
    surnames = consistent([r for r in rows if r[2] == "surname"], folds.fold, "surname")
    for v, c, _ in surnames:
        folds.words[folds.fold(v)] = folds.fold(c)
        folds.words[folds.fold(c)] = folds.fold(c)
    persons = consistent([r for r in rows if r[2] == "person"], folds.normalize, "person")
    return persons + surnames

def header(source_files, columns_doc):
    return [f"# Converted by scripts/convert-phoenix-actors.py from {', '.join(source_files)}",
            f"# Source: {SOURCE}; see THIRD-PARTY.md. Do not edit by hand: re-run the converter.",
            *("# " + line for line in columns_doc)]


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "../shared/resources/event-coding/petrarch2"
    check_entity_key_port()
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
    variants, dropped_classes = convert_name_variants(src, countries)
    variants = fold_consistent(variants, SpellingFold(os.path.join(IDENTITY_OUT, "spelling-folds.tsv")))
    with open(os.path.join(IDENTITY_OUT, "name-variants.tsv"), "w", encoding="utf-8") as f:
        for line in header(ACTOR_FILES, [
                "Spellings of people's names as the dictionary lists them (a record's \"+\" lines), for",
                "  NameVariants. All names folded as NameFold.forEntityKey folds them. Columns:",
                "  variant, canonical: a spelling and the one it is joined to; scope: \"person\" for a",
                "  full name (two words or more) -> its record's first untitled name; \"surname\" for one",
                "  word -> the most frequent spelling of its class (ties: alphabetical), where a class",
                "  joins the last words of two spellings of one record that differ in nothing else",
                "  (\"ziya mamedov\" / \"ziya mammadov\" => mamedov -> mammadov).",
                "Left out (the converter prints each count): titled spellings, spellings of one word,",
                "  spellings unlike their record's name (a group listing its members), spellings of two",
                "  people, surnames under four letters, without a vowel, common words, or too unlike",
                "  (difflib ratio < 0.6); a surname class joining two records that differ only in",
                "  that surname and share a country (two people); rows that the spelling fold",
                "  (spelling-folds.tsv) makes ambiguous. Rows with variant = canonical are not written."]):
            f.write(line + "\n")
        f.write("variant\tcanonical\tscope\n")
        for row in sorted(variants, key=lambda r: (r[2], r[0])):
            f.write("\t".join(row) + "\n")
    counts = collections.Counter(r[2] for r in variants)
    print(f"name-variants.tsv: {counts['person']} person rows, {counts['surname']} surname rows; "
          f"{len(dropped_classes)} surname classes dropped for joining two people", file=sys.stderr)
    for reason, examples in sorted(dropped.items(), key=lambda kv: -len(kv[1])):
        print(f"dropped {len(examples):6d}  {reason}: e.g. {', '.join(map(str, examples[:3]))}", file=sys.stderr)


if __name__ == "__main__":
    main()
