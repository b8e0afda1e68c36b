package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.analyze.data.TsvTable;

/**
 * Sentences a scraped text glued together: "in Philadelphia.It happened", "police said.Four men
 * fled" (the space after the full stop lost with a paragraph's markup; 92 of the 2,136 GVA dev
 * articles hold one). CoreNLP's tokenizer keeps "Philadelphia.It" as one token, so the two
 * sentences become one and the place "Philadelphia.Seventeen-year-old Quantico" swallows the next
 * sentence's words. Between tokenizing and sentence splitting, such a token (letters ending in a
 * lower-case one, a full stop, a capitalised word) is split into the word, the stop and the next
 * word, each with its own place in the text; after an abbreviation of
 * {@code glued-abbreviations.tsv} the stop stays with it ("Mr.Smith": "Mr." and "Smith"). Nothing
 * else is touched: "WRAL.com", "U.S.Army" and "a.m." keep their tokens.
 */
final class GluedSentences {
    private static final Pattern GLUED = Pattern.compile("(\\p{L}[\\p{L}'’]*\\p{Ll})\\.(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)");
    private static final Set<String> ABBREVIATIONS = TsvTable.resource(GluedSentences.class, "glued-abbreviations.tsv", "word")
        .rows().stream().map(r -> r.get("word")).collect(Collectors.toUnmodifiableSet());

    private GluedSentences() {}

    /** The step as CoreNLP's tokenizer runs it after tokenizing, before splitting sentences ({@code tokenize.postProcessor}). */
    public static final class Processor extends CoreLabelProcessor {
        @Override
        public List<CoreLabel> process(List<CoreLabel> tokens) {
            return split(tokens);
        }

        @Override
        public List<CoreLabel> restore(List<CoreLabel> original, List<CoreLabel> processed) {
            return processed;
        }
    }

    /** The tokens with every glued pair of sentences split; the same list when there is none. */
    static List<CoreLabel> split(List<CoreLabel> tokens) {
        List<CoreLabel> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String text = t.originalText();
            Matcher m = text == null ? null : GLUED.matcher(text);
            // only a token whose text is the text's own (no normalised quote or dash inside it)
            if (m == null || !m.matches() || t.endPosition() - t.beginPosition() != text.length()) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            int begin = t.beginPosition();
            String left = m.group(1);
            String right = m.group(2);
            if (ABBREVIATIONS.contains(left.toLowerCase(Locale.ROOT))) {
                out.add(piece(t, left + ".", begin, t.before(), ""));
            } else {
                out.add(piece(t, left, begin, t.before(), ""));
                out.add(piece(t, ".", begin + left.length(), "", ""));
            }
            out.add(piece(t, right, begin + left.length() + 1, "", t.after()));
        }
        return out == null ? tokens : out;
    }

    private static CoreLabel piece(CoreLabel whole, String word, int begin, String before, String after) {
        CoreLabel p = new CoreLabel(whole);
        p.setWord(word);
        p.setValue(word);
        p.setOriginalText(word);
        p.setBeginPosition(begin);
        p.setEndPosition(begin + word.length());
        p.set(CoreAnnotations.BeforeAnnotation.class, before == null ? "" : before);
        p.set(CoreAnnotations.AfterAnnotation.class, after == null ? "" : after);
        return p;
    }
}
