package org.dateline.analyze.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
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
 * <p>Where a gold file codes ACLED and casualties ({@code wire.jsonl}: every event has {@code acled},
 * {@code fatalities} and {@code injured}), it also reports ACLED sub-event accuracy over the gold
 * events with an ACLED sub-event (a missed event counts wrong), ACLED false positives (a matched
 * event given an ACLED sub-event where gold has none, and spurious events carrying one), and
 * casualty accuracy: a gold number is right when the matched event's count has that value, and a
 * matched event whose gold count is null but which carries a number is a false count. A count
 * without a number ("dozens") is null in gold, as its {@code value} is in the contract.
 *
 * <p>Run: {@code scripts/eval-events.sh}, or this class's {@code main} on the core test classpath.
 */
public final class EventEvaluation {
    public record Gold(String type, String mode, List<String> actors, List<String> recipients, String factuality,
                       String actorCode, Coded coded) {}

    /**
     * A gold event's ACLED sub-event (null: not an ACLED event) and casualty counts (null: the
     * sentence gives no number); the whole record is null in files that do not code them.
     */
    public record Coded(AcledSubEventType acled, Integer fatalities, Integer injured) {}

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
        boolean coded;
        int acledGold;
        int acledMatched;
        int acledOk;
        int acledFalse;
        int acledSpurious;
        final Casualties fatalities = new Casualties();
        final Casualties injured = new Casualties();
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

        public double acledAccuracy() {
            return acledGold == 0 ? 0 : (double) acledOk / acledGold;
        }

        /** Whether the scored gold codes ACLED and casualties; if not, the report has no lines for them. */
        public boolean coded() {
            return coded;
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
            if (coded) {
                b.append(String.format(Locale.ROOT, "acled sub-event accuracy %.3f  (%d right of %d gold events with acled; %d of them matched)%n",
                    acledAccuracy(), acledOk, acledGold, acledMatched));
                b.append(String.format(Locale.ROOT, "acled false positives   %d matched events where gold has none, %d spurious events with acled%n",
                    acledFalse, acledSpurious));
                b.append(fatalities.line("fatalities"));
                b.append(injured.line("injured"));
            }
            b.append("per type (tp fp fn):\n");
            byType.forEach((t, c) -> b.append(String.format(Locale.ROOT, "  %-10s %2d %2d %2d%n", t, c[0], c[1], c[2])));
            return b.toString();
        }
    }

    /** One casualty field's counts: gold numbers found, and numbers given where gold has none. */
    public static final class Casualties {
        int gold;
        int ok;
        int falseCount;

        public double accuracy() {
            return gold == 0 ? 0 : (double) ok / gold;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-10s accuracy %.3f  (%d right of %d gold numbers; %d matched events given a number gold does not have)%n",
                name, accuracy(), ok, gold, falseCount);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventEvaluation() {}

    /**
     * The gold files of {@code eval/events}: the category-by-category set, the harder news set and
     * the blind wire set (written without reading the rules; see the README).
     */
    public static final List<String> FILES = List.of("sentences.jsonl", "news.jsonl", "wire.jsonl");

    public static List<Case> gold() {
        return gold(FILES.get(0));
    }

    public static List<Case> gold(String file) {
        try (InputStream in = EventEvaluation.class.getClassLoader().getResourceAsStream("eval/events/" + file)) {
            if (in == null) {
                throw new IllegalStateException("eval/events/" + file + " not on the test classpath");
            }
            return read(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A gold file outside the repository, in the same format: what {@code scripts/eval-events-real.sh}
     * assembles from shared news texts that may not be redistributed with the project.
     */
    public static List<Case> gold(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Case> read(String file, InputStream in) throws IOException {
        List<Case> cases = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.isBlank()) {
                cases.add(parse(file, line));
            }
        }
        return cases;
    }

    /** One gold line of {@code file}; a mode, ACLED name or count the contract would refuse fails here. */
    static Case parse(String file, String line) throws IOException {
        JsonNode n = JSON.readTree(line);
        String id = n.get("id").asText();
        List<Gold> events = new ArrayList<>();
        for (JsonNode e : n.get("events")) {
            String type = e.get("type").asText();
            String mode = e.path("mode").isNull() ? null : e.path("mode").asText(null);
            checkMode(file, id, type, mode);
            events.add(new Gold(type, mode,
                strings(e.get("actors")), strings(e.get("recipients")), e.get("factuality").asText(),
                e.path("actorCode").asText(null), coded(file, id, e)));
        }
        return new Case(id, n.get("text").asText(), n.get("published").asText(), events);
    }

    /** A gold mode must be one of its category's modes, so a misspelt mode fails at load, not as a miss. */
    private static void checkMode(String file, String id, String type, String mode) {
        if (mode != null && !EventType.fromWire(type).modes().contains(EventMode.fromWire(mode))) {
            throw new IllegalStateException(file + " " + id + ": " + type + " has no mode " + mode);
        }
    }

    /** The optional ACLED and casualty fields: all three or none, the sub-event spelt as ACLED spells it. */
    private static Coded coded(String file, String id, JsonNode e) {
        int present = (e.has("acled") ? 1 : 0) + (e.has("fatalities") ? 1 : 0) + (e.has("injured") ? 1 : 0);
        if (present == 0) {
            return null;
        }
        if (present != 3) {
            throw new IllegalStateException(file + " " + id + ": give acled, fatalities and injured together");
        }
        AcledSubEventType acled = e.get("acled").isNull() ? null : AcledSubEventType.fromWire(e.get("acled").asText());
        return new Coded(acled, count(file, id, e.get("fatalities")), count(file, id, e.get("injured")));
    }

    private static Integer count(String file, String id, JsonNode n) {
        if (n.isNull()) {
            return null;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0) {
            throw new IllegalStateException(file + " " + id + ": a casualty count is a whole number or null, not " + n);
        }
        return n.asInt();
    }

    public static ArticleRecord analyze(Case c) {
        Article a = Article.bodyOnly(InputRef.of(c.id(), InputRef.Format.TEXT), c.text()).withPublished(Published.parse(c.published()));
        return Fixtures.analyze(a);
    }

    public static Score score(List<Case> cases) {
        Score s = new Score();
        for (Case c : cases) {
            add(s, c, analyze(c));
        }
        return s;
    }

    /** Scores one gold sentence against the record the pipeline made of it. */
    static void add(Score s, Case c, ArticleRecord r) {
        List<Event> predicted = new ArrayList<>(r.events());
        for (Gold g : c.events()) {
            int[] counts = s.byType.computeIfAbsent(g.type(), k -> new int[3]);
            Event match = predicted.stream().filter(e -> e.type().wireName().equals(g.type())).findFirst().orElse(null);
            if (g.coded() != null) {
                scoreCoded(s, c, g, match);
            }
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
            s.acledSpurious += e.acled() != null ? 1 : 0;
            s.byType.computeIfAbsent(e.type().wireName(), k -> new int[3])[1]++;
            s.errors.add(c.id() + ": spurious " + e.type() + " '" + e.trigger().text() + "' in: " + c.text());
        }
    }

    /** ACLED and casualties of one gold event against its match (null: the event was missed). */
    private static void scoreCoded(Score s, Case c, Gold g, Event match) {
        s.coded = true;
        Coded gold = g.coded();
        AcledSubEventType predicted = match == null || match.acled() == null ? null : match.acled().subEventType();
        if (gold.acled() != null) {
            s.acledGold++;
            s.acledMatched += match != null ? 1 : 0;
            s.acledOk += gold.acled() == predicted ? 1 : 0;
        } else if (predicted != null) {
            s.acledFalse++;
        }
        if (match != null && gold.acled() != predicted) {
            s.errors.add(c.id() + ": " + g.type() + " acled " + predicted + " want " + gold.acled());
        }
        casualty(s, s.fatalities, "fatalities", c, g, gold.fatalities(), match == null ? null : match.fatalities(), match != null);
        casualty(s, s.injured, "injured", c, g, gold.injured(), match == null ? null : match.injured(), match != null);
    }

    private static void casualty(Score s, Casualties k, String name, Case c, Gold g, Integer gold, Event.Count count,
                                 boolean matched) {
        Integer predicted = count == null ? null : count.value();
        if (gold != null) {
            k.gold++;
            k.ok += gold.equals(predicted) ? 1 : 0;
        } else if (predicted != null) {
            k.falseCount++;
        }
        if (matched && !Objects.equals(gold, predicted)) {
            s.errors.add(c.id() + ": " + g.type() + " " + name + " " + predicted + " want " + gold);
        }
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
