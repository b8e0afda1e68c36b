package org.dateline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.Author;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Source;

/**
 * Turns the plain text of a scraped news page into an {@link Article}: the template furniture
 * (timestamps, bylines, bios, share and follow lines, separators, credits) becomes metadata and
 * the rest is the body.
 *
 * <p>The body is made of the page's remaining paragraphs, each exactly as the page had it (later
 * stages cut evidence spans from it), joined by a blank line. Paragraphs are runs of lines
 * between blank lines; a furniture line inside such a run splits it. Line endings become
 * {@code \n} and whitespace around a paragraph is dropped; nothing inside one changes, with one
 * exception: a wire dateline ("MOSCOW (Reuters) - ") is cut from the start of the first paragraph.
 *
 * <p>Recognised metadata without a field of its own goes to {@code warnings} as a note with a
 * fixed prefix, so nothing the page said is lost: {@code dateline: MOSCOW (Reuters)},
 * {@code updated: 2024-01-12T11:00:00Z}, {@code editing by: Jane Doe},
 * {@code byline part not understood: ...}. Everything else in {@code warnings} is a doubt:
 * no published time, no UTC offset, an ambiguous zone abbreviation, a relative time.
 */
public final class PageTextExtractor {
    private static final String LANGUAGE = "en";

    public Article extract(InputRef input, String pageText) {
        List<String> lines = List.of(pageText.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        int titleAt = TitleRule.find(lines);
        String title = titleAt < 0 ? null : lines.get(titleAt).strip();

        PageFacts facts = new PageFacts();
        List<Paragraph> paragraphs = paragraphs(lines, titleAt, facts);

        Map<String, Author> authors = new LinkedHashMap<>();
        facts.authorNames().forEach(n -> authors.put(key(n), new Author(n, null, null)));
        paragraphs = withoutBios(paragraphs, authors, facts);
        attachFollows(facts, authors);

        List<String> body = new ArrayList<>(paragraphs.stream().map(Paragraph::text).toList());
        if (!body.isEmpty()) {
            Optional<Dateline> dateline = Dateline.of(body.get(0));
            if (dateline.isPresent()) {
                if (dateline.get().wholeParagraph()) {
                    body.remove(0);
                } else {
                    body.set(0, dateline.get().rest());
                }
                facts.notes.add(dateline.get().note());
                facts.outlet(PageFacts.Evidence.DATELINE, dateline.get().agency());
            }
        }

        List<String> warnings = new ArrayList<>();
        Published published = PublishedResolver.resolve(facts.stamps, warnings);
        warnings.addAll(facts.notes);
        String text = String.join("\n\n", body).strip();
        if (text.isEmpty()) {
            warnings.add("no body text left after removing page furniture");
        }
        String url = pageUrl(input, facts);
        Source source = SourceResolver.resolve(facts, pageText, url);
        return new Article(input, url, source, title, List.copyOf(authors.values()), published, LANGUAGE, text,
            warnings);
    }

    /** A run of body lines, and whether a separator came before it (where bios usually start). */
    private record Paragraph(String text, boolean afterSeparator) {}

    private static List<Paragraph> paragraphs(List<String> lines, int titleAt, PageFacts facts) {
        LineClassifier classifier = new LineClassifier(facts);
        List<Paragraph> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runAfterSeparator = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean text = i != titleAt && !line.isBlank() && classifier.isText(line, nextNonBlank(lines, i + 1));
            if (text) {
                if (run.length() == 0) {
                    runAfterSeparator = classifier.afterSeparator();
                } else {
                    run.append('\n');
                }
                run.append(line);
            } else if (run.length() > 0) {
                out.add(new Paragraph(run.toString().strip(), runAfterSeparator));
                run.setLength(0);
            }
        }
        if (run.length() > 0) {
            out.add(new Paragraph(run.toString().strip(), runAfterSeparator));
        }
        return out;
    }

    /**
     * Takes author bios out of the body. Walking back from the end tells which paragraphs form the
     * trailer (only bios follow them), where a bio by someone not in the byline is believable.
     */
    private static List<Paragraph> withoutBios(List<Paragraph> paragraphs, Map<String, Author> authors,
                                               PageFacts facts) {
        List<String> bylined = List.copyOf(authors.values().stream().map(Author::name).toList());
        List<Paragraph> kept = new ArrayList<>();
        boolean trailing = true;
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            Paragraph p = paragraphs.get(i);
            BioParser.Position position = p.afterSeparator() ? BioParser.Position.AFTER_SEPARATOR
                : trailing && i > 0 ? BioParser.Position.TRAILER : BioParser.Position.BODY;
            Optional<Bio> bio = i == 0 ? Optional.empty() : BioParser.parse(p.text(), bylined, position);
            if (bio.isPresent()) {
                Bio b = bio.get();
                Author before = authors.get(key(b.name()));
                String name = before == null ? b.name() : before.name();
                authors.put(key(b.name()), new Author(name, b.handle(), b.text()));
                facts.outlet(PageFacts.Evidence.BIO, b.outlet());
            } else {
                trailing = false;
                kept.add(0, p);
            }
        }
        return kept;
    }

    /** "Follow her on X @jdoe" gives the sole author a handle; "Follow Jane Doe on ..." names whom. */
    private static void attachFollows(PageFacts facts, Map<String, Author> authors) {
        for (Follow f : facts.follows) {
            if (f.handle() == null || f.isOutlet()) {
                continue;
            }
            String target = f.isPronoun() && authors.size() == 1 ? authors.keySet().iterator().next()
                : authors.containsKey(key(f.who())) ? key(f.who()) : null;
            if (target != null) {
                Author a = authors.get(target);
                if (a.handle() == null) {
                    authors.put(target, new Author(a.name(), f.handle(), a.bio()));
                }
            } else if (!f.isPronoun()) {
                facts.outlet(PageFacts.Evidence.FOLLOW, f.who());
                facts.follows.set(facts.follows.indexOf(f), new Follow("us", f.handle()));
            } else {
                facts.notes.add("follow line for an unknown person: " + f.handle());
            }
        }
    }

    private static String nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    private static String pageUrl(InputRef input, PageFacts facts) {
        if (input.path() != null && input.path().matches("(?i)https?://\\S+")) {
            return input.path();
        }
        return facts.urls.isEmpty() ? null : facts.urls.get(0);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
