package org.dateline.story;

/**
 * The spelling of the terms whose document frequencies story grouping reads: a word
 * ({@code w:word}) or an entity key ({@code e:PERSON:joshua boren}). The store indexes every
 * article's terms under these spellings, a batch pass counts them the same way.
 */
public final class StoryTerms {
    private StoryTerms() {}

    public static String word(String w) {
        return "w:" + w;
    }

    public static String entity(String key) {
        return "e:" + key;
    }
}
