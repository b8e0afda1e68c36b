package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.dateline.analyze.quote.Quotes;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.model.Span;
import org.dateline.model.TextIndex;
import org.dateline.nlp.AnnotatedText;

/**
 * The entity stage: every person, organisation, country, place and collective of an article, with
 * all of its mentions, its titles and its actor codes. Pure: reads the annotated text, returns
 * records.
 */
public final class EntityAnalyzer {
    private final NameMentions names;
    private final NominalMentions nominals;
    private final Titles titles;
    private final MentionGrouper grouper;

    public EntityAnalyzer(ActorCodes codes) {
        EntityLexicon lexicon = EntityLexicon.standard();
        this.names = new NameMentions(codes, lexicon);
        this.nominals = new NominalMentions(codes, lexicon);
        this.titles = new Titles(codes, lexicon);
        this.grouper = new MentionGrouper(codes);
    }

    public static EntityAnalyzer standard() {
        return new EntityAnalyzer(ActorCodes.standard());
    }

    /**
     * @param sourceName the outlet that published the text, so that its name in the text is
     *     known to be a news organisation; may be null
     */
    public List<Entity> analyze(AnnotatedText text, String sourceName) {
        TextIndex index = text.index();
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : names.find(text, sourceName)) {
            mentions.add(m.type() == EntityType.PERSON ? titles.describe(text, index, m) : m);
        }
        mentions.addAll(nominals.find(text));
        List<Entity> entities = new ArrayList<>();
        for (MentionGrouper.Cluster c : grouper.group(text, mentions, Quotes.find(text.text()))) {
            entities.add(toEntity("E" + (entities.size() + 1), c, text));
        }
        return entities;
    }

    private static Entity toEntity(String id, MentionGrouper.Cluster c, AnnotatedText text) {
        String name = c.names().stream().map(m -> MentionGrouper.words(text, m))
            .max((a, b) -> Integer.compare(a.codePointCount(0, a.length()), b.codePointCount(0, b.length())))
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
        return new Entity(id, name, c.type(), List.copyOf(titles.values()), c.code(), sector, organization,
            List.copyOf(spans));
    }
}
