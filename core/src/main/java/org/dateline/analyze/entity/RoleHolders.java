package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;
import org.dateline.analyze.entity.MentionGrouper.Cluster;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Token;

/**
 * Which named person, if any, a role description ({@link Mention.Kind#ROLE}: "the Azerbaijani
 * deputy foreign minister") names; the grouper makes a person of the description when none does
 * (docs/CONTRACT.md, entities, {@code nominal}).
 */
final class RoleHolders {
    /** What follows a title's office words: "minister of foreign affairs" is read up to "of". */
    private static final Pattern TITLE_PREPOSITION = Pattern.compile(
        "\\s+(" + String.join("|", RoleDescriptions.TITLE_PREPOSITIONS) + ")\\s+");

    private final EntityLexicon lexicon;

    RoleHolders(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The person a role description names, of the article's persons so far, if it names that person: the name in
     * apposition ("Elnur Mammadov, the Azerbaijani deputy foreign minister,"), else the person who
     * took the same role before, else the most recent person before whom the role fits, else the
     * nearest after (a lead may give the role before the name). Null: a person known only by role.
     */
    Cluster holder(AnnotatedText text, Mention role, List<Cluster> persons, Function<Cluster, String> countryOf) {
        Cluster beside = null;
        int besideStart = -1;
        for (Cluster c : persons) {
            String country = countryOf.apply(c);
            if (role.code() != null && country != null && !role.code().equals(country)) {
                continue; // "Lavrov met Blinken in Geneva, the Russian foreign minister said"
            }
            for (Mention n : c.names()) {
                if (inApposition(text, role, n) && (n.tokenStart() > role.tokenStart() || n.tokenStart() > besideStart)) {
                    beside = c;
                    besideStart = n.tokenStart() > role.tokenStart() ? Integer.MAX_VALUE : n.tokenStart();
                }
            }
        }
        if (beside != null) {
            return beside;
        }
        String title = role.titles().get(0);
        for (Cluster c : persons) {
            for (Mention m : c.mentions) {
                if (m.kind() == Mention.Kind.ROLE && m.tokenStart() < role.tokenStart() && m.titles().get(0).equalsIgnoreCase(title)
                    && Objects.equals(m.code(), role.code()) && Objects.equals(m.organization(), role.organization())) {
                    return c;
                }
            }
        }
        int sentence = text.tokens().get(role.tokenStart()).sentence();
        Cluster before = null;
        int beforeStart = -1;
        Cluster after = null;
        int afterStart = Integer.MAX_VALUE;
        for (Cluster c : persons) {
            if (!holdsRole(c, role, countryOf)) {
                continue;
            }
            for (Mention m : c.mentions) {
                int s = text.tokens().get(m.tokenStart()).sentence();
                if (m.tokenStart() < role.tokenStart() && m.tokenStart() > beforeStart
                    && sentence - s <= MentionGrouper.DESCRIPTION_REACH_SENTENCES) {
                    before = c;
                    beforeStart = m.tokenStart();
                } else if (m.kind() == Mention.Kind.NAME && m.tokenStart() > role.tokenStart() && m.tokenStart() < afterStart) {
                    after = c;
                    afterStart = m.tokenStart();
                }
            }
        }
        if (before != null || after != null) {
            return before != null ? before : after;
        }
        return onlyHolderOfUnknownCountry(role, persons, countryOf);
    }

    /**
     * "Austria's interior minister said ..." and later "Interior Minister Wolfgang Peschorn": a
     * person of no known country takes the role when the person is the article's only one whose
     * title names exactly that office (the same head, other words and rank) among those whose
     * country is not known. Two foreign ministers of unknown countries leave "the Russian foreign
     * minister" a person apart.
     */
    private Cluster onlyHolderOfUnknownCountry(Mention role, List<Cluster> persons, Function<Cluster, String> countryOf) {
        TitleWords wanted = titleWords(role.titles().get(0));
        if (role.code() == null || MentionGrouper.GENERIC_PERSON_NOUNS.contains(wanted.head()) || lexicon.isGenericOfficeHead(wanted.head())) {
            return null;
        }
        Cluster only = null;
        for (Cluster c : persons) {
            boolean holds = c.mentions.stream().flatMap(m -> m.titles().stream()).map(this::titleWords)
                .anyMatch(t -> t.head().equals(wanted.head()) && t.ranks().equals(wanted.ranks()) && t.modifiers().equals(wanted.modifiers()));
            if (!holds) {
                continue;
            }
            if (c.names().isEmpty() || countryOf.apply(c) != null) {
                continue; // a holder known to serve elsewhere (the same country would have fitted)
            }
            if (only != null) {
                return null; // two holders: which one is meant is not known
            }
            only = c;
        }
        return only;
    }

    /** "Name, the role" or "the role, Name": one comma between them in one sentence (or nothing). */
    private static boolean inApposition(AnnotatedText text, Mention role, Mention name) {
        List<Token> tokens = text.tokens();
        if (tokens.get(role.tokenStart()).sentence() != tokens.get(name.tokenStart()).sentence()) {
            return false;
        }
        if (name.tokenStart() == role.tokenEnd() || name.tokenEnd() == role.tokenStart()) {
            return true;
        }
        if (role.tokenEnd() < tokens.size() && tokens.get(role.tokenEnd()).sentence() == tokens.get(role.tokenStart()).sentence()
            && tokens.get(role.tokenEnd()).isVerb()) {
            return false; // "..., the Russian foreign minister said": the role speaks, it is no apposition
        }
        if (name.tokenStart() == role.tokenEnd() + 1 && tokens.get(role.tokenEnd()).word().equals(",")) {
            return true;
        }
        // "Rep. Nick Rahall (D) of West Virginia, the chairman of the committee": a comma before
        // the role, and between it and the name no verb and no other comma
        int comma = role.tokenStart() - 1;
        if (comma <= 0 || name.tokenEnd() > comma || !tokens.get(comma).word().equals(",")) {
            return false;
        }
        for (int k = name.tokenEnd(); k < comma; k++) {
            if (tokens.get(k).isVerb() || tokens.get(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the person holds the role a description names: the same country or organisation
     * (when the person's is known), and a title with the role's head noun whose other words do not
     * name another office ("Foreign Minister" holds "the Azerbaijani foreign minister"; "Prime
     * Minister" and "Deputy Foreign Minister" do not). A generic head ("the UN rights chief", "the
     * Russian leader") fits a title holding the role's other words, or any title when it has none.
     */
    private boolean holdsRole(Cluster c, Mention role, Function<Cluster, String> countryOf) {
        String code = c.names().isEmpty() ? c.code() : countryOf.apply(c);
        if (role.code() != null && !role.code().equals(code) || role.code() == null && code != null) {
            return false;
        }
        String organization = c.mentions.stream().map(Mention::organization).filter(Objects::nonNull).findFirst().orElse(null);
        if (role.organization() != null && organization != null && !role.organization().equals(organization)) {
            return false;
        }
        TitleWords wanted = titleWords(role.titles().get(0));
        boolean generic = MentionGrouper.GENERIC_PERSON_NOUNS.contains(wanted.head()) || lexicon.isGenericOfficeHead(wanted.head());
        for (Mention m : c.mentions) {
            for (String t : m.titles()) {
                TitleWords held = titleWords(t);
                if (!wanted.ranks().equals(held.ranks())) {
                    continue;
                }
                if (generic ? held.words().containsAll(wanted.modifiers())
                    : held.head().equals(wanted.head()) && (held.words().containsAll(wanted.modifiers())
                        || wanted.words().containsAll(held.modifiers()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A title's lower-case words: its head (the last word before "of", "for" or "on": "Minister"
     * of "Minister of Foreign Affairs"), its rank words ("deputy", "former"), the other words.
     */
    private record TitleWords(String head, Set<String> ranks, Set<String> modifiers, Set<String> words) {}

    private TitleWords titleWords(String title) {
        List<String> all = new ArrayList<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty() && !RoleDescriptions.SMALL_WORDS.contains(w)) {
                all.add(w);
            }
        }
        String[] before = TITLE_PREPOSITION.split(title.toLowerCase(Locale.ROOT), 2)[0].split("\\s+");
        String head = before[before.length - 1];
        Set<String> ranks = new HashSet<>();
        Set<String> modifiers = new HashSet<>();
        for (String w : all) {
            if (lexicon.isRankWord(w)) {
                ranks.add(w);
            } else if (!w.equals(head)) {
                modifiers.add(w);
            }
        }
        return new TitleWords(head, ranks, modifiers, new HashSet<>(all));
    }
}
