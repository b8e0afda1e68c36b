/**
 * Who is who across articles: the spelling knowledge and the rules that join entities.
 *
 * <p>{@link org.dateline.identity.NameVariants} is the spelling knowledge: the spellings of one
 * person and of one surname that the Phoenix actor dictionaries list ({@code name-variants.tsv},
 * converted by {@code scripts/convert-phoenix-actors.py}) and a conservative fold of Latin
 * transliterations ({@code spelling-folds.tsv}, chosen by {@code scripts/measure-spelling-folds.py}).
 * It works on names already folded by {@link org.dateline.model.NameFold#forEntityKey}, and what
 * it returns is a key for joining, never a name to show.
 */
package org.dateline.identity;
