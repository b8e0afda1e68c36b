package org.dateline.analyze.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.analyze.FunctionWords;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Finds the tense of the clause an expression belongs to from POS tags and lemmas alone (the date
 * stage runs without the parser). English puts a time adverbial after the verb it modifies ("met
 * on Tuesday", "will meet on Tuesday", "said Friday"), or at the very front ("On Tuesday, they
 * met"); so the verb group nearest on the left decides, else the nearest on the right.
 */
final class TenseDetector {
    private static final Set<String> FUTURE_MODALS = FunctionWords.FUTURE_MODALS;
    /** Every other modal, "would" and "must" too: none of them makes a clause past or future by itself. */
    private static final Set<String> OTHER_MODALS = FunctionWords.union(List.of(FunctionWords.HEDGING_MODALS),
        "would", "must", "ca", "'d");
    /** Verbs and adjectives that announce a planned event: "is scheduled for", "plans to", "is due to". */
    private static final Set<String> PLANNING = Set.of("plan", "schedule", "expect", "intend", "slate",
        "set", "due", "aim", "prepare", "poise", "postpone", "delay", "defer", "reschedule", "adjourn");
    /** Tags of a finite verb: past, present, modal. */
    static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    Tense tenseAt(DocContext doc, int tokenStart, int tokenEnd) {
        Sentence s = doc.sentenceOf(tokenStart);
        for (int i = tokenStart - 1; i >= s.tokenStart(); i--) {
            if (isVerbal(doc.token(i))) {
                Tense t = classify(doc, group(doc, s, i));
                if (t != null) {
                    return t;
                }
                i = groupStart(doc, s, i);
            }
        }
        for (int i = tokenEnd; i < s.tokenEnd(); i++) {
            if (isVerbal(doc.token(i))) {
                Tense t = classify(doc, group(doc, s, i));
                if (t != null) {
                    return t;
                }
                i = groupEnd(doc, s, i);
            }
        }
        return Tense.UNKNOWN;
    }

    /** The tense of a verb group, or null when it has no finite verb to say (a bare "to visit"). */
    private static Tense classify(DocContext doc, List<Token> group) {
        boolean planning = false;
        String finiteTag = null;
        boolean have = false;
        boolean participle = false;
        for (int k = 0; k < group.size(); k++) {
            Token t = group.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
            if (t.pos().equals("MD") && FUTURE_MODALS.contains(w)) {
                return Tense.FUTURE;
            }
            boolean followedByTo = k + 1 < group.size() && group.get(k + 1).pos().equals("TO");
            if (w.equals("going") && followedByTo) {
                return Tense.FUTURE;
            }
            if (lemma.equals("be") && followedByTo && Set.of("VBZ", "VBP").contains(t.pos())) {
                return Tense.FUTURE; // "is to visit"
            }
            if (PLANNING.contains(lemma)) {
                planning = true;
            }
            if (finiteTag == null && FINITE.contains(t.pos())) {
                finiteTag = t.pos().equals("MD") && OTHER_MODALS.contains(w) ? "MD" : t.pos();
                have = lemma.equals("have");
            }
            if (t.pos().equals("VBN")) {
                participle = true;
            }
        }
        if (finiteTag == null && group.get(0).pos().equals("VB") && clauseStart(doc, group.get(0).index())) {
            return Tense.FUTURE; // an imperative: "Call me Sunday"
        }
        if (finiteTag == null) {
            // A reduced relative ("the talks held on Tuesday") is past; a bare infinitive or
            // gerund says nothing, so the search goes on.
            return participle && group.stream().noneMatch(t -> t.pos().equals("TO")) ? Tense.PAST : null;
        }
        if (planning) {
            return finiteTag.equals("VBD") ? Tense.PRESENT : Tense.FUTURE;
        }
        return switch (finiteTag) {
            case "VBD" -> Tense.PAST;
            case "MD" -> Tense.PRESENT;
            default -> have && participle ? Tense.PAST : Tense.PRESENT;
        };
    }

    private static boolean clauseStart(DocContext doc, int token) {
        String before = doc.word(token - 1);
        return token == doc.sentenceOf(token).tokenStart() || before.equals("``") || before.equals("\"")
            || before.equals(":") || before.equals(";");
    }

    private static boolean isVerbal(Token t) {
        return t.pos().startsWith("VB") || t.pos().equals("MD");
    }

    /** Tokens that may sit inside a verb group: verbs, modals, "to", negation and adverbs, "due". */
    private static boolean inGroup(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return isVerbal(t) || t.pos().equals("TO") || t.pos().equals("RB") || w.equals("due")
            || w.equals("n't") || w.equals("not");
    }

    private static List<Token> group(DocContext doc, Sentence s, int verb) {
        List<Token> g = new ArrayList<>();
        for (int i = groupStart(doc, s, verb); i <= groupEnd(doc, s, verb); i++) {
            g.add(doc.token(i));
        }
        return g;
    }

    private static int groupStart(DocContext doc, Sentence s, int verb) {
        int i = verb;
        while (i - 1 >= s.tokenStart() && inGroup(doc.token(i - 1))) {
            i--;
        }
        return i;
    }

    private static int groupEnd(DocContext doc, Sentence s, int verb) {
        int i = verb;
        while (i + 1 < s.tokenEnd() && inGroup(doc.token(i + 1))) {
            i++;
        }
        return i;
    }
}
