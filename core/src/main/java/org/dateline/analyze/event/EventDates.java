package org.dateline.analyze.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dateline.model.DateFact;
import org.dateline.model.Event.When;
import org.dateline.model.Statement;
import org.dateline.model.TimexType;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * When an event happened, from the date stage's resolved dates: those inside the event's own
 * phrase first ("the December 3 and 7 talks" gives two), then those its clause governs ("met ... on
 * February 28"), then the sentence's nearest; for an event inside a statement with no date of its
 * own, the statement's date.
 */
final class EventDates {
    /** A verb's complement clause: what is said, thought or found, at a time of its own. */
    private static final Set<String> COMPLEMENTS = Set.of("ccomp");
    /** Clauses of their own below a head: complements, adverbial and relative clauses, and a clause set beside it. */
    private static final Set<String> OWN_CLAUSES = Set.of("ccomp", "advcl", "acl:relcl", "parataxis");

    private final AnnotatedText text;
    private final List<DateFact> dates;

    EventDates(AnnotatedText text, List<DateFact> dates) {
        this.text = text;
        this.dates = dates.stream().filter(d -> d.type() == TimexType.DATE && DateFact.isCalendar(d.value())).toList();
    }

    /**
     * One date per event to emit; a single null when the event is undated.
     *
     * @param triggers every trigger of the sentence: a date written before another event noun
     *     ("the December 3 talks") belongs to that event, not to the clause around it
     */
    List<When> of(DependencyTree tree, Clause clause, Statement statement, List<Integer> triggers) {
        Sentence s = tree.sentence();
        List<DateFact> inSentence = dates.stream().filter(d -> s.start() <= d.start() && d.end() <= s.end()).toList();
        List<DateFact> own = premodifiers(s, clause.trigger(), inSentence);
        if (!own.isEmpty()) {
            return own.stream().map(EventDates::when).toList();
        }
        List<DateFact> claimed = new ArrayList<>();
        for (int other : triggers) {
            claimed.addAll(premodifiers(s, other, inSentence));
        }
        List<DateFact> free = inSentence.stream().filter(d -> !claimed.contains(d)).toList();
        if (tree.sentence().parsed()) {
            // not a date of what the trigger's complement clauses say: in "criticised X on January 10,
            // saying that they had failed ... as the 2020 statement requires" 2020 is the statement's.
            // Adverbial and relative clauses still date it ("was killed when gunmen opened fire on
            // Wednesday", "elections that are scheduled for December 15 will be held"), as does a
            // clause set beside it (a headline's "killed" and the dateline after it)
            int trigger = clause.trigger();
            own = under(tree, trigger, free).stream().filter(d -> !insideClause(tree, trigger, d, COMPLEMENTS)).toList();
            if (!own.isEmpty()) {
                return own.stream().map(EventDates::when).toList();
            }
            for (int head : clause.heads()) {
                List<DateFact> governed = under(tree, head, free).stream()
                    .filter(d -> !insideClause(tree, head, d, OWN_CLAUSES)).toList();
                if (!governed.isEmpty()) {
                    return List.of(when(governed.get(0)));
                }
            }
        } else if (!inSentence.isEmpty()) {
            Token t = text.tokens().get(clause.trigger());
            return List.of(when(inSentence.stream().min(Comparator.comparingInt(d -> Math.abs(d.start() - t.start()))).get()));
        }
        List<When> none = new ArrayList<>();
        none.add(statement != null && statement.date() != null ? new When(statement.date(), null) : null);
        return none;
    }

    /**
     * Dates written right before an event noun, parsed or not: "the December 3 and 7, 2022, talks".
     * The parser often mangles such pre-modifiers, so they are read off the word order.
     */
    private List<DateFact> premodifiers(Sentence s, int trigger, List<DateFact> inSentence) {
        List<DateFact> found = new ArrayList<>();
        if (text.tokens().get(trigger).isVerb()) {
            return found;
        }
        for (int i = trigger - 1; i >= s.tokenStart(); i--) {
            Token t = text.tokens().get(i);
            DateFact d = inSentence.stream().filter(f -> f.start() <= t.start() && t.end() <= f.end()).findFirst().orElse(null);
            if (d != null) {
                if (!found.contains(d)) {
                    found.add(0, d);
                }
            } else if (!(t.word().equals(",") || t.word().equalsIgnoreCase("and") || t.pos().equals("CD"))) {
                break;
            }
        }
        return found;
    }

    /** Whether the date hangs from the head through one of these relations. */
    private boolean insideClause(DependencyTree tree, int head, DateFact d, Set<String> relations) {
        int token = tokenAt(d.start());
        for (int t = token; t >= 0 && t != head; t = tree.head(t)) {
            if (relations.contains(tree.relation(t))) {
                return true;
            }
        }
        return false;
    }

    private List<DateFact> under(DependencyTree tree, int head, List<DateFact> candidates) {
        return candidates.stream().filter(d -> tree.dominates(head, tokenAt(d.start()))).toList();
    }

    private int tokenAt(int start) {
        for (Token t : text.tokens()) {
            if (t.end() > start) {
                return t.index();
            }
        }
        return -1;
    }

    private static When when(DateFact d) {
        return new When(d.value(), d.text());
    }
}
