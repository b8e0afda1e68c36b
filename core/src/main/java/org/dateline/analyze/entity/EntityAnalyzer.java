package org.dateline.analyze.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.analyze.quote.Quotes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.NameFold;
import org.dateline.model.Sector;
import org.dateline.model.Span;
import org.dateline.model.TextIndex;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.ParseFilter;

/**
 * The entity stage: every person, organisation, country, place and collective of an article, with
 * all of its mentions, its titles and its actor codes. Pure: reads the annotated text, returns
 * records.
 */
public final class EntityAnalyzer {
    private final NameMentions names;
    private final NominalMentions nominals;
    private final RoleDescriptions roles;
    private final Titles titles;
    private final MentionGrouper grouper;
    private final ActorCodes codes;
    private final ActorDictionary dictionary;
    private final CapitalSubjects capitals;
    private final PersonNames persons;

    public EntityAnalyzer(ActorCodes codes, ActorDictionary dictionary) {
        this.codes = codes;
        this.dictionary = dictionary;
        EntityLexicon lexicon = EntityLexicon.standard();
        this.names = new NameMentions(codes, lexicon);
        this.nominals = new NominalMentions(codes, lexicon);
        this.titles = new Titles(codes, lexicon);
        this.roles = new RoleDescriptions(codes, lexicon);
        this.grouper = new MentionGrouper(codes, lexicon);
        this.capitals = new CapitalSubjects(codes);
        this.persons = new PersonNames(codes, lexicon);
    }

    /**
     * Sentences where a capital may be a verb's subject ("Baku said") or a word the tagger did not
     * call a person may be a speaker ("Türk repeated", {@link PersonNames}): these rules read the
     * parse of these and of no others, so they are parsed for them.
     */
    public ParseFilter parseFilter() {
        return (text, sentence) -> capitals.mayHaveOne(text, sentence) || persons.mayHaveOne(text, sentence);
    }

    public static EntityAnalyzer standard() {
        return new EntityAnalyzer(ActorCodes.standard(), ActorDictionary.standard());
    }

    /** {@link #analyze(AnnotatedText, String, LocalDate)} without a published day. */
    public List<Entity> analyze(AnnotatedText text, String sourceName) {
        return analyze(text, sourceName, null);
    }

    /**
     * @param sourceName the outlet that published the text, so that its name in the text is
     *     known to be a news organisation; may be null
     * @param published the article's published day, which picks a dated actor code of the
     *     Phoenix dictionary ({@link ActorDictionary}); null when unknown (then only timeless
     *     names are coded from it)
     */
    public List<Entity> analyze(AnnotatedText text, String sourceName, LocalDate published) {
        TextIndex index = text.index();
        List<Mention> mentions = new ArrayList<>();
        Map<String, String> placesMeant = names.placesMeant(text);
        for (Mention m : persons.apply(text, names.find(text, sourceName, placesMeant))) {
            mentions.add(m.type() == EntityType.PERSON ? titles.describe(text, index, m) : m);
        }
        List<Mention> named = List.copyOf(mentions);
        mentions.addAll(nominals.find(text, placesMeant));
        mentions.addAll(roles.find(text, named));
        List<Entity> entities = new ArrayList<>();
        // "Washington said", "Santiago was taken into custody": a person's surname, not a capital
        Set<String> surnames = new HashSet<>();
        for (Mention m : named) {
            if (m.type() == EntityType.PERSON && m.tokenEnd() - m.tokenStart() > 1) {
                surnames.add(text.tokens().get(m.tokenEnd() - 1).word());
            }
        }
        java.util.function.Function<MentionGrouper.Cluster, String> countryOf = c -> c.code() != null ? c.code()
            : dictionaryCoding(c, text, published).map(ActorDictionary.Coding::code).orElse(null);
        for (MentionGrouper.Cluster c : grouper.group(text, mentions, Quotes.find(text.text()), countryOf)) {
            entities.add(toEntity("E" + (entities.size() + 1), c, text, published, surnames, placesMeant));
        }
        return entities;
    }

    /**
     * {@code surnames}: the last words of the names of the text's persons; a capital so named is no
     * government. {@code placesMeant}: the shared names the text means as places ({@link SharedNames}).
     */
    private Entity toEntity(String id, MentionGrouper.Cluster c, AnnotatedText text, LocalDate published, Set<String> surnames,
                            Map<String, String> placesMeant) {
        // a person known only by role is named by the fullest description of it: "UN High
        // Commissioner for Human Rights" over "UN rights chief"
        boolean nominal = c.names().isEmpty() && c.mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.ROLE);
        List<Mention> naming = nominal ? c.mentions.stream().filter(m -> m.kind() == Mention.Kind.ROLE).toList() : c.names();
        // the longest name; of names as long, one the text writes in its own case ("Denver" over
        // a dateline's or caption's "DENVER")
        String name = naming.stream().map(m -> MentionGrouper.words(text, m))
            .max(Comparator.<String>comparingInt(n -> n.codePointCount(0, n.length()))
                .thenComparing(n -> n.chars().anyMatch(Character::isLowerCase)))
            .orElseGet(() -> MentionGrouper.words(text, c.first()));
        Map<String, String> titles = new LinkedHashMap<>();
        for (Mention m : c.mentions) {
            m.titles().forEach(t -> titles.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
        }
        Sector sector = c.mentions.stream().map(Mention::sector).filter(Objects::nonNull).findFirst().orElse(null);
        String organization = c.mentions.stream().map(Mention::organization).filter(Objects::nonNull)
            .findFirst().orElse(null);
        TreeSet<Span> spans = new TreeSet<>();
        for (Mention m : c.mentions) {
            spans.add(text.span(m.tokenStart(), m.tokenEnd()).toSpan());
        }
        String code = c.code();
        Optional<ActorDictionary.Coding> coded = dictionaryCoding(c, text, published);
        if (coded.isPresent()) {
            // the text's own answer (a title, a demonym, the own tables) wins; the dictionary's
            // answer for the day fills what the text leaves open, if it names the same country
            String dictCode = coded.get().code();
            if (code == null || dictCode == null || code.equals(dictCode)) {
                code = code == null ? dictCode : code;
                sector = sector == null ? coded.get().sector() : sector;
            }
        } else if (c.type() == EntityType.LOCATION && code == null && sector == null) {
            Optional<String> country = codes.capitalCode(name);
            if (country.isPresent() && !surnames.contains(name) && c.names().stream().anyMatch(m -> capitals.actsAsSubject(text, m))) {
                // "Baku said": the capital stands for its government (docs/CONTRACT.md, entities)
                code = country.get();
                sector = Sector.GOV;
            } else {
                // "a Texas jury", "a Moscow court": the place names a body the tagger gives no
                // mention of its own, so the place stands for it (docs/CONTRACT.md, entities)
                Optional<Sector> body = c.names().stream().map(m -> bodyAfter(text, m)).flatMap(Optional::stream).findFirst();
                // "a Vancouver court" in a report of Clark County, Washington: the town's country
                Optional<String> home = codes.placeCode(name, placesMeant);
                if (body.isPresent() && home.isPresent()) {
                    code = home.get();
                    sector = body.get();
                }
            }
        }
        if (code == null && c.type() == EntityType.PERSON && organization != null) {
            // "Kremlin spokesman Dmitry Peskov": a person speaks for the body their title names
            code = dictionary.on(organization, published).map(ActorDictionary.Coding::code).orElse(null);
        }
        boolean unnamed = c.first().kind() == Mention.Kind.UNNAMED;
        return new Entity(id, name, c.type(), List.copyOf(titles.values()), code, sector, organization, nominal,
            unnamed, List.copyOf(spans));
    }

    /** The sector of a singular lower-case body noun right after a place's name: "Texas [jury]", "Moscow [court]". */
    private Optional<Sector> bodyAfter(AnnotatedText text, Mention m) {
        if (m.tokenEnd() >= text.tokens().size()) {
            return Optional.empty();
        }
        org.dateline.nlp.Token next = text.tokens().get(m.tokenEnd());
        if (next.sentence() != text.tokens().get(m.tokenStart()).sentence() || !next.pos().equals("NN") || next.isCapitalised()) {
            return Optional.empty();
        }
        return codes.agentSector(next.word());
    }

    /**
     * What the Phoenix dictionary says on the day of a person or organisation, by any of its names
     * (the longest first). A person's one-word name ("Aliyev") is not looked up: a surname alone
     * names too many people.
     */
    private Optional<ActorDictionary.Coding> dictionaryCoding(MentionGrouper.Cluster c, AnnotatedText text,
                                                              LocalDate published) {
        if (c.type() != EntityType.PERSON && c.type() != EntityType.ORGANIZATION) {
            return Optional.empty();
        }
        List<String> names = c.names().stream().map(m -> MentionGrouper.words(text, m)).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String n : names) {
            if (c.type() == EntityType.PERSON && NameFold.forMatching(n).size() < 2) {
                continue;
            }
            Optional<ActorDictionary.Coding> coded = dictionary.on(n, published);
            if (coded.isPresent()) {
                return coded;
            }
        }
        return Optional.empty();
    }
}
