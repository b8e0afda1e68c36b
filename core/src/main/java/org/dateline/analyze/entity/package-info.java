/**
 * The entity stage ({@link org.dateline.analyze.entity.EntityAnalyzer}): every person, organisation,
 * country, place and collective of an article, with its mentions, titles and actor codes.
 *
 * <p>It starts from CoreNLP's name mentions and must never do worse than they do (issue 15), so the
 * layers on top change a label only on evidence:
 * <ul>
 *   <li>{@code NameMentions} takes the tagger's mentions, joins fragments the fine-grained step split
 *       ("Northern" + "Ireland"), trims prepositions and conjunctions off their ends (all-capital
 *       "IN MIAMI", "ON", "OR"), reads datelines at the head of a paragraph as places
 *       ({@code Datelines}: "NEW STANTON (KDKA) –", "PERRIS, Calif. (AP) —"), and corrects types
 *       from the actor tables (countries, organisations, outlets) and from the words around a name
 *       ("in Shusha" is a place, "the 100 block of Carol Lane" an address).</li>
 *   <li>{@code PersonNames} makes persons of surnames the tagger does not know: a word after a title
 *       ("rights chief Türk"), the speaker of a speech verb that is nothing else in the article
 *       ("Türk repeated"), a word of a person's full name.</li>
 *   <li>{@code NominalMentions} and {@code Titles} add collectives, descriptions, pronouns and job
 *       titles; {@code RoleDescriptions} adds descriptions of one office held for a country,
 *       organisation or place ("the UN rights chief"), which {@code RoleHolders} ties to a named
 *       person of the article or the grouper makes a person of its own ({@code nominal}).</li>
 *   <li>{@code MentionGrouper} makes entities. A grouped entity takes the type most of its names
 *       carry, a name the tables coded or a person's full name weighing four times the tagger's bare
 *       guess; a one-word organisation the tables do not know joins the person whose surname it is
 *       ("Michael McDonald" ... "McDonald"), so a person keeps PERSON.</li>
 * </ul>
 * Measured against CoreNLP's default pipeline with {@code scripts/eval-ner.sh} (docs/EVALUATION.md,
 * "Entity mentions").
 */
package org.dateline.analyze.entity;
