package org.dateline.story;

import java.util.List;

/**
 * One grouping decision of a claim: statement {@code to} joined the claim of statement {@code from}
 * because both hold {@code words} (as {@code to} writes them).
 *
 * @param from a statement ref, {@code articleId#S2}
 * @param to a statement ref
 */
public record ClaimLink(String from, String to, List<String> words) {
    public ClaimLink {
        words = List.copyOf(words);
    }
}
