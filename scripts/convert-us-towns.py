#!/usr/bin/env python3
"""Converts the US towns of the npm package zipcodes 8.0.0 into Dateline's own data file.

  npm pack zipcodes@8.0.0 && tar xzf zipcodes-8.0.0.tgz
  scripts/convert-us-towns.py package/lib/codes.js > core/src/main/resources/org/dateline/analyze/data/us-towns.tsv

zipcodes (BSD licence, Copyright (c) 2007 Dav Glass; see THIRD-PARTY.md) holds every US ZIP code
with the town the Postal Service files it under, taken from federalgovernmentzipcodes.us. Only the
towns and their states are kept (one row per town and state, not per code): a town's name is what
a report's place is checked against (org.dateline.story.KnownTowns). Rows outside the fifty
states and the District of Columbia (military and territory codes) are left out, as are the
package's Canadian codes (a separate file of it).
"""
import json
import re
import sys

STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
             "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split())


def main():
    source = open(sys.argv[1], encoding="utf-8").read()
    # lib/codes.js assigns exports.codes first, then indexes of it (exports.stateMap, ...)
    start = re.search(r"exports\.codes\s*=\s*", source).end()
    codes, _ = json.JSONDecoder().raw_decode(source, start)
    towns, dropped = set(), 0
    for row in codes.values():
        if row.get("country") != "US" or row.get("state") not in STATES or not row.get("city"):
            dropped += 1
            continue
        towns.add((row["state"], row["city"].strip()))
    out = sys.stdout
    out.write("# Towns of the United States by state, one row per town the Postal Service files a ZIP code under\n"
              "# (read by org.dateline.analyze.data.UsTowns by column name). Converted by scripts/convert-us-towns.py\n"
              "# from the npm package zipcodes 8.0.0 (lib/codes.js; BSD licence, Copyright (c) 2007 Dav Glass;\n"
              "# data from federalgovernmentzipcodes.us; see THIRD-PARTY.md). Do not edit by hand: re-run the\n"
              "# converter. Names as the package writes them (\"Saint Louis\", \"Mc Kees Rocks\"); UsTowns folds\n"
              "# abbreviations, spaces, hyphens and apostrophes when it compares.\n")
    out.write("name\tstate\n")
    for state, name in sorted(towns):
        out.write(f"{name}\t{state}\n")
    print(f"convert-us-towns: {len(towns)} towns written, {dropped} codes outside the states left out",
          file=sys.stderr)


if __name__ == "__main__":
    main()
