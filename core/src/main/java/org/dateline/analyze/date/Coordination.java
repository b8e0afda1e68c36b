package org.dateline.analyze.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimexType;

/**
 * Days coordinated under one month: "December 3 and 7, 2022", "3, 7 and 9 May", "between March 2
 * and 5", "June 1-3". SUTime tags only the day next to the month name; each bare day is a date of
 * its own (a range's ends are two dates, as TimeML tags "2009-2010"), with the month, and the year
 * written once for all, shared. So the span of "7" is just "7", its value 2022-12-07; a year
 * written after the last day belongs to every day and is no separate expression. Runs after
 * resolution: the conjuncts take the head's resolved year, so a list never straddles two years.
 */
final class Coordination {
    private static final Set<String> SEPARATORS = Set.of(",", "and", "or", "&", "-", "\u2013", "to", "through", "until");
    private static final Pattern FULL = Pattern.compile("(\\d{4}|XXXX)-(\\d\\d)-(\\d\\d)(.*)");
    private static final Pattern MONTH_ONLY = Pattern.compile("(\\d{4}|XXXX)-(\\d\\d)");
    private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})([-\u2013])(\\d{1,2})");

    List<Mention> apply(DocContext doc, List<Mention> in) {
        List<Mention> out = new ArrayList<>(in);
        for (Mention head : in) {
            if (!head.isDate() || head.value() == null) {
                continue;
            }
            if (MONTH_ONLY.matcher(head.value()).matches()) {
                if (dayRange(doc, head, out)) {
                    continue;
                }
                Mention extended = extendToDay(doc, head, out);
                if (extended == null) {
                    continue;
                }
                out.set(out.indexOf(head), extended);
                head = extended;
            }
            Matcher full = FULL.matcher(head.value());
            if (full.matches()) {
                if (Vocabulary.day(doc.word(head.tokenEnd() - 1)) != null) {
                    following(doc, head, full, out);
                } else if (Vocabulary.day(doc.word(head.tokenStart())) != null) {
                    preceding(doc, head, full, out);
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * SUTime tags only the month of "June 1 - 3" or "12-14 February" when the days form a range;
     * the month's mention takes in the day next to it, and the rest is coordination.
     */
    private static Mention extendToDay(DocContext doc, Mention head, List<Mention> out) {
        int after = head.tokenEnd();
        if (Vocabulary.MONTHS.containsKey(doc.word(after - 1)) && isBareDay(doc, after, out)
                && separatorAfter(doc, after + 1) > 0 && isBareDay(doc, after + 1 + separatorAfter(doc, after + 1), out)) {
            return new Mention(head.start(), doc.token(after).end(), head.tokenStart(), after + 1, TimexType.DATE,
                String.format("%s-%02d", head.value(), Vocabulary.day(doc.word(after))));
        }
        int before = head.tokenStart() - 1;
        if (Vocabulary.MONTHS.containsKey(doc.word(before + 1)) && isBareDay(doc, before, out)
                && separatorBefore(doc, before) > 0 && isBareDay(doc, before - separatorBefore(doc, before) - 1, out)) {
            return new Mention(doc.token(before).start(), head.end(), before, head.tokenEnd(), TimexType.DATE,
                String.format("%s-%02d", head.value(), Vocabulary.day(doc.word(before))));
        }
        return null;
    }

    /** "December 3 and 7, 2022", "March 2 and 5". */
    private static void following(DocContext doc, Mention head, Matcher full, List<Mention> out) {
        List<Integer> days = new ArrayList<>();
        int t = head.tokenEnd();
        for (int sep = separatorAfter(doc, t); sep > 0 && isBareDay(doc, t + sep, out) && !leadsToMonth(doc, t + sep);
                sep = separatorAfter(doc, t)) {
            days.add(t + sep);
            t += sep + 1;
        }
        if (days.isEmpty() || !doc.sameSentence(head.tokenStart(), t - 1)) {
            return;
        }
        String year = full.group(1);
        int yearToken = doc.word(t).equals(",") ? t + 1 : t;
        if (Vocabulary.YEAR.matcher(doc.word(yearToken)).matches()) {
            year = doc.word(yearToken);
            int y = yearToken;
            out.removeIf(m -> m.tokenStart() == y && m.tokenEnd() == y + 1);
            out.set(out.indexOf(head), head.withValue(year + head.value().substring(4)));
        }
        for (int d : days) {
            out.add(conjunct(doc, d, year, full.group(2), full.group(4)));
        }
    }

    /** "3, 7 and 9 May". */
    private static void preceding(DocContext doc, Mention head, Matcher full, List<Mention> out) {
        List<Integer> days = new ArrayList<>();
        int t = head.tokenStart(); // the first token of what is collected so far
        for (int sep = separatorBefore(doc, t); sep > 0 && isBareDay(doc, t - sep - 1, out); sep = separatorBefore(doc, t)) {
            t -= sep + 1;
            days.add(t);
        }
        if (days.isEmpty() || !doc.sameSentence(days.get(days.size() - 1), head.tokenStart())) {
            return;
        }
        for (int d : days) {
            out.add(conjunct(doc, d, full.group(1), full.group(2), full.group(4)));
        }
    }

    /** "June 1-3": SUTime tags "June" and leaves the range token; both ends become days. */
    private static boolean dayRange(DocContext doc, Mention head, List<Mention> out) {
        int t = head.tokenEnd();
        String word = doc.word(t);
        Matcher r = DAY_RANGE.matcher(word);
        if (!Vocabulary.MONTHS.containsKey(doc.word(head.tokenEnd() - 1)) || !r.matches() || covered(out, t)) {
            return false;
        }
        int first = Integer.parseInt(r.group(1));
        int last = Integer.parseInt(r.group(3));
        if (first < 1 || last > 31 || first >= last) {
            return false;
        }
        int tokenStart = doc.token(t).start();
        String prefix = head.value();
        out.set(out.indexOf(head), new Mention(head.start(), tokenStart + r.end(1), head.tokenStart(), t + 1, TimexType.DATE,
            String.format("%s-%02d", prefix, first)));
        out.add(new Mention(tokenStart + r.start(3), tokenStart + r.end(3), t, t + 1, TimexType.DATE,
            String.format("%s-%02d", prefix, last)));
        return true;
    }

    /** Whether the days from token t on are followed by a month of their own ("and 4-6 May"). */
    private static boolean leadsToMonth(DocContext doc, int t) {
        // Only a range dash or "to" binds a day to the next one; "and" or a comma ends the group.
        int q = t + 1;
        while (Set.of("-", "\u2013", "to", "through").contains(doc.word(q)) || Vocabulary.day(doc.word(q)) != null) {
            q++;
        }
        return Vocabulary.MONTHS.containsKey(doc.word(q)) && doc.token(q).isCapitalised();
    }

    /** The length of the separator (", and" is two tokens) starting at token t, or 0. */
    private static int separatorAfter(DocContext doc, int t) {
        if (doc.word(t).equals(",") && Set.of("and", "or").contains(doc.word(t + 1))) {
            return 2;
        }
        return SEPARATORS.contains(doc.word(t)) ? 1 : 0;
    }

    /** The length of the separator ending just before token t, or 0. */
    private static int separatorBefore(DocContext doc, int t) {
        if (Set.of("and", "or").contains(doc.word(t - 1)) && doc.word(t - 2).equals(",")) {
            return 2;
        }
        return SEPARATORS.contains(doc.word(t - 1)) ? 1 : 0;
    }

    private static Mention conjunct(DocContext doc, int t, String year, String month, String rest) {
        int day = Vocabulary.day(doc.word(t));
        return new Mention(doc.token(t).start(), doc.token(t).end(), t, t + 1, TimexType.DATE,
            String.format("%s-%s-%02d%s", year, month, day, rest));
    }

    /** A day number no mention covers and that counts no noun ("7 people" is not a date). */
    private static boolean isBareDay(DocContext doc, int t, List<Mention> out) {
        if (t < 0 || t >= doc.tokens().size() || Vocabulary.day(doc.word(t)) == null || covered(out, t)) {
            return false;
        }
        String next = t + 1 < doc.tokens().size() ? doc.token(t + 1).pos() : ".";
        return !next.startsWith("NN") && !next.startsWith("JJ") && !next.equals("CD") || Vocabulary.isYear(doc.word(t + 1))
            || Vocabulary.MONTHS.containsKey(doc.word(t + 1));
    }

    private static boolean covered(List<Mention> out, int t) {
        return out.stream().anyMatch(m -> m.tokenStart() <= t && t < m.tokenEnd());
    }
}
