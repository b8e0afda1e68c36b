package org.dateline.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.model.TextIndex;

/** The words of one statement's content, each with its span in the record's text. */
final class ContentWords {
    /** A word, hyphens and apostrophes inside it kept: "eco-activists", "didn't", "Azerbaijan's". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*");
    /** Punctuation that ends a clause for a negator's or a denying word's reach ("not blocked, and ..."). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?()\u2013\u2014]");

    /**
     * @param key the word's {@link ClaimWords#key}, or null when it ties nothing (a stop word, a
     *     negator, a word of a proper name)
     * @param clauseBreak whether punctuation stands between this word and the one before it
     * @param framed whether the word is inside one of the statement's scare-quoted framing spans
     * @param named whether the word is inside the mention of a named entity ("peacekeeping" in
     *     "the Russian peacekeeping contingent") or is capitalised but does not begin the content
     *     ("Armenians", "December"): it keeps its key, but such words alone tie no statements
     */
    record Word(String lower, String key, Span span, boolean clauseBreak, boolean framed, boolean named) {
        /** Whether the word's key is one of {@code keys}. */
        boolean in(java.util.Set<String> keys) {
            return key != null && keys.contains(key);
        }
    }

    private ContentWords() {}

    static List<Word> of(ArticleRecord record, TextIndex index, Statement statement, ClaimWords words) {
        Span content = statement.content();
        if (content == null) {
            return List.of();
        }
        String text = record.text();
        int from = index.toChar(content.start());
        int to = index.toChar(content.end());
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        int previousEnd = from;
        while (m.find()) {
            Span span = index.spanOfChars(m.start(), m.end());
            String lower = m.group().toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(m.group().codePointAt(0));
            boolean inName = inName(record, span);
            String key = inName && capital ? null : words.key(lower);
            boolean named = inName || (capital && !out.isEmpty());
            boolean clauseBreak = !out.isEmpty() && CLAUSE_BREAK.matcher(text.substring(previousEnd, m.start())).find();
            boolean framed = statement.framing().stream().anyMatch(f -> f.contains(span));
            out.add(new Word(lower, key, span, clauseBreak, framed, named));
            previousEnd = m.end();
        }
        return List.copyOf(out);
    }

    /**
     * Whether the word is inside a mention of a named person, organisation, country or place: names
     * tell what a story is about, not what its statements claim, so their capitalised words have
     * no key at all ("the Lachin road" keeps "road").
     * Groups ("Armenian armed groups") are described, not named, so their words stay.
     */
    private static boolean inName(ArticleRecord record, Span word) {
        for (Entity e : record.entities()) {
            if (e.type() == EntityType.GROUP) {
                continue;
            }
            for (Span mention : e.mentions()) {
                if (mention.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
