package org.dateline.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises author bio paragraphs. A news story can itself say "X is a reporter at Y" (about a
 * detained journalist, say), so a bio must either open with a byline author's name, or sit in the
 * page's trailer and carry the marks of a bio: a handle, an "About the author" label, or a job in
 * journalism after a separator.
 */
final class BioParser {
    /** Where a paragraph sits, which decides how much evidence a bio needs. */
    enum Position { BODY, TRAILER, AFTER_SEPARATOR }

    private static final int MAX_LENGTH = 600;
    private static final String NAME_WORD = "[\\p{L}\\p{N}_&'’\\-]";
    private static final String JOB =
        "(?:journalist|reporter|correspondent|editor|writer|columnist|contributor|author|producer|analyst|"
            + "blogger|photographer|photojournalist|presenter)s?";
    private static final Pattern OPENING = Pattern.compile(
        "^(?:About the (?:author|writer)\\s*[:\\-\u2013\u2014]?\\s*)?(.{3,60}?)\\s+"
            + "(?:is|was|has|writes|covers|reports|joined|previously)\\b");
    private static final Pattern ABOUT = Pattern.compile("^About the (?:author|writer)", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOB_WORD = Pattern.compile("\\b" + JOB + "\\b|\\bfreelance\\b", Pattern.CASE_INSENSITIVE);
    private static final String OUTLET_NAME = "\\p{Lu}" + NAME_WORD + "*(?:\\s+\\p{Lu}" + NAME_WORD + "*){0,4}";
    /** "is AzerNews’ staff journalist", "is the Daily Planet's chief correspondent". */
    private static final Pattern POSSESSIVE = Pattern.compile(
        "\\bis\\s+(?:an?\\s+|the\\s+)?(" + OUTLET_NAME + ")['’]s?\\s+(?:[\\p{L}-]+\\s+){0,3}?" + JOB + "\\b");
    /** "is a reporter at the Daily Planet", "writes for Global Voices". */
    private static final Pattern PREPOSITION = Pattern.compile(
        "\\b(?:" + JOB + "|writes)\\s+(?:at|for|with)\\s+(?:the\\s+)?(" + OUTLET_NAME + ")");

    private BioParser() {}

    static Optional<Bio> parse(String paragraph, List<String> authors, Position position) {
        String p = paragraph.strip();
        if (p.length() > MAX_LENGTH || p.contains("\n")) {
            return Optional.empty();
        }
        Matcher opening = OPENING.matcher(p);
        if (!opening.find() || !Names.isPersonName(opening.group(1))) {
            return Optional.empty();
        }
        String name = opening.group(1);
        Optional<String> handle = Handles.first(p);
        boolean job = JOB_WORD.matcher(p).find();
        boolean known = authors.stream().anyMatch(a -> Names.same(a, name));
        boolean accepted = known ? job || handle.isPresent()
            : switch (position) {
                case BODY -> false;
                case TRAILER -> handle.isPresent() || ABOUT.matcher(p).find();
                case AFTER_SEPARATOR -> job || handle.isPresent();
            };
        if (!accepted) {
            return Optional.empty();
        }
        return Optional.of(new Bio(Names.normalise(name), handle.orElse(null), p, outlet(p)));
    }

    /** The outlet a bio names as the author's employer, spelt as the bio spells it. */
    static String outlet(String bio) {
        Matcher m = POSSESSIVE.matcher(bio);
        if (m.find()) {
            return m.group(1);
        }
        Matcher prep = PREPOSITION.matcher(bio);
        return prep.find() ? prep.group(1).replaceFirst("[.,]$", "") : null;
    }
}
