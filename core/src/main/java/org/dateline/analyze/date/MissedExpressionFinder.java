package org.dateline.analyze.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimexType;

/**
 * Adds expressions SUTime does not see, among tokens no mention covers: year ranges it leaves
 * alone ("the expedition of 1957-58"), "mid-December" / "mid-2012" (the tokenizer keeps the
 * hyphenated word whole, SUTime's patterns expect "mid December"), and decades written without
 * the century ("the 90s").
 */
final class MissedExpressionFinder {
    private static final Pattern DECADE = Pattern.compile("'?(\\d\\d)?(\\d)0s");

    List<Mention> apply(DocContext doc, List<Mention> in) {
        boolean[] covered = new boolean[doc.tokens().size()];
        for (Mention m : in) {
            for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
                covered[t] = true;
            }
        }
        List<Mention> out = new ArrayList<>(in);
        for (int i = 0; i < covered.length; i++) {
            if (covered[i]) {
                continue;
            }
            List<Mention> found = yearRange(doc, covered, i);
            if (found == null) {
                Mention m = mid(doc, i);
                if (m == null) {
                    m = decade(doc, i);
                }
                found = m == null ? List.of() : List.of(m);
            }
            for (Mention m : found) {
                out.add(m);
                i = Math.max(i, m.tokenEnd() - 1);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** "1957-58" as one token or as three. */
    private static List<Mention> yearRange(DocContext doc, boolean[] covered, int i) {
        for (int len : new int[] {1, 3}) {
            int end = i + len;
            if (end > covered.length || !doc.sameSentence(i, end - 1)) {
                continue;
            }
            boolean free = true;
            for (int t = i; t < end; t++) {
                free &= !covered[t];
            }
            if (!free) {
                continue;
            }
            Mention probe = new Mention(doc.token(i).start(), doc.token(end - 1).end(), i, end, TimexType.DATE, null);
            List<Mention> parts = SpanSplitter.yearRange(doc, probe);
            if (parts != null) {
                return parts;
            }
        }
        return null;
    }

    private static Mention mid(DocContext doc, int i) {
        String w = doc.word(i);
        if (!w.startsWith("mid-")) {
            return null;
        }
        String rest = w.substring(4);
        Integer month = Vocabulary.MONTHS.get(rest);
        String value = month != null && rest.length() > 3 ? String.format("XXXX-%02d", month)
            : Vocabulary.YEAR.matcher(rest).matches() ? rest : null;
        return value == null ? null : new Mention(doc.token(i).start(), doc.token(i).end(), i, i + 1, TimexType.DATE, value);
    }

    private static Mention decade(DocContext doc, int i) {
        Matcher m = DECADE.matcher(doc.word(i));
        // Only after "the": "his 90s" is an age, and a bare "90s" may be a temperature.
        if (!m.matches() || !doc.word(i - 1).equals("the")) {
            return null;
        }
        String century = m.group(1);
        if (century == null) {
            // "the 90s" is the 1990s; "the 20s" the 1920s unless the anchor has reached the 2020s.
            int decade = Integer.parseInt(m.group(2));
            boolean thisCentury = doc.anchor() != null && 2000 + decade * 10 <= doc.anchor().getYear();
            century = thisCentury ? "20" : "19";
        } else if (!century.equals("19") && !century.equals("20") && !century.equals("18")) {
            return null;
        }
        return new Mention(doc.token(i).start(), doc.token(i).end(), i, i + 1, TimexType.DATE, century + m.group(2));
    }
}
