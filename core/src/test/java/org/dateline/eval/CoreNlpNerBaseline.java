package org.dateline.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Baseline for the person/organisation/location mention evaluation: runs CoreNLP's default
 * pipeline (tokenize,ssplit,pos,lemma,ner with default settings) over every NAME.txt of a folder
 * and writes NAME.ner.tsv ({@code start<TAB>end<TAB>type<TAB>text}, code-point offsets, end
 * exclusive), the same form as the gold in src/test/resources/eval/ner and read by
 * scripts/score_ner.py.
 *
 * <p>Mentions are CoreNLP's own entity mentions (one per run of tokens with the same fine-grained
 * tag, so "Nassau County" may come out as CITY "Nassau" + LOCATION "County"), kept as they are.
 * The pronoun mentions the entity-mention step adds (tokens tagged O) are dropped.
 *
 * <p>Test scope only: CoreNLP is used directly here, outside org.dateline.nlp, because this is an
 * evaluation tool and not part of the product; the layering rule covers main classes only.
 *
 * <p>Usage: {@code CoreNlpNerBaseline TXT_DIR OUT_DIR}
 */
public final class CoreNlpNerBaseline {
    /** CoreNLP's coarse and fine-grained entity types kept, mapped to the CoNLL-style gold types. */
    static final Map<String, String> TYPES = Map.of(
        "PERSON", "PER",
        "ORGANIZATION", "ORG",
        "LOCATION", "LOC",
        "CITY", "LOC",
        "COUNTRY", "LOC",
        "STATE_OR_PROVINCE", "LOC");

    private CoreNlpNerBaseline() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CoreNlpNerBaseline TXT_DIR OUT_DIR");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        List<Path> texts;
        try (Stream<Path> files = Files.list(in)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path txt : texts) {
            String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            CoreDocument doc = new CoreDocument(text);
            pipeline.annotate(doc);
            StringBuilder tsv = new StringBuilder();
            int kept = 0;
            for (CoreEntityMention m : doc.entityMentions()) {
                String type = TYPES.get(m.entityType());
                if (type == null || !m.entityType().equals(m.tokens().get(0).ner())) {
                    // unmapped type, or a pronoun ("he", "his") that the entity-mention step adds as
                    // PERSON although its token was tagged O: not a name mention
                    continue;
                }
                int begin = m.charOffsets().first();
                int end = m.charOffsets().second();
                int cpStart = text.codePointCount(0, begin);
                int cpEnd = text.codePointCount(0, end);
                String surface = text.substring(begin, end);
                tsv.append(cpStart).append('\t').append(cpEnd).append('\t').append(type).append('\t')
                    .append(surface.replace('\t', ' ').replace('\n', ' ')).append('\n');
                kept++;
            }
            Files.writeString(out.resolve(name + ".ner.tsv"), tsv.toString(), StandardCharsets.UTF_8);
            System.err.printf("%s: %d mentions%n", name, kept);
        }
    }
}
