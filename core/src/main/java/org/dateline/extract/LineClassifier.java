package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a page's lines in order and sorts each into body text or furniture, recording what the
 * furniture says in {@link PageFacts}. It keeps the little state the templates need: whether the
 * body has started (a job line under a byline is only furniture in the header), whether a bare
 * "Published" label waits for its value on the next line, and whether a separator was passed.
 */
final class LineClassifier {
    private static final Pattern PART_BREAK = Pattern.compile("\\s*[|\u2022\u00b7]\\s*");
    /** WordPress-style "Posted on March 5, 2024 by Jane Doe". */
    private static final Pattern STAMP_BY = Pattern.compile("^(.+?)\\s+by\\s+(.+)$");
    private static final int MAX_AFFILIATION_WORDS = 8;

    private final PageFacts facts;
    private boolean bodyStarted;
    private boolean afterSeparator;
    private Stamp.Kind pendingLabel;
    private boolean previousWasByline;

    LineClassifier(PageFacts facts) {
        this.facts = facts;
    }

    /** Whether a line is header/footer metadata a title line would sit above. */
    static boolean isMetadata(String line) {
        String s = line.strip();
        return TimestampParser.labelOnly(s).isPresent() || TimestampParser.parseLine(s).isPresent()
            || BylineParser.parse(s).isPresent();
    }

    boolean afterSeparator() {
        return afterSeparator;
    }

    /** True when the line is body text; otherwise its meaning has gone into the facts. */
    boolean isText(String line) {
        String s = line.strip();
        Stamp.Kind label = pendingLabel;
        pendingLabel = null;
        boolean bylineBefore = previousWasByline;
        previousWasByline = false;

        if (Furniture.isSeparator(s)) {
            afterSeparator = bodyStarted;
            return false;
        }
        Optional<Stamp.Kind> labelOnly = TimestampParser.labelOnly(s);
        if (labelOnly.isPresent()) {
            pendingLabel = labelOnly.get();
            return false;
        }
        Optional<List<Stamp>> stamps = TimestampParser.parseLine(s);
        if (stamps.isPresent()) {
            addStamps(stamps.get(), label);
            return false;
        }
        Optional<Byline> byline = BylineParser.parse(s);
        if (byline.isPresent()) {
            facts.byline(byline.get());
            previousWasByline = true;
            return false;
        }
        Optional<Byline> credits = BylineParser.credits(s);
        if (credits.isPresent()) {
            facts.byline(credits.get());
            return false;
        }
        Optional<Follow> follow = Furniture.follow(s);
        if (follow.isPresent()) {
            facts.follows.add(follow.get());
            return false;
        }
        Optional<String> url = Furniture.url(s);
        if (url.isPresent()) {
            facts.urls.add(url.get());
            return false;
        }
        if (Furniture.isBoilerplate(s)) {
            Furniture.copyrightHolder(s).ifPresent(h -> facts.outlet(PageFacts.Evidence.COPYRIGHT, h));
            return false;
        }
        if (composite(s)) {
            return false;
        }
        if (!bodyStarted && bylineBefore && affiliation(s)) {
            return false;
        }
        bodyStarted = true;
        return true;
    }

    private void addStamps(List<Stamp> stamps, Stamp.Kind label) {
        for (int i = 0; i < stamps.size(); i++) {
            Stamp st = stamps.get(i);
            // A label on its own line ("Updated") speaks for the first stamp under it.
            facts.stamps.add(i == 0 && label != null ? st.withKind(label) : st);
        }
    }

    /**
     * A line of several furniture pieces: "By Jane Doe | 12 Jan 2024 | 3 min read". Every piece
     * must be understood, and at least one must be a timestamp or byline; bare names and outlets
     * are only trusted in such company.
     */
    private boolean composite(String s) {
        List<String> parts = new ArrayList<>(List.of(PART_BREAK.split(s)));
        if (parts.size() < 2) {
            Matcher stampBy = STAMP_BY.matcher(s);
            if (!stampBy.matches() || TimestampParser.parseLine(stampBy.group(1)).isEmpty()) {
                return false;
            }
            parts = List.of(stampBy.group(1), "By " + stampBy.group(2));
        }
        List<Stamp> stamps = new ArrayList<>();
        List<Byline> bylines = new ArrayList<>();
        boolean anchored = false;
        for (String part : parts) {
            Optional<List<Stamp>> st = TimestampParser.parseLine(part);
            Optional<Byline> by = BylineParser.parse(part);
            if (st.isPresent()) {
                stamps.addAll(st.get());
                anchored = true;
            } else if (by.isPresent()) {
                bylines.add(by.get());
                anchored = true;
            } else if (Furniture.isBoilerplate(part) || part.isBlank()) {
                continue;
            } else if (Names.splitList(part).stream().allMatch(Names::isPersonName)) {
                bylines.add(new Byline(Names.splitList(part).stream().map(Names::normalise).toList(), null, List.of()));
            } else if (Outlets.isNameShaped(part) && (Outlets.isAgency(part) || Outlets.looksLikeOutlet(part))) {
                bylines.add(new Byline(List.of(), part.strip(), List.of()));
            } else {
                return false;
            }
        }
        if (!anchored) {
            return false;
        }
        addStamps(stamps, null);
        bylines.forEach(facts::byline);
        return true;
    }

    /**
     * The line under a byline in the header: a job ("Europe correspondent", dropped) or the
     * outlet with a place ("BBC News, Kyiv", kept as outlet evidence).
     */
    private boolean affiliation(String s) {
        if (s.split("\\s+").length > MAX_AFFILIATION_WORDS || s.endsWith(".")) {
            return false;
        }
        if (Outlets.isRoleOnly(s)) {
            return true;
        }
        String head = s.split(",")[0].strip();
        if (Outlets.isNameShaped(head) && Outlets.looksLikeOutlet(head)) {
            facts.outlet(PageFacts.Evidence.BYLINE, head);
            return true;
        }
        return false;
    }
}
