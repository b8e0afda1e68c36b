package org.dateline.analyze.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Span;
import org.dateline.testing.Fixtures;

/**
 * Scores the event stage on the project's event gold ({@code eval/events/sentences.jsonl}): each
 * sentence analysed alone by the whole pipeline, as {@code dateline analyze} would.
 *
 * <p>A gold event is matched by a predicted event of the same type in the same sentence (each used
 * once). On matched events it reports: actor accuracy (a gold actor found among the actors, or both
 * empty), recipient accuracy (likewise), factuality accuracy, mode accuracy where gold gives a mode,
 * and whether the gold actor's country code is among the event's parties' entity codes.
 *
 * <p>Run: {@code scripts/eval-events.sh}, or this class's {@code main} on the core test classpath.
 */
public final class EventEvaluation {
    public record Gold(String type, String mode, List<String> actors, List<String> recipients, String factuality,
                       String actorCode) {}

    public record Case(String id, String text, String published, List<Gold> events) {}

    /** Counts behind the figures; ratios are computed on demand. */
    public static final class Score {
        int tp;
        int fp;
        int fn;
        int actorOk;
        int recipientOk;
        int factualityOk;
        int modeGold;
        int modeOk;
        int codeGold;
        int codeOk;
        final Map<String, int[]> byType = new TreeMap<>();
        final List<String> errors = new ArrayList<>();

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double actorAccuracy() {
            return tp == 0 ? 0 : (double) actorOk / tp;
        }

        public double recipientAccuracy() {
            return tp == 0 ? 0 : (double) recipientOk / tp;
        }

        public double factualityAccuracy() {
            return tp == 0 ? 0 : (double) factualityOk / tp;
        }

        public double modeAccuracy() {
            return modeGold == 0 ? 0 : (double) modeOk / modeGold;
        }

        public double countryAmongParties() {
            return codeGold == 0 ? 0 : (double) codeOk / codeGold;
        }

        public String report() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "events: gold %d, predicted %d, matched %d%n", tp + fn, tp + fp, tp));
            b.append(String.format(Locale.ROOT, "type      P %.3f  R %.3f  F1 %.3f%n", precision(), recall(), f1()));
            b.append(String.format(Locale.ROOT, "actor accuracy        %.3f%n", actorAccuracy()));
            b.append(String.format(Locale.ROOT, "recipient accuracy    %.3f%n", recipientAccuracy()));
            b.append(String.format(Locale.ROOT, "factuality accuracy   %.3f%n", factualityAccuracy()));
            b.append(String.format(Locale.ROOT, "mode accuracy         %.3f  (%d with a gold mode)%n", modeAccuracy(), modeGold));
            b.append(String.format(Locale.ROOT, "actor country among parties %.3f%n", countryAmongParties()));
            b.append("per type (tp fp fn):\n");
            byType.forEach((t, c) -> b.append(String.format(Locale.ROOT, "  %-10s %2d %2d %2d%n", t, c[0], c[1], c[2])));
            return b.toString();
        }
    }

    private EventEvaluation() {}

    /** The gold files of {@code eval/events}: the category-by-category set and the harder news set. */
    public static final List<String> FILES = List.of("sentences.jsonl", "news.jsonl");

    public static List<Case> gold() {
        return gold(FILES.get(0));
    }

    public static List<Case> gold(String file) {
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        try (InputStream in = EventEvaluation.class.getClassLoader().getResourceAsStream("eval/events/" + file)) {
            if (in == null) {
                throw new IllegalStateException("eval/events/" + file + " not on the test classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                List<Gold> events = new ArrayList<>();
                for (JsonNode e : n.get("events")) {
                    events.add(new Gold(e.get("type").asText(), e.path("mode").isNull() ? null : e.path("mode").asText(null),
                        strings(e.get("actors")), strings(e.get("recipients")), e.get("factuality").asText(),
                        e.path("actorCode").asText(null)));
                }
                cases.add(new Case(n.get("id").asText(), n.get("text").asText(), n.get("published").asText(), events));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    public static ArticleRecord analyze(Case c) {
        Article a = Article.bodyOnly(InputRef.of(c.id(), InputRef.Format.TEXT), c.text()).withPublished(Published.parse(c.published()));
        return Fixtures.analyze(a);
    }

    public static Score score(List<Case> cases) {
        Score s = new Score();
        for (Case c : cases) {
            ArticleRecord r = analyze(c);
            List<Event> predicted = new ArrayList<>(r.events());
            for (Gold g : c.events()) {
                int[] counts = s.byType.computeIfAbsent(g.type(), k -> new int[3]);
                Event match = predicted.stream().filter(e -> e.type().wireName().equals(g.type())).findFirst().orElse(null);
                if (match == null) {
                    s.fn++;
                    counts[2]++;
                    s.errors.add(c.id() + ": missed " + g.type() + " in: " + c.text());
                    continue;
                }
                predicted.remove(match);
                s.tp++;
                counts[0]++;
                boolean actors = partiesMatch(g.actors(), match.actors(), r);
                boolean recipients = partiesMatch(g.recipients(), match.recipients(), r);
                boolean fact = g.factuality().equals(match.factuality().wireName());
                s.actorOk += actors ? 1 : 0;
                s.recipientOk += recipients ? 1 : 0;
                s.factualityOk += fact ? 1 : 0;
                if (g.mode() != null) {
                    s.modeGold++;
                    s.modeOk += match.mode() != null && g.mode().equals(match.mode().wireName()) ? 1 : 0;
                }
                if (g.actorCode() != null) {
                    s.codeGold++;
                    s.codeOk += countryAmongParties(g.actorCode(), match, r) ? 1 : 0;
                }
                if (!actors || !recipients || !fact) {
                    s.errors.add(c.id() + ": " + g.type() + (actors ? "" : " actors " + names(match.actors(), r) + " want " + g.actors())
                        + (recipients ? "" : " recipients " + names(match.recipients(), r) + " want " + g.recipients())
                        + (fact ? "" : " factuality " + match.factuality() + " want " + g.factuality()));
                }
            }
            for (Event e : predicted) {
                s.fp++;
                s.byType.computeIfAbsent(e.type().wireName(), k -> new int[3])[1]++;
                s.errors.add(c.id() + ": spurious " + e.type() + " '" + e.trigger().text() + "' in: " + c.text());
            }
        }
        return s;
    }

    private static boolean partiesMatch(List<String> gold, List<String> predicted, ArticleRecord r) {
        if (gold.isEmpty()) {
            return predicted.isEmpty();
        }
        for (String g : gold) {
            for (String id : predicted) {
                if (names(entity(r, id), g)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean names(Entity e, String gold) {
        if (e == null) {
            return false;
        }
        Set<String> forms = new HashSet<>();
        forms.add(e.name());
        for (Span m : e.mentions()) {
            if (m.text().length() >= 3) {
                forms.add(m.text());
            }
        }
        String g = norm(gold);
        return forms.stream().map(EventEvaluation::norm).anyMatch(f -> f.contains(g) || g.contains(f));
    }

    private static boolean countryAmongParties(String code, Event e, ArticleRecord r) {
        List<String> parties = new ArrayList<>(e.actors());
        parties.addAll(e.recipients());
        return parties.stream().map(id -> entity(r, id)).anyMatch(en -> en != null && code.equals(en.code()));
    }

    private static Entity entity(ArticleRecord r, String id) {
        return r.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private static List<String> names(List<String> ids, ArticleRecord r) {
        return ids.stream().map(id -> {
            Entity e = entity(r, id);
            return e == null ? id : e.name() + "/" + e.code();
        }).toList();
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").strip();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    public static void main(String[] args) {
        boolean verbose = args.length > 0 && args[0].equals("--verbose");
        for (String file : FILES) {
            Score s = score(gold(file));
            System.out.println("== " + file);
            if (verbose) {
                s.errors.forEach(System.out::println);
            }
            System.out.print(s.report());
        }
    }
}
