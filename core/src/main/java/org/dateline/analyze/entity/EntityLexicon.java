package org.dateline.analyze.entity;

import org.dateline.analyze.data.TsvTable;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word classes of {@code entity-lexicon.tsv}: how the entity stage reads phrases around names. */
final class EntityLexicon {
    private static final EntityLexicon STANDARD = load("entity-lexicon.tsv");

    private final Map<String, Set<String>> words;
    private final Map<String, Character> pronounGender;

    private EntityLexicon(Map<String, Set<String>> words, Map<String, Character> pronounGender) {
        this.words = words;
        this.pronounGender = pronounGender;
    }

    static EntityLexicon standard() {
        return STANDARD;
    }

    boolean isTitleHead(String word) {
        return in("title-head", word);
    }

    boolean isPersonNoun(String word) {
        return in("person-noun", word);
    }

    /** A singular noun that brings in a person without a name ("a man", "a gunman"): unnamed-person. */
    boolean isUnnamedPerson(String lemma) {
        return in("unnamed-person", lemma) || in("civilian-noun", lemma);
    }

    /** A word for people without a role, by lemma ("men": "man"): see the table's civilian-noun. */
    boolean isCivilianNoun(String lemma) {
        return in("civilian-noun", lemma);
    }

    boolean isOrgNoun(String word) {
        return in("org-noun", word);
    }

    boolean isPlaceNoun(String word) {
        return in("place-noun", word);
    }

    /** The last word of an institution's or site's name: "Hospital", "School", "Mall". */
    boolean isSiteNoun(String word) {
        return in("site-noun", word);
    }

    /** The last word of a county's or natural place's name: "County", "River" (see the table's area-noun). */
    boolean isAreaNoun(String word) {
        return in("area-noun", word);
    }

    boolean isOrgHead(String word) {
        return in("org-head", word);
    }

    /** A role head that, held for a country, organisation or place, names one person: "minister", "chief". */
    boolean isOfficeHead(String word) {
        return in("office-head", word);
    }

    /** A role head that stands for any top office of its owner: "the UN rights chief" is its High Commissioner. */
    boolean isGenericOfficeHead(String word) {
        return in("generic-office", word);
    }

    /** A word that makes another office of the same head: "deputy", "former". */
    boolean isRankWord(String word) {
        return in("rank-word", word);
    }

    /** A word (or lemma) after which a role describes someone already there: "is", "as", "named". */
    boolean isRolePredicate(String word) {
        return in("role-predicate", word);
    }

    /** 'm' or 'f' for a personal pronoun that refers to a person, else null. */
    Character pronounGender(String word) {
        return pronounGender.get(word.toLowerCase(Locale.ROOT));
    }

    private boolean in(String category, String word) {
        return words.getOrDefault(category, Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }

    static EntityLexicon load(String resource) {
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Character> gender = new HashMap<>();
        for (TsvTable.Row row : TsvTable.resource(EntityLexicon.class, resource, "category", "word", "gender").rows()) {
            words.computeIfAbsent(row.get("category"), k -> new HashSet<>()).add(row.get("word"));
            if (row.get("category").equals("pronoun")) {
                gender.put(row.get("word"), row.get("gender").charAt(0));
            }
        }
        return new EntityLexicon(Map.copyOf(words), Map.copyOf(gender));
    }
}
