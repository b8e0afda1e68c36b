package org.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.ParseFilter;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.TextBuilder;
import org.dateline.pipeline.Pipeline;

/**
 * The whole analysis chain over texts whose annotation is written down, not computed: CoreNLP's
 * tags and parses of news sentences, recorded once in {@code parses.txt} (a {@link TextBuilder}
 * table under a {@code ### text} line each) so that stage tests run in milliseconds and say exactly
 * which parse a rule is read from. Each record has its spans checked before it is returned.
 */
public final class Parses {
    /** The seed article's published day, against which relative dates resolve. */
    public static final Published PUBLISHED = Published.parse("2023-03-01");

    private static final Map<String, AnnotatedText> RECORDED = load();
    private static final ThreadLocal<AnnotatedText> GIVEN = new ThreadLocal<>();
    /** Like CoreNLP, leaves unparsed the sentences the stages' filter does not ask for. */
    private static final Annotator TABLE = (text, date, filter) -> onlyWanted(GIVEN.get(), filter);
    private static final Pipeline PIPELINE = new Pipeline(TABLE);

    private Parses() {}

    /** The record of {@code text}, which must be one of the recorded texts ("\n" written as {@code \n}). */
    public static ArticleRecord analyze(String text) {
        AnnotatedText annotated = RECORDED.get(text);
        if (annotated == null) {
            throw new IllegalArgumentException("no recorded parse for: " + text);
        }
        return analyze(annotated);
    }

    /** The record of a text built by hand with {@link TextBuilder}. */
    public static ArticleRecord analyze(AnnotatedText annotated) {
        GIVEN.set(annotated);
        try {
            Article article = Article.bodyOnly(InputRef.of("parses", InputRef.Format.TEXT), annotated.text()).withPublished(PUBLISHED);
            ArticleRecord record = PIPELINE.analyze(article);
            SpanAssertions.assertSpansMatchText(record);
            return record;
        } finally {
            GIVEN.remove();
        }
    }

    /** The recorded annotation of {@code text}. */
    public static AnnotatedText annotated(String text) {
        return RECORDED.get(text);
    }

    private static AnnotatedText onlyWanted(AnnotatedText text, ParseFilter filter) {
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            sentences.add(filter.wantsParse(text, s) ? s
                : new Sentence(s.index(), s.start(), s.end(), s.tokenStart(), s.tokenEnd(), List.of()));
        }
        return new AnnotatedText(text.index(), text.tokens(), sentences, text.mentions(), text.timexes(), text.notes());
    }

    private static Map<String, AnnotatedText> load() {
        String all;
        try (InputStream in = Parses.class.getResourceAsStream("parses.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, AnnotatedText> parses = new LinkedHashMap<>();
        for (String block : all.split("(?m)^### ")) {
            if (block.isBlank() || block.startsWith("#")) {
                continue;
            }
            int eol = block.indexOf('\n');
            String text = block.substring(0, eol).strip();
            StringBuilder table = new StringBuilder();
            for (String line : block.substring(eol + 1).split("\n")) {
                if (!line.startsWith("#")) {
                    table.append(line).append('\n');
                }
            }
            AnnotatedText annotated = TextBuilder.parse(table.toString());
            // The table must give back the text it was recorded from, or its offsets are not CoreNLP's.
            assertThat(annotated.text()).as("text built from the table").isEqualTo(text.replace("\\n", "\n"));
            parses.put(text, annotated);
        }
        return parses;
    }
}
