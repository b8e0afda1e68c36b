/**
 * The event stage: PLOVER events from the annotated text and the earlier stages' entities, dates
 * and statements.
 *
 * <h2>How an event is found</h2>
 * <ol>
 *   <li><b>Triggers</b> ({@code triggers.tsv}): verbs and event nouns with their PLOVER type, and a
 *       mode when the word fixes one. A word's senses are told apart by words of its own phrase
 *       ("withdrew troops" RETREAT, "withdrew from the treaty" SANCTION, "withdrew the bill"
 *       CONCEDE; "joint drills" COOPERATE, "drills" MOBILIZE). Modifier uses ("aid package",
 *       "alleged crimes") and words in scare quotes are not events.
 *   <li><b>The field's verb dictionary</b> ({@link org.dateline.analyze.event.CameoDictionary}):
 *       a verb the own lexicon has no sense for is coded with PETRARCH-2's CAMEO verb patterns
 *       ({@code cameo-verbs.tsv}, {@code cameo-patterns.tsv}, {@code cameo-synsets.tsv}, converted
 *       once by {@code scripts/convert-cameo.py}), the code's PLOVER category, mode and contexts
 *       coming from the PLOVER project's conversion table. The most specific pattern whose words
 *       stand among the verb's dependents, on their side of the verb and in their order, decides;
 *       else the verb's own code; codes PLOVER drops (statements, appeals) give no event. The own
 *       lexicon decides a dependency path it has a trigger on ("imposed sanctions" is SANCTION,
 *       not CAMEO's COERCE for "impose"); event nouns are the own lexicon's alone; a dictionary
 *       event needs a party, as PETRARCH's do. A speech verb's patterns stop at the clause it
 *       reports ("said that Y attacked Z": that clause codes on its own). The rule that fired is
 *       kept for debugging ({@code LexiconEntry.rule}), not in the record.
 *   <li><b>Sayings of intent</b> ({@link org.dateline.analyze.event.Intentions},
 *       {@code intentions.tsv}): PLOVER codes the saying, not the act it names. A vow whose act
 *       is hostile ("vowed to keep fighting", "pledged to impose sanctions") is THREATEN at the vow;
 *       a cooperative act under a word of readiness ("ready to work with", "willing to hold talks")
 *       is AGREE; a negated forward-looking "tolerate" or "go unpunished" is THREATEN, its warned
 *       parties those named in what is not tolerated (or the addressee: "told the gangs that").
 *       Future cooperation its own party states ("they said they would hold talks") is AGREE too,
 *       while a schedule reported by others stays the future event. Such sayings are asserted when
 *       the speaker is the actor, not the speaker's claim.
 *   <li><b>Riots</b> ({@link org.dateline.analyze.event.Riots}, {@code riots.tsv}): violence whose
 *       doers are protesters ("protesters torched cars") is PROTEST with mode riot, not ASSAULT.
 *   <li><b>One event per act</b> ({@link org.dateline.analyze.event.Nesting}): a trigger inside
 *       another's arguments is its content or topic ("threatened to attack", "called for a
 *       ceasefire"), unless coordinated, an adverbial clause of another type, or one that tells a
 *       later act ("before he was killed by the police"; not "before he killed himself"). An "-ing" result
 *       adjunct is its main act's however it was parsed ({@link org.dateline.analyze.event.ResultAdjunct}:
 *       "struck a block, killing three"), coordinated acts of one rioting crowd are one riot, coordinated
 *       attacks without a subject of their own are one attack ("was shot and killed"), an attack
 *       an investigation is about is an act of its own ("investigating a shooting that wounded two"), and a
 *       violence noun that only modifies another noun is a mention, not an event ("suspects in the
 *       shooting"; {@code violence-holders.tsv} names the nouns under which it still reports it).
 *       An act told without its doers takes them from the adverbial clause of the same type that
 *       tells it again ("were killed when Taliban fighters attacked their checkpoint"), unless the
 *       act has a subject of its own, the clause's subject is a pronoun (the victim's "he") or the
 *       clause tells a later act ("before", "until").
 *   <li><b>Legal acts and accidents</b> (issue 12, round 3; {@code triggers.tsv}, {@code accidents.tsv},
 *       {@link org.dateline.analyze.event.WordUse}): charges, indictments, trials and hearings are
 *       ACCUSE allege, questioning a suspect ACCUSE investigate, a conviction SANCTION convict, as the
 *       PLOVER manual codes them. A charge that labels a person ("a woman charged with murder was
 *       released", "who is accused of") is no event, nor is anything in its phrase; violence told in
 *       a relative clause on a party of a legal act ("the man who killed four was sentenced") is
 *       the act's content; harm told as an accident ("accidentally shot", "killed in a crash") is
 *       no ASSAULT. A prosecutor (a JUD speaker) who tells of a charge is its actor, asserted. An
 *       occupation by protesters is PROTEST obstruct ({@code riots.tsv}: the passive's "by" agent
 *       is a doer too).
 *   <li><b>Parties</b> ({@link org.dateline.analyze.event.PartyFinder}): from subjects, passive
 *       by-agents, objects, "with", "between A and B", possessors; an event noun borrows the
 *       subject of its light verb ("held talks"). Tokens become entity ids through the entity
 *       stage's mention spans. In symmetric events (meetings, agreements, fights) every party is an
 *       actor, PLOVER's rule for meetings without a clear host.
 *   <li><b>Mode</b>: the trigger's own, else the first cue of {@code modes.tsv} in its phrase, then
 *       in its sentence; "hosted talks between A and B" is CONSULT third-party.
 *   <li><b>When and where</b> ({@link org.dateline.analyze.event.EventDates},
 *       {@link org.dateline.analyze.event.EventPlaces}): resolved dates written before the event
 *       noun, then under it, then governed by its clause; for an event inside a statement with no
 *       date of its own, the statement's date (with no words, so {@code date.text} is null). A
 *       place entity in a locative phrase of the trigger or its verb.
 *   <li><b>Factuality</b> ({@link org.dateline.analyze.event.FactualityJudge}): negation and
 *       "failed to" / "did not take place"; modal auxiliaries and "if" (hypothetical); "will",
 *       "was to", "plans to", "planned" (future); a date more than a year before publication
 *       (historical); inside a statement's content (reported, {@code claimedBy} its speaker); else
 *       asserted. The first that applies wins in that order. Allegation words inside a statement
 *       ("provocations by Armenia") make an ACCUSE by the speaker against the word's agent.
 *   <li><b>References across sentences</b> ({@link org.dateline.analyze.event.EventAnaphora}):
 *       "the two officials met" takes the actors of the meeting told before; "the monitoring did
 *       not take place" negates the monitoring announced before instead of adding an event; a
 *       definite violence noun with no party of its own ("had planned the shooting") is the violence
 *       told before.
 *   <li><b>Context</b> ({@code contexts.tsv}): from the sentence's words, and from words that recur
 *       in the article.
 *   <li><b>ACLED</b> ({@link org.dateline.analyze.event.AcledCoder}, {@code acled.tsv},
 *       {@code acled-parties.tsv}): the sub-event type from the PLOVER type and mode, the weapons,
 *       means and scene words around the event and the actor's kind, whatever lexicon gave the type.
 * </ol>
 *
 * <h2>Confidence</h2>
 * An ordinal, hand-set score in [0, 1] (see {@link org.dateline.analyze.event.Confidence}): 0.95 at
 * most for a verb whose sense its phrase confirmed, with both sides found in the parse; 0.45 for a
 * bare event noun with no party; 0.30 for an event read from an unparsed sentence.
 *
 * <h2>CAMEO</h2>
 * {@link org.dateline.analyze.event.Cameo#root(org.dateline.model.EventType, org.dateline.model.EventMode)} gives the two-digit CAMEO root for
 * exports; the record itself carries only PLOVER.
 */
package org.dateline.analyze.event;
