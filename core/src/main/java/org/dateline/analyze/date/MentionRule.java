package org.dateline.analyze.date;

/** One rewrite of one mention's span, type or value; returns the mention unchanged when it does not apply. */
interface MentionRule {
    Mention rewrite(DocContext doc, Mention m);
}
