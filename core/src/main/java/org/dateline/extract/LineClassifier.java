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
    private static final int MAX_NAME_LIST = 100;

    private final PageFacts facts;
    private boolean bodyStarted;
    private boolean afterSeparator;
    private Stamp.Kind pendingLabel;
    private boolean previousWasByline;
    private boolean previousWasStamp;

    LineClassifier(PageFacts facts) {
        this.facts = facts;
    }

    /** Whether a line is a timestamp or byline (alone or among other pieces), as under a headline. */
    static boolean isMetadata(String line) {
        String s = line.strip();
        if (TimestampParser.labelOnly(s).isPresent() || TimestampParser.parseLine(s).isPresent()
            || BylineParser.parse(s).isPresent()) {
            return true;
        }
        PageFacts scratch = new PageFacts();
        return new LineClassifier(scratch).composite(s) && !(scratch.stamps.isEmpty() && scratch.bylines.isEmpty());
    }

    boolean afterSeparator() {
        return afterSeparator;
    }

    /**
     * True when the line is body text; otherwise its meaning has gone into the facts.
     *
     * @param next the next non-blank line, or null: a bare list of names is a byline only when a
     *     timestamp sits right above or below it (the Guardian prints names alone)
     */
    boolean isText(String line, String next) {
        String s = line.strip();
        Stamp.Kind label = pendingLabel;
        pendingLabel = null;
        boolean bylineBefore = previousWasByline;
        boolean stampBefore = previousWasStamp;
        previousWasByline = false;
        previousWasStamp = false;

        if (Furniture.isSeparator(s)) {
            afterSeparator = bodyStarted;
            return false;
        }
        Optional<Stamp.Kind> labelOnly = TimestampParser.labelOnly(s);
        if (labelOnly.isPresent()) {
            pendingLabel = labelOnly.get();
            previousWasStamp = true;
            return false;
        }
        Optional<List<Stamp>> stamps = TimestampParser.parseLine(s);
        if (stamps.isPresent()) {
            addStamps(stamps.get(), label);
            previousWasStamp = true;
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
        // Pieces first: "Source: Xinhua| 2024-03-05 21:30:15|Editor: Liu Wei" would otherwise be
        // taken whole as a "Source:" line and its timestamp lost.
        if (composite(s) || boilerplate(s)) {
            return false;
        }
        if (!bodyStarted && bylineBefore && affiliation(s)) {
            return false;
        }
        if (isNameList(s) && (stampBefore || next != null && isStampOrLabel(next))) {
            facts.byline(new Byline(Names.splitList(s).stream().map(Names::normalise).toList(), null, List.of()));
            previousWasByline = true;
            return false;
        }
        bodyStarted = true;
        return true;
    }

    private static boolean isNameList(String s) {
        List<String> names = Names.splitList(s);
        return s.length() <= MAX_NAME_LIST && !names.isEmpty() && names.size() <= 4
            && names.stream().allMatch(n -> Names.isPersonName(n) && !Outlets.looksLikeOutlet(n));
    }

    private static boolean isStampOrLabel(String s) {
        return TimestampParser.labelOnly(s.strip()).isPresent() || TimestampParser.parseLine(s).isPresent();
    }

    /** Template lines; the few that name the outlet or an editor leave that in the facts. */
    private boolean boilerplate(String s) {
        if (!Furniture.isBoilerplate(s)) {
            return false;
        }
        Furniture.copyrightHolder(s).ifPresent(h -> facts.outlet(PageFacts.Evidence.COPYRIGHT, h));
        Furniture.sourceCredit(s).ifPresent(h -> facts.outlet(PageFacts.Evidence.CREDIT_LINE, h));
        Furniture.editor(s).ifPresent(e -> facts.notes.add("editor: " + e));
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
     * must be understood, and at least one must be a timestamp or byline (or all of them plain
     * furniture, "Advertisement · Scroll to continue"); bare names and outlets are only trusted in
     * such company.
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
            } else if (part.isBlank() || boilerplate(part)) {
                continue;
            } else if (Names.splitList(part).stream().allMatch(Names::isPersonName)) {
                bylines.add(new Byline(Names.splitList(part).stream().map(Names::normalise).toList(), null, List.of()));
            } else if (Outlets.isNameShaped(part) && (Outlets.isAgency(part) || Outlets.looksLikeOutlet(part))) {
                bylines.add(new Byline(List.of(), part.strip(), List.of()));
            } else {
                return false;
            }
        }
        if (!anchored && !parts.stream().allMatch(p -> p.isBlank() || Furniture.isBoilerplate(p))) {
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
