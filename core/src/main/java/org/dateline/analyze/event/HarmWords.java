package org.dateline.analyze.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.nlp.Token;

/**
 * The harm words of {@code casualty-words.tsv} ("killed", "dead", "wounded", "shot", "death toll"):
 * what each says happened to the people it counts and where in the parse those people sit. Its own
 * class because every part of the casualty reading ({@link Casualties}, {@link VictimFinder},
 * {@link GroupReader}) asks whether a token is one, with the same tagger workaround.
 */
final class HarmWords {
    /** What the harm word says happened to the people it counts. */
    enum Outcome { KILLED, INJURED, HARMED }

    /** One row: its outcome and the places its victims may sit, tried in order ({@link VictimFinder#read}). */
    record HarmWord(Outcome outcome, List<String> victims) {}

    /** Read once: the casualty reading and the event stage's roles ask the same table. */
    private static final HarmWords STANDARD = load();

    private final Map<String, HarmWord> words;

    private HarmWords(Map<String, HarmWord> words) {
        this.words = words;
    }

    /** The harm word this token is, or null. */
    HarmWord of(Token t) {
        String pos = t.isVerb() ? "V" : t.pos().startsWith("JJ") ? "J" : t.isNoun() && !t.isProperNoun() ? "N" : null;
        if (pos == null) {
            return null;
        }
        HarmWord w = words.get(Phrase.lemma(t) + "/" + pos);
        // CoreNLP tags "wounded"/"injured" as adjectives or participles and lemmatises either way
        return w != null || !pos.equals("J") ? w : words.get(t.word().toLowerCase(Locale.ROOT) + "/J");
    }

    static HarmWords standard() {
        return STANDARD;
    }

    private static HarmWords load() {
        Map<String, HarmWord> words = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource(HarmWords.class, "casualty-words.tsv", "lemma", "pos", "outcome", "victims").rows()) {
            Outcome outcome = r.value("outcome", o -> Outcome.valueOf(o.toUpperCase(Locale.ROOT)));
            if (!Set.of("V", "J", "N").contains(r.get("pos"))) {
                throw new IllegalStateException("casualty-words.tsv: pos must be V, J or N: " + r);
            }
            if (words.put(r.get("lemma") + "/" + r.get("pos"), new HarmWord(outcome, r.items("victims"))) != null) {
                throw new IllegalStateException("casualty-words.tsv: repeated row " + r);
            }
        }
        return new HarmWords(Map.copyOf(words));
    }
}
