package org.dateline.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Data about news organisations as they appear in bylines: the wire agencies every outlet reprints,
 * and the words outlet names are made of. It is a table, not a list of outlets the code special-cases:
 * any outlet a page names is taken as the page spells it.
 */
final class Outlets {
    /** Wire agencies as they sign datelines and bylines; compared case-insensitively. */
    private static final Set<String> AGENCIES = Set.of(
        "ap", "associated press", "the associated press", "afp", "agence france-presse",
        "agence france presse", "reuters", "thomson reuters", "dpa", "upi", "united press international",
        "ani", "pti", "press trust of india", "ians", "xinhua", "tass", "ria novosti", "interfax",
        "efe", "ansa", "kyodo", "yonhap", "anadolu", "anadolu agency", "aa", "bernama", "apa", "trend",
        "irna", "wafa", "mena", "sana", "kuna", "wam", "spa", "ukrinform", "bloomberg", "cna", "pap",
        "ctk", "mti", "belga", "anp", "tt", "ntb", "stt", "apa-ots", "lusa", "ap photo");

    /** Words that make a phrase an outlet name rather than a person ("Daily Planet News"). */
    private static final Pattern OUTLET_WORD = Pattern.compile(
        "\\b(?:News|Times|Post|Press|Herald|Journal|Tribune|Gazette|Daily|Media|Agency|TV|Radio|Network|"
            + "Magazine|Telegraph|Chronicle|Observer|Express|Mail|Review|Insider|Today|Wire|Broadcasting|"
            + "Report|Weekly|Monitor|Online|Newspaper|Standard|Sentinel|Courier|Dispatch|Bulletin|Digest|"
            + "Channel|Service|Television|Newsroom|Reporter|Globe|Independent|Guardian|Mirror|Star)\\b");
    /** Job nouns: "Staff Writer", "Europe correspondent" describe a person, never name an outlet. */
    private static final Pattern ROLE_NOUN = Pattern.compile(
        "(?:correspondents?|reporters?|editors?|writers?|staff|contributors?|journalists?|analysts?|"
            + "columnists?|producers?|photographers?|interns?|fellows?|presenters?|anchors?)",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

    private static final Set<String> CONNECTORS = Set.of("the", "of", "and", "for", "de", "al", "&", "-", "on");

    private Outlets() {}

    static boolean isAgency(String name) {
        return AGENCIES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a byline part names an organisation: an agency, "The X", "X News", "BBC". A lone
     * short acronym counts; a capitalised two-word name ("JOHN ROE") does not.
     */
    static boolean looksLikeOutlet(String part) {
        String p = part.strip();
        if (p.isEmpty() || isRoleOnly(p)) {
            return false;
        }
        return isAgency(p) || p.startsWith("The ") || OUTLET_WORD.matcher(p).find()
            || ACRONYM.matcher(p).matches();
    }

    /** Whether a phrase only describes a job ("Senior Political Correspondent"): it ends in a job noun. */
    static boolean isRoleOnly(String part) {
        String[] words = part.strip().split("\\s+");
        return words.length <= 6 && ROLE_NOUN.matcher(words[words.length - 1]).matches();
    }

    /** "Al Jazeera Staff" is the outlet signing as itself: the outlet without the role. */
    static String withoutTrailingStaff(String part) {
        return part.replaceFirst("\\s+(?:Staff|staff|Staff Writers?|Newsroom|Desk|Web Desk|News Desk)$", "").strip();
    }

    static boolean signsAsStaff(String part) {
        return !withoutTrailingStaff(part).equals(part.strip());
    }

    /**
     * Whether a phrase is written like a proper name: every word capitalised except small
     * connectors. Keeps "the end of the year" (a sentence opening "By the end of the year") out.
     */
    static boolean isNameShaped(String part) {
        String[] words = part.strip().split("\\s+");
        if (words.length == 0 || words.length > 6) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean connector = CONNECTORS.contains(w.toLowerCase(Locale.ROOT));
            if (!(Character.isUpperCase(w.codePointAt(0)) || connector && (i > 0 || w.equalsIgnoreCase("the")))) {
                return false;
            }
        }
        return !CONNECTORS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }
}
