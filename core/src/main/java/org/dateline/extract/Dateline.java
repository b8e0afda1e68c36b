package org.dateline.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire dateline that opens a first paragraph: "MOSCOW (Reuters) - ", "KYIV, Ukraine (AP) — ",
 * "BAKU, March 1 (AFP) - ", "WASHINGTON — ", "(CNN) — ", "MOSCOW, March 5. /TASS/. ",
 * "New Delhi, Mar 5 (PTI) " (known agencies need no dash), or a first paragraph that is only the
 * place in capitals ("ANKARA").
 *
 * <p>Decision: the prefix up to and including the dash is cut from the paragraph, and nothing
 * else is touched, so the sentence that follows starts the body intact. The city and agency are
 * metadata; the whole prefix is recorded as a note so no text the page gave is lost.
 *
 * @param prefix the exact text removed, dash included
 * @param place the city (and region) as printed, or null for "(CNN) —"
 * @param agency the agency in parentheses, or null
 * @param rest the paragraph without the prefix
 */
record Dateline(String prefix, String place, String agency, String rest) {
    private static final String DASH = "\\s*(?:--|[\\-\u2013\u2014])\\s+";
    private static final String MONTH_DAY =
        "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}";
    /** An upper-case place ("KYIV", "UNITED NATIONS", "ST. LOUIS"), optionally with its region. */
    private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}'’.\\- ]*\\p{Lu}\\.?(?:,\\s+\\p{Lu}[\\p{L}.'’ ]*?)?";
    /** A place in ordinary case ("Baku"), which AFP uses; only trusted with an agency after it. */
    private static final String TITLE_PLACE = "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,2}(?:,\\s+\\p{Lu}[\\p{L}.'’ ]*?)?";
    private static final String AGENCY = "\\(([^()]{2,40})\\)";

    private static final Pattern WITH_AGENCY = Pattern.compile(
        "^(?:(" + CAPS_PLACE + "|" + TITLE_PLACE + ")(?:,\\s+(" + MONTH_DAY + "))?\\s+)?" + AGENCY
            + "(" + DASH + "|\\s+)");
    private static final Pattern SLASHED_AGENCY = Pattern.compile(
        "^(" + CAPS_PLACE + ")(?:,\\s+(" + MONTH_DAY + "))?\\.?\\s+/([^/\\s][^/]{1,30})/\\.?\\s+");
    private static final Pattern PLACE_ONLY = Pattern.compile("^(" + CAPS_PLACE + ")$");
    private static final int MAX_PLACE_WORDS = 4;
    private static final Pattern CAPS_ONLY = Pattern.compile(
        "^(" + CAPS_PLACE + ")(?:,\\s+(" + MONTH_DAY + "))?\\s*(?:--|[\u2013\u2014])\\s+");

    /** The dateline of a paragraph, or empty when it does not open with one. */
    static Optional<Dateline> of(String paragraph) {
        Matcher m = WITH_AGENCY.matcher(paragraph);
        if (m.find() && Outlets.isNameShaped(m.group(3)) && startsSentence(paragraph, m.end())
            && (!m.group(4).isBlank() || Outlets.isAgency(m.group(3)))) {
            return Optional.of(new Dateline(paragraph.substring(0, m.end()), strip(m.group(1)), m.group(3).strip(),
                paragraph.substring(m.end())));
        }
        Matcher slashed = SLASHED_AGENCY.matcher(paragraph);
        if (slashed.find() && startsSentence(paragraph, slashed.end())) {
            return Optional.of(new Dateline(paragraph.substring(0, slashed.end()), slashed.group(1).strip(),
                slashed.group(3).strip(), paragraph.substring(slashed.end())));
        }
        Matcher alone = PLACE_ONLY.matcher(paragraph.strip());
        if (alone.matches() && paragraph.strip().split("\\s+").length <= MAX_PLACE_WORDS
            && alone.group(1).replaceAll("[^\\p{L}]", "").length() >= 3) {
            return Optional.of(new Dateline(paragraph, alone.group(1).strip(), null, ""));
        }
        // Without an agency only capitals plus a long dash make a dateline: "NATO - the alliance"
        // with a hyphen is too often a sentence.
        Matcher caps = CAPS_ONLY.matcher(paragraph);
        if (caps.find() && caps.group(1).replaceAll("[^\\p{L}]", "").length() >= 3
            && startsSentence(paragraph, caps.end())) {
            return Optional.of(new Dateline(paragraph.substring(0, caps.end()), strip(caps.group(1)), null,
                paragraph.substring(caps.end())));
        }
        return Optional.empty();
    }

    /** Whether the paragraph goes on after the dash with something that can open a sentence. */
    private static boolean startsSentence(String paragraph, int at) {
        if (at >= paragraph.length()) {
            return false;
        }
        int c = paragraph.codePointAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** The prefix as a note: "dateline: KYIV, Ukraine (AP)". */
    String note() {
        return "dateline: " + prefix.strip().replaceFirst("\\s*(?:--|[\\-\u2013\u2014])$", "").strip();
    }

    /** Whether the dateline was the whole paragraph ("ANKARA" on a line of its own). */
    boolean wholeParagraph() {
        return rest.isBlank();
    }
}
