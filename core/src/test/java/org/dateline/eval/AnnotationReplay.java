package org.dateline.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.ingest.InputException;
import org.dateline.ingest.RawDocument;
import org.dateline.json.RecordJson;
import org.dateline.model.Article;
import org.dateline.model.InputRef;
import org.dateline.model.TextIndex;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.NlpConfig;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Timex;
import org.dateline.nlp.Token;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.dateline.pipeline.Pipeline;

/**
 * Iterating on the analysis stages without CoreNLP's minutes per run (scripts/eval-casualties.sh
 * --replay): {@code annotate DIR CACHE} runs CoreNLP once over every {@code .txt} of DIR (read as
 * {@code --as body}), parsing the sentences the stages' filter asks for, and keeps the
 * annotations; {@code replay DIR CACHE RECORDS} runs the analysis stages over them and writes
 * dateline/1 records, equal to {@code dateline analyze}'s while the rules change nothing CoreNLP
 * sees. A sentence a changed filter asks for that was not parsed then is left unparsed and
 * counted on stderr (then make the annotations again). Not a test: an evaluation aid over shared
 * data.
 */
public final class AnnotationReplay {
    private AnnotationReplay() {}

    /** One article's annotation, as JSON: {@link Sentence} is no record, so its values are kept apart. */
    record Cached(String name, String text, List<Token> tokens, List<CachedSentence> sentences, List<NerMention> mentions,
                  List<Timex> timexes, List<String> notes) {}

    record CachedSentence(int index, int start, int end, int tokenStart, int tokenEnd, List<Dependency> dependencies) {}

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        switch (args[0]) {
            case "annotate" -> annotate(Path.of(args[1]), Path.of(args[2]), json);
            case "replay" -> replay(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), json);
            case "tables" -> tables(Path.of(args[1]), args[2], json);
            case "parse" -> parse(List.of(args).subList(1, args.length));
            default -> throw new IllegalArgumentException(
                "usage: annotate DIR CACHE | replay DIR CACHE RECORDS | tables CACHE REGEX | parse SENTENCE...");
        }
    }

    private static void annotate(Path dir, Path cache, ObjectMapper json) throws IOException {
        CoreNlpAnnotator nlp = CoreNlpAnnotator.shared(NlpConfig.DEFAULT);
        ThreadLocal<AnnotatedText> made = new ThreadLocal<>();
        // the stages' own parse filter, as in a real run: the parser is most of CoreNLP's time
        Pipeline pipeline = new Pipeline((text, date, filter) -> {
            made.set(nlp.annotate(text, date, filter));
            return made.get();
        });
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (BufferedWriter out = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                pipeline.analyze(article(f));
                AnnotatedText t = made.get();
                List<CachedSentence> sentences = t.sentences().stream().map(s -> new CachedSentence(s.index(), s.start(),
                    s.end(), s.tokenStart(), s.tokenEnd(), s.dependencies())).toList();
                out.write(json.writeValueAsString(new Cached(f.getFileName().toString(), t.text(), t.tokens(), sentences,
                    t.mentions(), t.timexes(), t.notes())));
                out.newLine();
            }
        }
    }

    private static void replay(Path dir, Path cache, Path records, ObjectMapper json) throws IOException {
        ThreadLocal<AnnotatedText> given = new ThreadLocal<>();
        int[] missing = {0};
        Annotator recorded = (text, date, filter) -> {
            AnnotatedText t = given.get();
            List<Sentence> sentences = new ArrayList<>();
            for (Sentence s : t.sentences()) {
                boolean wanted = filter.wantsParse(t, s);
                if (wanted && s.dependencies().isEmpty()) {
                    missing[0]++;
                }
                sentences.add(wanted ? s : new Sentence(s.index(), s.start(), s.end(), s.tokenStart(), s.tokenEnd(), List.of()));
            }
            return new AnnotatedText(t.index(), t.tokens(), sentences, t.mentions(), t.timexes(), t.notes());
        };
        Pipeline pipeline = new Pipeline(recorded);
        try (BufferedReader in = Files.newBufferedReader(cache, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(records, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                Cached c = json.readValue(line, Cached.class);
                List<Sentence> sentences = c.sentences().stream().map(s -> new Sentence(s.index(), s.start(), s.end(),
                    s.tokenStart(), s.tokenEnd(), s.dependencies())).toList();
                given.set(new AnnotatedText(new TextIndex(c.text()), c.tokens(), sentences, c.mentions(), c.timexes(), c.notes()));
                out.write(RecordJson.toLine(pipeline.analyze(article(dir.resolve(c.name())))));
                out.newLine();
            }
        }
        if (missing[0] > 0) {
            System.err.println("replay: " + missing[0] + " sentences the filter asks for have no cached parse");
        }
    }

    /** The {@link org.dateline.nlp.TextBuilder} tables of the cached sentences matching a regex, for reading parses. */
    private static void tables(Path cache, String regex, ObjectMapper json) throws IOException {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
        try (BufferedReader in = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                Cached c = json.readValue(line, Cached.class);
                AnnotatedText t = new AnnotatedText(new TextIndex(c.text()), c.tokens(), c.sentences().stream()
                    .map(s -> new Sentence(s.index(), s.start(), s.end(), s.tokenStart(), s.tokenEnd(), s.dependencies()))
                    .toList(), c.mentions(), c.timexes(), c.notes());
                for (Sentence s : t.sentences()) {
                    String words = t.text().substring(t.text().offsetByCodePoints(0, s.start()),
                        t.text().offsetByCodePoints(0, s.end()));
                    if (p.matcher(words).find()) {
                        System.out.println("### " + c.name() + ": " + words.replace("\n", " "));
                        System.out.println(table(t, s));
                    }
                }
            }
        }
    }

    /** CoreNLP's parses of the given sentences (each alone), as {@link org.dateline.nlp.TextBuilder} tables for tests. */
    private static void parse(List<String> sentences) {
        CoreNlpAnnotator nlp = CoreNlpAnnotator.shared(NlpConfig.DEFAULT);
        for (String sentence : sentences) {
            AnnotatedText t = nlp.annotate(sentence, null);
            System.out.println("### " + sentence);
            for (Sentence s : t.sentences()) {
                System.out.println(table(t, s));
            }
        }
    }

    private static String table(AnnotatedText t, Sentence s) {
        StringBuilder b = new StringBuilder();
        for (int i = s.tokenStart(); i < s.tokenEnd(); i++) {
            Token k = t.tokens().get(i);
            int head = -2;
            String relation = "-";
            for (Dependency d : s.dependencies()) {
                if (d.dependent() == i) {
                    head = d.head() < 0 ? 0 : d.head() - s.tokenStart() + 1;
                    relation = d.relation();
                }
            }
            b.append(String.format("%-14s %-5s %-3s %-12s %-12s %s%n", k.word(), k.pos(), head == -2 ? "-" : head, relation,
                k.lemma(), k.ner()));
        }
        return b.toString();
    }

    /** The article as {@code dateline analyze --as body} reads it. */
    private static Article article(Path file) throws IOException {
        RawDocument raw = new RawDocument(InputRef.of(file.toString(), InputRef.Format.TEXT), Files.readAllBytes(file));
        try {
            return new Extraction().extract(raw, InputFormat.BODY, null);
        } catch (InputException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
