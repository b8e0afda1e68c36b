package org.dateline.analyze.statement;

/**
 * A statement found but not yet tied to an entity: code-point ranges of its parts (source and
 * cue may be absent, as {@code null}) and the token that heads its source.
 *
 * @param kind direct, indirect, mixed or according_to
 */
record Attribution(int sentence, int[] source, int sourceHead, int[] cue, int[] content, String kind) {
    int contentStart() {
        return content[0];
    }

    boolean contentContains(int[] range) {
        return range != null && content[0] <= range[0] && range[1] <= content[1];
    }
}
