package org.dateline.analyze.event;

import java.time.LocalDate;
import java.util.Set;
import org.dateline.analyze.FunctionWords;
import org.dateline.model.DateFact;
import org.dateline.model.Event.When;
import org.dateline.model.Factuality;
import org.dateline.model.Published;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;

/**
 * Did it happen? Reads negation, modal and future auxiliaries, and control verbs ("plans to", "was
 * to", "failed to") on the clause's chain of heads; a verb of denial the clause is the complement
 * of ("denied that its forces had shelled"); conditionals ("if"); dates far before
 * publication; and whether the event sits inside someone's statement. Modality found on the
 * clause outranks attribution: "officials said Iran could strike" is hypothetical.
 */
final class FactualityJudge {
    private static final Set<String> NEGATORS = FunctionWords.NEGATORS;
    private static final Set<String> NEGATING_VERBS = Set.of("fail", "cancel", "postpone", "abandon", "scrap", "prevent",
        "deny", "avert", "thwart", "foil", "delay");
    /**
     * Verbs whose object, an event noun, was stopped before it happened ({@link #stopped}):
     * {@link #NEGATING_VERBS} negate an act through the clause's chain of heads ("failed to attack"),
     * these the event noun they take as object ("thwarted an attack").
     */
    private static final Set<String> STOPPING_VERBS = Set.of("thwart", "foil", "avert", "prevent", "frustrate");
    /** Verbs whose clausal complement is what their subject says did not happen. */
    private static final Set<String> DENYING_VERBS = Set.of("deny");
    private static final Set<String> HYPOTHETICAL_AUX = FunctionWords.HEDGING_MODALS;
    private static final Set<String> FUTURE_AUX = FunctionWords.FUTURE_MODALS;
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");
    private static final Set<String> INTENDING_VERBS = Set.of("plan", "schedule", "expect", "intend", "aim", "prepare",
        "set", "due", "propose", "seek", "hope", "want", "wish", "decide", "try", "attempt", "going");
    private static final Set<String> PLANNED = Set.of("planned", "proposed", "upcoming", "scheduled", "expected",
        "forthcoming", "possible", "potential", "future", "prospective");
    /**
     * Verbs that say whether an event noun, their subject, happens: their tense and modals are the
     * event's ("talks will take place"). Other verbs only say what the event did ("the swap would
     * pave the way"), so only their negation counts.
     */
    private static final Set<String> HAPPENING = Set.of("take", "happen", "occur", "begin", "start", "go", "resume",
        "continue", "proceed", "end", "conclude", "open", "last", "run");
    /** An event dated this long before publication is history rather than news. */
    private static final int HISTORICAL_DAYS = 365;

    private final AnnotatedText text;

    FactualityJudge(AnnotatedText text) {
        this.text = text;
    }

    /**
     * @param date the event's date, or null
     * @param reported whether the event lies inside a statement's content
     */
    Factuality judge(DependencyTree tree, Clause clause, When date, Published published, boolean reported) {
        if (tree.sentence().parsed()) {
            Factuality modal = modality(tree, clause);
            if (modal != null) {
                return modal;
            }
        }
        if (date != null && published != null && historical(date.value(), published.date())) {
            return Factuality.HISTORICAL;
        }
        if (date != null && published != null && after(date.value(), published.date()) && !past(tree, clause)) {
            return Factuality.FUTURE;
        }
        return reported ? Factuality.REPORTED : Factuality.ASSERTED;
    }

    /** True when the clause looks ahead by its words ("would hold", "plans to meet"), whatever its date. */
    boolean ahead(DependencyTree tree, Clause clause) {
        return tree.sentence().parsed() && modality(tree, clause) == Factuality.FUTURE;
    }

    private Factuality modality(DependencyTree tree, Clause clause) {
        if (denied(tree, clause) || stopped(tree, clause.trigger())) {
            return Factuality.NEGATED;
        }
        boolean hypothetical = false;
        boolean future = false;
        int predicate = clause.heads().indexOf(clause.predicate());
        for (int k = 0; k < clause.heads().size(); k++) {
            int head = clause.heads().get(k);
            String lemma = Phrase.lemma(text.tokens().get(head));
            if (head != clause.trigger() && NEGATING_VERBS.contains(lemma)) {
                return Factuality.NEGATED;
            }
            boolean negationOnly = clause.nounIsSubject() && head == clause.lightVerb() && !HAPPENING.contains(lemma);
            for (int c : tree.children(head)) {
                String rel = tree.relation(c);
                String w = Phrase.lemma(text.tokens().get(c));
                String word = Phrase.word(text.tokens().get(c));
                if ((rel.equals("advmod") || rel.equals("det") || rel.equals("neg")) && NEGATORS.contains(word)) {
                    return Factuality.NEGATED;
                }
                if (negationOnly) {
                    continue;
                }
                if (rel.startsWith("aux") && HYPOTHETICAL_AUX.contains(word)) {
                    hypothetical = true;
                } else if (rel.startsWith("aux") && word.equals("would")) {
                    boolean ifClause = conditional(tree);
                    hypothetical |= ifClause;
                    future |= !ifClause;
                } else if (rel.startsWith("aux") && FUTURE_AUX.contains(word)) {
                    future = true;
                } else if (rel.equals("mark") && CONDITIONAL_MARKS.contains(w)) {
                    hypothetical = true;
                } else if (rel.equals("amod") && head == clause.trigger() && PLANNED.contains(word)) {
                    future = true;
                } else if (rel.startsWith("aux") && w.equals("be") && tree.children(head, "mark").stream()
                    .anyMatch(m -> Phrase.word(text.tokens().get(m)).equals("to"))) {
                    future = true; // "was to conduct", "is to meet"
                }
            }
            // a control verb above the predicate ("plans to meet"), not a verb the event noun is
            // subject of ("rioters set fire")
            if (k > predicate && INTENDING_VERBS.contains(lemma)) {
                future = true;
            }
            if (tree.relation(head).equals("advcl") && tree.children(head, "mark").stream()
                .anyMatch(m -> CONDITIONAL_MARKS.contains(Phrase.lemma(text.tokens().get(m))))) {
                hypothetical = true;
            }
        }
        return hypothetical ? Factuality.HYPOTHETICAL : future ? Factuality.FUTURE : null;
    }

    /**
     * Whether an event noun is what a verb of stopping stopped: "thwarted an attack on a freighter",
     * "foiled a hijack attempt" did not happen as told (both hand-coded real-news sets code such
     * attacks negated; an attack "repulsed" happened and was beaten back). Only the noun the verb
     * governs as its object, or the noun that object is a compound of.
     */
    private boolean stopped(DependencyTree tree, int trigger) {
        if (!text.tokens().get(trigger).isNoun()) {
            return false;
        }
        int noun = tree.relation(trigger).equals("compound") ? tree.head(trigger) : trigger; // "a hijack attempt"
        int head = noun < 0 ? -1 : tree.head(noun);
        return head >= 0 && tree.relation(noun).equals("obj") && STOPPING_VERBS.contains(Phrase.lemma(text.tokens().get(head)))
            // "could not prevent her daughter's murder": the stopping itself denied, the act happened
            && tree.children(head).stream().noneMatch(c -> NEGATORS.contains(Phrase.word(text.tokens().get(c))));
    }

    /**
     * Whether the clause is what a verb of denial denies: "denied that its forces had shelled the
     * village", "denied attacking the convoy" (which the parser may hang as a bare dependent). The
     * denier's word is that it did not happen as told; the statement that holds it names who says so.
     */
    private boolean denied(DependencyTree tree, Clause clause) {
        int top = clause.heads().get(clause.heads().size() - 1);
        String rel = tree.relation(top);
        int head = tree.head(top);
        return head >= 0 && (rel.equals("ccomp") || rel.equals("dep"))
            && DENYING_VERBS.contains(Phrase.lemma(text.tokens().get(head)));
    }

    /** A past-tense predicate ("have launched ... since November") outweighs a date resolved forward. */
    private boolean past(DependencyTree tree, Clause clause) {
        int p = clause.predicate();
        String pos = text.tokens().get(p).pos();
        return pos.equals("VBD") || pos.equals("VBN") && tree.children(p, "aux").stream()
            .anyMatch(a -> Phrase.lemma(text.tokens().get(a)).equals("have"));
    }

    private boolean conditional(DependencyTree tree) {
        return text.tokensOf(tree.sentence()).stream().anyMatch(t -> CONDITIONAL_MARKS.contains(Phrase.word(t)));
    }

    private static boolean historical(String value, LocalDate published) {
        LocalDate d = DateFact.firstDayOf(value);
        return d != null && d.plusDays(HISTORICAL_DAYS).isBefore(published) && DateFact.lastDayOf(value).plusDays(HISTORICAL_DAYS).isBefore(published);
    }

    private static boolean after(String value, LocalDate published) {
        LocalDate d = DateFact.firstDayOf(value);
        return d != null && d.isAfter(published);
    }
}
