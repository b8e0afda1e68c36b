/**
 * Who is who across articles: the spelling knowledge and the rules that join entities.
 *
 * <p>{@link org.dateline.identity.NameVariants} is the spelling knowledge: the spellings of one
 * person and of one surname that the Phoenix actor dictionaries list ({@code name-variants.tsv},
 * converted by {@code scripts/convert-phoenix-actors.py}) and a conservative fold of Latin
 * transliterations ({@code spelling-folds.tsv}, chosen by {@code scripts/measure-spelling-folds.py}).
 * It works on names already folded by {@link org.dateline.model.NameFold#forEntityKey}, and what
 * it returns is a key for joining, never a name to show.
 *
 * <p>{@link org.dateline.identity.IdentityResolver} holds the rules that give an article's entity
 * its cross-article identity ({@link org.dateline.identity.JoinRule}: name, spelling, full name,
 * role, or a new identity, namesakes of another country or kind of role kept apart);
 * {@link org.dateline.identity.IdentityPass} runs them over one article against what is known so
 * far ({@link org.dateline.identity.Known}: the store's identity documents, or
 * {@link org.dateline.identity.MemoryKnown} in a batch pass, {@link org.dateline.identity.BatchIdentities}).
 * Nothing here reads the index: the store supplies the lookups.
 */
package org.dateline.identity;
