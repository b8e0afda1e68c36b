#!/usr/bin/env python3
"""Writes the HTML 4.01 character entities as XML entity declarations, for feeds that name a DTD.

A feed with a doctype (RSS 0.91 names Netscape's DTD) may use &eacute; or &nbsp;, which that DTD
declares. Dateline never fetches a DTD: FeedDocuments gives the XML parser this file instead of any
external DTD, so such feeds read with their accented letters and nothing leaves the machine.

The 248 names (252 less the four XML predefines) and code points are HTML 4.01's three entity sets (HTMLlat1, HTMLsymbol,
HTMLspecial; W3C), as Python's standard library carries them (html.entities.name2codepoint).
Run once; the output is committed:

    scripts/make-html-entities.py > core/src/main/resources/org/dateline/ingest/html-entities.dtd
"""
from html.entities import name2codepoint

print("<!-- HTML 4.01 character entities (W3C: HTMLlat1, HTMLsymbol, HTMLspecial), written by")
print("     scripts/make-html-entities.py from Python's html.entities.name2codepoint. -->")
# XML predefines these five; declaring lt or amp as a plain character reference would even break it.
PREDEFINED = {"quot", "amp", "lt", "gt", "apos"}

for name in sorted(name2codepoint, key=lambda n: (name2codepoint[n], n)):
    if name in PREDEFINED:
        continue
    print('<!ENTITY %s "&#%d;">' % (name, name2codepoint[name]))
