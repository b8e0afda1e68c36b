package org.dateline.story;

import java.util.List;
import org.dateline.model.Span;

/**
 * One statement of a claim: who says what about the proposition, with the spans it rests on (all
 * in the record of {@code articleId}).
 *
 * @param ref the statement, {@code articleId#S2}
 * @param outlet the record's source name, or null
 * @param speaker the speaker entity's name, or for an anonymous source the words that name it
 * @param speakerKey the speaker's cross-article key, or null (anonymous, or no key given)
 * @param side the speaker's country or body code (ARM, AZE, IGO...), or null when unknown
 * @param sideRef the entity the side was read from ({@code articleId#E3}): the speaker, or the same
 *     key in another article of the story when the speaker's own record gives no code, or the
 *     organisation of the same article the person speaks for; null with side
 * @param evidence what makes the stance a denial (the cue, the negator, the denying or distancing
 *     word), or the negated cue of a speaker who takes no stand and so only reports ("could not
 *     confirm"); null otherwise
 * @param words the proposition's words as this statement writes them: why it is in the claim
 * @param framing the statement's scare-quoted terms ({@code statements[].framing})
 */
public record ClaimStance(String ref, String articleId, String statementId, String outlet, String speaker,
                          String speakerKey, String side, String sideRef, Stance stance, Span cue,
                          Span content, Span evidence, List<Span> words, List<Span> framing) {
    public ClaimStance {
        words = List.copyOf(words);
        framing = List.copyOf(framing);
    }
}
