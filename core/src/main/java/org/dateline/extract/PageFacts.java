package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What the furniture of one page says, collected line by line before anything is decided: the
 * classifier only records, and the resolvers weigh the evidence once the whole page is read.
 */
final class PageFacts {
    /** How much a way of naming the outlet is trusted; lower wins. */
    enum Evidence { BIO, BYLINE, CREDIT_LINE, FOLLOW, COPYRIGHT, DATELINE }

    record OutletClue(Evidence evidence, String name) {}

    final List<Stamp> stamps = new ArrayList<>();
    final List<Byline> bylines = new ArrayList<>();
    final List<Follow> follows = new ArrayList<>();
    /** Addresses on lines that are only an address: most likely the page's own. */
    final List<String> urls = new ArrayList<>();
    final List<OutletClue> outlets = new ArrayList<>();
    /** Notes for {@code Article.warnings}, in the order found. */
    final List<String> notes = new ArrayList<>();

    void outlet(Evidence evidence, String name) {
        if (name != null && !name.isBlank()) {
            outlets.add(new OutletClue(evidence, name.strip()));
        }
    }

    void byline(Byline b) {
        bylines.add(b);
        notes.addAll(b.notes());
        outlet(Evidence.BYLINE, b.outlet());
    }

    /** The byline authors in page order, each name once. */
    List<String> authorNames() {
        List<String> names = new ArrayList<>();
        for (Byline b : bylines) {
            for (String a : b.authors()) {
                if (names.stream().noneMatch(n -> Names.same(n, a))) {
                    names.add(a);
                }
            }
        }
        return names;
    }
}
