package org.dateline.identity;

/**
 * Canonical spellings of folded names (folded as {@link org.dateline.model.NameFold#forEntityKey}
 * folds them): two spellings of one name give one string. A pure function, so the identity of a
 * name does not depend on which spelling the store saw first.
 */
public interface Spelling {
    /** Every name as it is: no knowledge of spellings. */
    Spelling AS_WRITTEN = name -> name;

    /** The canonical spelling of a folded name (several words): a join key, not meant to be shown. */
    String canonical(String foldedName);
}
