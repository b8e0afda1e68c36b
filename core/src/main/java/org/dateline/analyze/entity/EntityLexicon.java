package org.dateline.analyze.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    boolean isOrgNoun(String word) {
        return in("org-noun", word);
    }

    boolean isPlaceNoun(String word) {
        return in("place-noun", word);
    }

    boolean isOrgHead(String word) {
        return in("org-head", word);
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
        try (InputStream in = EntityLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                words.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
                if (f[0].equals("pronoun")) {
                    gender.put(f[1], f[2].charAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EntityLexicon(Map.copyOf(words), Map.copyOf(gender));
    }
}
