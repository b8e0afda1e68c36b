package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads byline lines: "By Jane Doe, Reuters", "Written by ...", "Jane Doe | Reuters",
 * "Sabina Mammadli Read more", and the wire trailer "Reporting by ...; Editing by ...".
 * A line is a byline only when all of it is accounted for as names, an outlet or a job title,
 * so a sentence that happens to open with "By" stays in the body.
 */
final class BylineParser {
    private static final int MAX_LENGTH = 140;
    private static final Pattern BY = Pattern.compile(
        "^(?:by|written by|words by|text by|story by|reported by|author:|authors:|byline:)\\s+(.+)$",
        Pattern.CASE_INSENSITIVE);
    /** AzerNews-style template: the author's name run into the link text of their profile page. */
    private static final Pattern READ_MORE = Pattern.compile("^(.+?)\\s+read more$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PIPE = Pattern.compile("^(.+?)\\s+\\|\\s+(.+)$");
    private static final String CREDIT_ROLE =
        "(?:additional\\s+reporting|reporting\\s+and\\s+writing|reporting|writing|editing|compiled|compiling|"
            + "graphics|research|production|fact-checking)";
    private static final Pattern CREDIT = Pattern.compile("^" + CREDIT_ROLE + "\\s+by\\s+\\S.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_BREAK = Pattern.compile(
        "\\s*;\\s*|\\s*[,.]\\s+(?=" + CREDIT_ROLE + "\\s+by\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_PART = Pattern.compile("^(" + CREDIT_ROLE + ")\\s+by\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    private BylineParser() {}

    /** A byline at the head or foot of the article, or empty when the line is something else. */
    static Optional<Byline> parse(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher by = BY.matcher(s);
        if (by.matches()) {
            // "By Jane Doe | 12 Jan 2024" is several pieces; the classifier splits those.
            return by.group(1).contains("|") ? Optional.empty() : names(by.group(1));
        }
        Matcher readMore = READ_MORE.matcher(s);
        if (readMore.matches() && Names.isPersonName(readMore.group(1))) {
            return Optional.of(new Byline(List.of(Names.normalise(readMore.group(1))), null, List.of()));
        }
        Matcher pipe = PIPE.matcher(s);
        if (pipe.matches()) {
            return piped(pipe.group(1), pipe.group(2));
        }
        return Optional.empty();
    }

    /**
     * The list after "By": people, then perhaps an outlet or a job title. The first part is read as
     * a person when it can be one, since "By Mary Star" names a reporter, not a newspaper.
     */
    static Optional<Byline> names(String list) {
        List<String> authors = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String outlet = null;
        List<String> parts = Names.splitList(list.replaceFirst("[.]$", ""));
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            boolean person = Names.isPersonName(part) && !Outlets.isAgency(part);
            if (Outlets.signsAsStaff(part) && Outlets.isNameShaped(Outlets.withoutTrailingStaff(part))) {
                outlet = outlet == null ? Outlets.withoutTrailingStaff(part) : outlet;
            } else if (person && (i == 0 || !Outlets.looksLikeOutlet(part))) {
                authors.add(Names.normalise(part));
            } else if (Outlets.isRoleOnly(part)) {
                continue;
            } else if (Outlets.isNameShaped(part) && (Outlets.looksLikeOutlet(part) || Outlets.isAgency(part))) {
                outlet = outlet == null ? part.replaceFirst("^the\\s+", "") : outlet;
            } else {
                unknown.add(part);
            }
        }
        if (authors.isEmpty() && outlet == null && unknown.isEmpty()) {
            // "By Staff Reporter": a byline that names nobody, still not body text.
            return Optional.of(new Byline(List.of(), null, List.of()));
        }
        if (authors.isEmpty() && (outlet == null || !unknown.isEmpty())) {
            return Optional.empty();
        }
        List<String> notes = unknown.stream().map(u -> "byline part not understood: " + u).toList();
        return Optional.of(new Byline(authors, outlet, notes));
    }

    /** "Jane Doe | Reuters": people on the left, their outlet or job on the right. */
    private static Optional<Byline> piped(String left, String right) {
        List<String> people = Names.splitList(left);
        if (people.isEmpty() || !people.stream().allMatch(Names::isPersonName)) {
            return Optional.empty();
        }
        List<String> authors = people.stream().map(Names::normalise).toList();
        String r = right.strip();
        if (Outlets.isRoleOnly(r)) {
            return Optional.of(new Byline(authors, null, List.of()));
        }
        if (Outlets.isNameShaped(r)) {
            return Optional.of(new Byline(authors, Outlets.withoutTrailingStaff(r), List.of()));
        }
        return Optional.empty();
    }

    /**
     * The wire services' closing credit: writers and reporters are authors; editors are not, so
     * they are kept as a note rather than lost.
     */
    static Optional<Byline> credits(String line) {
        String s = line.strip().replaceFirst("^\\(", "").replaceFirst("\\)\\s*\\.?$", "").replaceFirst("\\.$", "");
        if (s.length() > 300 || !CREDIT.matcher(s).matches()) {
            return Optional.empty();
        }
        List<String> authors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String part : CREDIT_BREAK.split(s)) {
            Matcher m = CREDIT_PART.matcher(part.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            List<String> people = Names.splitList(m.group(2));
            if (!people.stream().allMatch(Names::isPersonName)) {
                return Optional.empty();
            }
            String role = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            boolean wrote = role.contains("reporting") || role.contains("writing");
            for (String p : people) {
                if (wrote) {
                    authors.add(Names.normalise(p));
                } else {
                    notes.add(role + " by: " + Names.normalise(p));
                }
            }
        }
        return Optional.of(new Byline(authors, null, notes));
    }
}
