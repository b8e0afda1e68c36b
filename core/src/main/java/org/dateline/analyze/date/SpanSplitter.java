package org.dateline.analyze.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimexType;

/**
 * Cuts SUTime spans where TimeML sees several expressions:
 * <ul>
 * <li>a year range "2009-2010" is two dates, not one duration (and "1957-58" two years);</li>
 * <li>"a month earlier", "two days later": TimeML tags only the duration, the adverb is a
 *     signal; a list glued to it by a comma ("early December, a month earlier") is cut off;</li>
 * <li>"eight years from now" is a duration and "now".</li>
 * <li>"the day before the son reported him missing": the day is anchored to an event, not to the
 *     published date, so "before" is a signal left outside and the value stays unknown
 *     (XXXX-XX-XX) until {@link EventAnchoredDates} gives it the narrative's year. "The day
 *     before" with nothing after it (or "the day before yesterday") is an anaphoric date and
 *     stays whole.</li>
 * </ul>
 * "ago" stays inside: TimeML includes it ("four years ago" is a date).
 */
final class SpanSplitter {
    static final Pattern YEAR_RANGE = Pattern.compile("((?:1[0-9]|20)\\d\\d)\\s*[-\u2013/]\\s*(\\d\\d|(?:1[0-9]|20)\\d\\d)");
    private static final Set<String> SIGNALS = Set.of("earlier", "later", "before", "after", "afterwards");
    private static final Set<String> DEICTIC_DAYS = Set.of("yesterday", "tomorrow");

    List<Mention> apply(DocContext doc, List<Mention> in) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : in) {
            List<Mention> parts = yearRange(doc, m);
            Mention anchored = parts == null ? eventAnchored(doc, m) : null;
            if (anchored != null) {
                parts = List.of(anchored);
            }
            if (parts == null) {
                parts = relativeOffset(doc, m);
            }
            out.addAll(parts == null ? List.of(m) : parts);
        }
        return out;
    }

    /** Two year mentions for a year range, or null. Shared with the finder for missed ranges. */
    static List<Mention> yearRange(DocContext doc, Mention m) {
        Matcher r = YEAR_RANGE.matcher(doc.textOf(m));
        if (!r.matches()) {
            return null;
        }
        int first = Integer.parseInt(r.group(1));
        int second = Integer.parseInt(r.group(2));
        if (r.group(2).length() == 2) {
            second = first / 100 * 100 + second;
        }
        if (second <= first) {
            return null;
        }
        // Digits and dashes are one code point each, so offsets inside the match add directly.
        return List.of(piece(doc, m, r.start(1), r.end(1), first), piece(doc, m, r.start(2), r.end(2), second));
    }

    /** A year mention for [from, to) inside m; pieces of one token share that token's index. */
    private static Mention piece(DocContext doc, Mention m, int from, int to, int year) {
        int s = m.start() + from;
        int e = m.start() + to;
        int tokenStart = m.tokenStart();
        int tokenEnd = m.tokenEnd();
        for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
            if (doc.token(t).end() <= s) {
                tokenStart = t + 1;
            }
            if (doc.token(t).start() >= e && tokenEnd == m.tokenEnd()) {
                tokenEnd = t;
            }
        }
        return new Mention(s, e, tokenStart, Math.max(tokenEnd, tokenStart + 1), TimexType.DATE, String.valueOf(year));
    }

    private static List<Mention> relativeOffset(DocContext doc, Mention m) {
        List<String> w = doc.words(m);
        int n = w.size();
        boolean fromNow = n >= 3 && w.get(n - 1).equals("now") && w.get(n - 2).equals("from");
        boolean signal = n >= 2 && SIGNALS.contains(w.get(n - 1));
        if (!fromNow && !signal) {
            return null;
        }
        int unitEnd = n - (fromNow ? 2 : 1);
        if (unitEnd == 0 || Vocabulary.unit(w.get(unitEnd - 1)) == null) {
            return null;
        }
        int q = Durations.quantityStart(w, unitEnd - 1);
        if (q == unitEnd - 1) {
            return null; // "the day before" is an anaphoric date, not a measured offset
        }
        String value = Durations.value(w.subList(q, unitEnd));
        List<Mention> out = new ArrayList<>();
        int comma = w.subList(0, q).lastIndexOf(",");
        if (comma > 0) {
            out.add(sub(doc, m, 0, comma, m.type(), m.value()));
        }
        out.add(sub(doc, m, q, unitEnd, TimexType.DURATION, value));
        if (fromNow) {
            out.add(sub(doc, m, n - 1, n, TimexType.DATE, "PRESENT_REF"));
        }
        return out;
    }

    /**
     * "the day" of "the day before/after EVENT", whether SUTime took the signal in or not, or null
     * when no event follows the signal.
     */
    static Mention eventAnchored(DocContext doc, Mention m) {
        List<String> w = doc.words(m);
        if (w.size() < 2 || w.size() > 3 || !w.get(0).equals("the") || !Vocabulary.UNKNOWN_PERIOD.containsKey(w.get(1))) {
            return null;
        }
        int signal = m.tokenStart() + 2;
        int next = signal + 1;
        // two or three words: the word after "the day" is the signal either way
        boolean eventFollows = (doc.word(signal).equals("before") || doc.word(signal).equals("after"))
            && next < doc.tokens().size() && doc.sameSentence(m.tokenStart(), next)
            && Character.isLetter(doc.token(next).word().codePointAt(0)) && !DEICTIC_DAYS.contains(doc.word(next));
        return eventFollows ? sub(doc, m, 0, 2, TimexType.DATE, Vocabulary.UNKNOWN_PERIOD.get(w.get(1))) : null;
    }

    private static Mention sub(DocContext doc, Mention m, int from, int to, TimexType type, String value) {
        int a = m.tokenStart() + from;
        int b = m.tokenStart() + to;
        return new Mention(doc.token(a).start(), doc.token(b - 1).end(), a, b, type, value);
    }
}
