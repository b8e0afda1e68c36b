package org.dateline.analyze.date;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.model.DateFact;
import org.dateline.model.Published;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.NlpConfig;
import org.dateline.nlp.Timex;

/**
 * Measures the date stage on TimeML news split by {@code timeml.py split}: for every NAME.txt
 * with its NAME.dct it writes NAME.json ({@code text} and {@code dates}) for {@code timeml.py score}.
 *
 * <pre>TimeMlRunner IN_DIR OUT_DIR [--raw] [--cache DIR]</pre>
 * {@code --raw} writes SUTime's own values (the baseline); {@code --cache} keeps each
 * annotation as JSON so that reruns skip CoreNLP (the cache is keyed by file name only:
 * clear it when the annotator changes).
 */
public final class TimeMlRunner {
    private TimeMlRunner() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TimeMlRunner IN_DIR OUT_DIR [--raw] [--cache DIR]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean raw = false;
        Path cache = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--raw")) {
                raw = true;
            } else if (args[i].equals("--cache")) {
                cache = Path.of(args[++i]);
            }
        }
        Files.createDirectories(out);
        if (cache != null) {
            Files.createDirectories(cache);
        }
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        DateResolver resolver = new DateResolver();
        List<Path> docs;
        try (Stream<Path> s = Files.list(in)) {
            docs = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path txt : docs) {
            String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            LocalDate dct = LocalDate.parse(Files.readString(in.resolve(name + ".dct")).trim());
            AnnotatedText annotated = annotate(json, cache, name, text, dct);
            List<Map<String, Object>> dates = new ArrayList<>();
            if (raw) {
                for (Timex t : annotated.timexes()) {
                    dates.add(date(t.start(), t.end(), t.text(), t.type().wireName(), t.value()));
                }
            } else {
                for (DateFact d : resolver.resolve(annotated, Published.ofDate(dct))) {
                    dates.add(date(d.start(), d.end(), d.text(), d.type().wireName(), d.value()));
                }
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("text", text);
            doc.put("dates", dates);
            json.writeValue(out.resolve(name + ".json").toFile(), doc);
        }
        System.out.println("wrote " + docs.size() + " documents to " + out);
    }

    private static AnnotatedText annotate(ObjectMapper json, Path cache, String name, String text, LocalDate dct)
            throws IOException {
        Path cached = cache == null ? null : cache.resolve(name + ".annotated.json");
        if (cached != null && Files.exists(cached)) {
            AnnotatedText a = json.readValue(cached.toFile(), AnnotatedText.class);
            if (a.text().equals(text)) {
                return a;
            }
        }
        AnnotatedText a = CoreNlpAnnotator.shared(NlpConfig.TAGGING_ONLY).annotate(text, dct);
        if (cached != null) {
            json.writeValue(cached.toFile(), a);
        }
        return a;
    }

    private static Map<String, Object> date(int start, int end, String text, String type, String value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", start);
        m.put("end", end);
        m.put("text", text);
        m.put("type", type);
        m.put("value", value);
        return m;
    }
}
