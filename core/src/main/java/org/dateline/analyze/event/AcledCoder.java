package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.Acled;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.Entity;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.Sector;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * An event's ACLED sub-event type, decided the way ACLED's codebook decides it: by what was done
 * (the PLOVER type and mode, whichever lexicon gave them), with what (weapons and means named around
 * the event), and by whom (the actor's kind: state forces or a non-state armed group). The rules
 * are the rows of {@code acled.tsv}, tried in order; the party words of {@code acled-parties.tsv}
 * tell the actor's kind where the entity stage gave no sector.
 *
 * <p>A rule's cue words are looked for first in the event's own sentence, then in the sentences on
 * either side of it (news tells one incident over two or three sentences: "Airstrikes hit two
 * hospitals. ... the strikes were carried out by Russian warplanes"); rules without cue words, the
 * defaults of each family, apply only when no cued rule did. Events that did not happen
 * (negated, hypothetical, future) are not ACLED events: ACLED records what took place.
 */
final class AcledCoder {
    /** One row of {@code acled.tsv}; {@code subEvent} null means "not an ACLED event". */
    private record Rule(AcledSubEventType subEvent, Set<EventType> types, Set<String> typeModes, Set<String> scene,
                        Set<String> cues, Set<String> unless, Kind actor) {
        boolean fits(EventType type, EventMode mode) {
            return types.contains(type) || (mode != null && typeModes.contains(type + "/" + mode.wireName()));
        }

        boolean matches(Set<String> bag, Kind actorKind) {
            return (scene.isEmpty() || any(bag, scene)) && (cues.isEmpty() || any(bag, cues))
                && !any(bag, unless) && (actor == null || actor == actorKind);
        }
    }

    /** Who acts, as far as ACLED's rules care: the state's forces or an armed group outside it. */
    enum Kind { STATE, NONSTATE }

    private record PartyWords(Kind kind, Set<Sector> sectors, Set<String> words) {}

    private static final AcledCoder STANDARD = load();

    private final List<Rule> rules;
    private final List<PartyWords> parties;

    private AcledCoder(List<Rule> rules, List<PartyWords> parties) {
        this.rules = List.copyOf(rules);
        this.parties = List.copyOf(parties);
    }

    static AcledCoder standard() {
        return STANDARD;
    }

    /** The ACLED coding of an event found in {@code text}, or null when it is not an ACLED event. */
    Acled code(AnnotatedText text, List<Set<String>> bags, int sentence, int trigger, EventType type, EventMode mode,
               Factuality factuality, List<Entity> actors) {
        if (factuality == Factuality.NEGATED || factuality == Factuality.HYPOTHETICAL || factuality == Factuality.FUTURE) {
            return null;
        }
        List<Rule> fitting = rules.stream().filter(r -> r.fits(type, mode)).toList();
        if (fitting.isEmpty()) {
            return null;
        }
        Kind kind = actorKind(text, sentence, trigger, actors);
        Set<String> near = new HashSet<>(bags.get(sentence));
        if (sentence > 0) {
            near.addAll(bags.get(sentence - 1));
        }
        if (sentence + 1 < bags.size()) {
            near.addAll(bags.get(sentence + 1));
        }
        for (Set<String> bag : List.of(bags.get(sentence), near)) {
            for (Rule r : fitting) {
                if (!r.cues().isEmpty() && r.matches(bag, kind)) {
                    return r.subEvent() == null ? null : Acled.of(r.subEvent());
                }
            }
        }
        for (Rule r : fitting) {
            if (r.cues().isEmpty() && r.matches(near, kind)) {
                return r.subEvent() == null ? null : Acled.of(r.subEvent());
            }
        }
        return null;
    }

    /** The same, for a text on its own (tests). */
    Acled code(AnnotatedText text, int sentence, int trigger, EventType type, EventMode mode, Factuality factuality,
               List<Entity> actors) {
        List<Set<String>> bags = text.sentences().stream().map(s -> Phrase.sentence(text, s)).toList();
        return code(text, bags, sentence, trigger, type, mode, factuality, actors);
    }

    /**
     * The actor's kind: from its entities' sectors and names ("ISIS fighters", "the Syrian Arab
     * Army"); with no actor found, from the nearest party word before the trigger ("... were
     * recaptured by the army" has none before it, "rebel fighters took over" has one).
     */
    Kind actorKind(AnnotatedText text, int sentence, int trigger, List<Entity> actors) {
        for (Entity e : actors) {
            Set<String> words = new LinkedHashSet<>();
            for (String w : e.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
                words.add(w);
            }
            Kind k = kindOf(words, e.sector());
            if (k != null) {
                return k;
            }
        }
        Sentence s = text.sentences().get(sentence);
        for (int i = Math.min(trigger - 1, s.tokenEnd() - 1); i >= s.tokenStart(); i--) {
            Token t = text.tokens().get(i);
            Kind k = kindOf(new HashSet<>(List.of(Phrase.word(t), Phrase.lemma(t))), null);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    private Kind kindOf(Set<String> words, Sector sector) {
        // words first: "rebel forces" are rebels whatever "forces" says; a sector is the entity stage's word
        for (PartyWords p : parties) {
            if (any(words, p.words())) {
                return p.kind();
            }
        }
        for (PartyWords p : parties) {
            if (sector != null && p.sectors().contains(sector)) {
                return p.kind();
            }
        }
        return null;
    }

    private static boolean any(Set<String> bag, Set<String> words) {
        for (String w : words) {
            if (bag.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static AcledCoder load() {
        return new AcledCoder(rules(TsvTable.resource(AcledCoder.class, "acled.tsv",
            "sub_event", "plover", "scene", "cues", "unless", "actor")),
            partyWords(TsvTable.resource(AcledCoder.class, "acled-parties.tsv", "kind", "sectors", "words")));
    }

    static List<Rule> rules(TsvTable table) {
        List<Rule> rules = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            AcledSubEventType sub = row.get("sub_event").equals("none") ? null
                : row.value("sub_event", AcledSubEventType::fromWire);
            Set<EventType> types = new HashSet<>();
            Set<String> typeModes = new HashSet<>();
            for (String item : row.items("plover")) {
                String[] parts = item.split("/", 2);
                EventType type = row.value("plover", v -> EventType.fromWire(parts[0]));
                if (parts.length == 1) {
                    types.add(type);
                } else {
                    EventMode mode = row.value("plover", v -> EventMode.fromWire(parts[1]));
                    if (!type.modes().contains(mode)) {
                        throw new IllegalStateException(table.name() + ":" + row.line() + ": " + mode
                            + " is no PLOVER mode of " + type);
                    }
                    typeModes.add(type + "/" + mode.wireName());
                }
            }
            String actor = row.get("actor");
            Kind kind = switch (actor) {
                case "-" -> null;
                case "state" -> Kind.STATE;
                case "nonstate" -> Kind.NONSTATE;
                default -> throw new IllegalStateException(table.name() + ":" + row.line() + ": actor '" + actor
                    + "' is none of -, state, nonstate");
            };
            rules.add(new Rule(sub, types, typeModes, words(row, "scene"), words(row, "cues"), words(row, "unless"), kind));
        }
        return rules;
    }

    private static List<PartyWords> partyWords(TsvTable table) {
        List<PartyWords> out = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            Kind kind = row.value("kind", v -> Kind.valueOf(v.toUpperCase(Locale.ROOT)));
            Set<Sector> sectors = new HashSet<>();
            for (String s : row.get("sectors").equals("-") ? List.<String>of() : row.items("sectors")) {
                sectors.add(row.value("sectors", v -> Sector.fromWire(s)));
            }
            out.add(new PartyWords(kind, sectors, words(row, "words")));
        }
        return out;
    }

    /** A |-list of lower-case words or two-word phrases, or {@code -} for none. */
    private static Set<String> words(TsvTable.Row row, String column) {
        if (row.get(column).equals("-")) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (String w : row.items(column)) {
            if (!w.equals(w.toLowerCase(Locale.ROOT)) || w.split(" ").length > 2) {
                throw new IllegalStateException(row.where() + ": '" + w + "' in column '" + column
                    + "' is not a lower-case word or two-word phrase");
            }
            words.add(w);
        }
        return Set.copyOf(words);
    }
}
