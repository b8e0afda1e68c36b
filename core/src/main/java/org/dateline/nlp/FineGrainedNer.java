package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.nlp.KbpGazetteer.Match;

/**
 * CoreNLP's fine-grained NER step, done with {@link KbpGazetteer}: the same rows, the same
 * tokenization and the same rules for when a row may relabel what the classifiers found, so that
 * the labels come out as CoreNLP's {@code ner.applyFineGrained} would give them, at a fraction of
 * the cost. It runs after CoreNLP's {@code ner} with fine-grained labelling turned off.
 */
final class FineGrainedNer {
    /** The labels any row may overwrite (TokensRegexNER's background symbols). */
    private static final Set<String> BACKGROUND = Set.of("O", "MISC");
    /** Types whose rows overwrite only the types the row names, never the background. */
    private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");
    /** The valid-POS rule of the caseless file: at least one matched word is a noun or adjective. */
    private static final Pattern CASELESS_POS = Pattern.compile("(NN|JJ|ADD).*");
    /** Words after a hyphen that CoreNLP's NER tokenization keeps apart: "Chicago-based". */
    private static final Set<String> HYPHEN_EXCEPTIONS = Set.of("based", "area", "registered", "headquartered",
        "native", "born", "raised", "backed", "controlled", "owned", "resident", "trained", "educated");

    /** One word of the NER tokenization: tokens {@code [first, end)}, with the first token's tags. */
    private record Unit(int first, int end, String word, String ner, String tag) {}

    private final KbpGazetteer gazetteer;

    FineGrainedNer(KbpGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Relabels one sentence's tokens in place. */
    void annotate(List<CoreLabel> tokens) {
        List<Unit> units = units(tokens);
        String[] words = units.stream().map(Unit::word).toArray(String[]::new);
        for (Match m : nonOverlapping(gazetteer.find(words))) {
            if (nounOrAdjectiveWhereNeeded(units, m) && mayOverwrite(units, m)) {
                for (int i = units.get(m.start()).first(); i < units.get(m.end() - 1).end(); i++) {
                    tokens.get(i).setNER(m.label().type());
                }
            }
        }
    }

    /**
     * CoreNLP's NER sees hyphenated words whole ("fall-out", "Asia-Pacific"), though the tokenizer
     * splits them; its gazetteer rows are written for the whole words.
     */
    private static List<Unit> units(List<CoreLabel> tokens) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
            boolean lastTouches = last != null && "".equals(tokens.get(last.end() - 1).after());
            boolean join = lastTouches && (t.word().equals("-")
                ? i + 1 < tokens.size() && !HYPHEN_EXCEPTIONS.contains(tokens.get(i + 1).word())
                : last.word().endsWith("-") && !HYPHEN_EXCEPTIONS.contains(t.word()));
            if (join) {
                units.set(units.size() - 1, new Unit(last.first(), i + 1, last.word() + t.word(), last.ner(), last.tag()));
            } else {
                units.add(new Unit(i, i + 1, t.word(), t.ner(), t.tag()));
            }
        }
        return units;
    }

    /** CoreNLP's choice among overlapping matches: higher priority, then longer, then file order, then earlier. */
    private static List<Match> nonOverlapping(List<Match> matches) {
        matches.sort(Comparator.comparingDouble((Match m) -> -m.label().priority())
            .thenComparingInt(m -> -(m.end() - m.start()))
            .thenComparingInt(Match::order)
            .thenComparingInt(Match::start));
        List<Match> chosen = new ArrayList<>();
        for (Match m : matches) {
            if (chosen.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())) {
                chosen.add(m);
            }
        }
        return chosen;
    }

    private static boolean nounOrAdjectiveWhereNeeded(List<Unit> units, Match m) {
        if (!m.label().needsNounOrAdjective()) {
            return true;
        }
        for (int i = m.start(); i < m.end(); i++) {
            String pos = units.get(i).tag();
            if (pos != null && CASELESS_POS.matcher(pos).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * TokensRegexNER's rule: never cut across an entity the classifiers found; a run of one label
     * is replaced when the row names that label or, except for CITY rows, when it is a background
     * or fine-grained label; a run of mixed labels is replaced; so is a run of LOCATION.
     */
    private boolean mayOverwrite(List<Unit> units, Match m) {
        if (units.subList(m.start(), m.end()).stream().allMatch(u -> "LOCATION".equals(u.ner()))) {
            return true;
        }
        String startNer = units.get(m.start()).ner();
        String endNer = units.get(m.end() - 1).ner();
        if (startNer != null && !overwritable(startNer) && m.start() > 0
            && startNer.equals(units.get(m.start() - 1).ner())) {
            return false;
        }
        if (endNer != null && !overwritable(endNer) && m.end() < units.size()
            && endNer.equals(units.get(m.end()).ner())) {
            return false;
        }
        if (startNer == null || units.subList(m.start(), m.end()).stream().anyMatch(u -> !startNer.equals(u.ner()))) {
            return true;
        }
        if (m.label().overwritable().contains(startNer)) {
            return true;
        }
        return !NO_DEFAULT_OVERWRITE.contains(m.label().type()) && overwritable(startNer);
    }

    private boolean overwritable(String ner) {
        return BACKGROUND.contains(ner) || gazetteer.types().contains(ner);
    }
}
