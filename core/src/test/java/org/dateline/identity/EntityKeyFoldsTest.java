package org.dateline.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.analyze.data.TsvTable;
import org.dateline.model.NameFold;
import org.junit.jupiter.api.Test;

/**
 * entity-key-folds.tsv holds NameFold.forEntityKey's answers on names that test each of its steps;
 * scripts/convert-phoenix-actors.py checks its Python port of the fold against the same file before
 * it writes name-variants.tsv. This test keeps the file true to the Java fold, so the two agree.
 */
class EntityKeyFoldsTest {
    @Test
    void everyCaseIsWhatTheJavaFoldGives() {
        TsvTable cases = TsvTable.resource(EntityKeyFoldsTest.class, "entity-key-folds.tsv", "name", "key");
        assertTrue(cases.rows().size() >= 40, "the cases cover marks, case, apostrophes, separators, 'the'");
        for (TsvTable.Row row : cases.rows()) {
            assertEquals(row.get("key"), NameFold.forEntityKey(row.get("name")), row.where());
        }
    }
}
