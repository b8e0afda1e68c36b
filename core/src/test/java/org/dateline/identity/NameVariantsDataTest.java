package org.dateline.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.NameFold;
import org.junit.jupiter.api.Test;

/** The bundled tables: well-formed rows, one canonical per spelling, a fold that settles. */
class NameVariantsDataTest {
    private static final TsvTable VARIANTS =
        TsvTable.resource(NameVariants.class, "name-variants.tsv", "variant", "canonical", "scope");
    private static final TsvTable FOLDS =
        TsvTable.resource(NameVariants.class, "spelling-folds.tsv", "pattern", "replacement", "why");

    @Test
    void everyRowIsWellFormed() {
        assertTrue(VARIANTS.rows().size() > 1000, "the converter wrote the table");
        for (TsvTable.Row row : VARIANTS.rows()) {
            String variant = row.get("variant");
            String canonical = row.get("canonical");
            String scope = row.get("scope");
            assertTrue(Set.of("person", "surname").contains(scope), row.where());
            assertFalse(variant.isEmpty() || canonical.isEmpty(), row.where());
            assertEquals(variant, NameFold.forEntityKey(variant), row.where() + ": variant folded");
            assertEquals(canonical, NameFold.forEntityKey(canonical), row.where() + ": canonical folded");
            assertNotEquals(variant, canonical, row.where());
            int words = scope.equals("surname") ? 1 : 2;
            assertTrue(scope.equals("surname") ? !variant.contains(" ") && !canonical.contains(" ")
                : variant.split(" ").length >= words && canonical.split(" ").length >= words, row.where());
        }
        for (TsvTable.Row row : FOLDS.rows()) {
            assertFalse(row.get("why").isEmpty(), row.where() + ": every fold says why");
        }
    }

    @Test
    void noVariantHasTwoCanonicals() {
        Map<String, String> seen = new HashMap<>();
        for (TsvTable.Row row : VARIANTS.rows()) {
            String key = row.get("scope") + ":" + row.get("variant");
            String before = seen.putIfAbsent(key, row.get("canonical"));
            assertTrue(before == null || before.equals(row.get("canonical")), row.where() + ": " + key);
        }
    }

    @Test
    void theTablesLoadAndTheFoldSettlesOnEveryWord() {
        NameVariants kb = NameVariants.standard();
        for (TsvTable.Row row : VARIANTS.rows()) {
            for (String name : new String[] {row.get("variant"), row.get("canonical")}) {
                for (String word : name.split(" ")) {
                    String folded = kb.fold(word);
                    assertEquals(folded, kb.fold(folded), row.where() + ": " + word);
                }
                String key = kb.canonical(name);
                assertEquals(key, kb.canonical(key), row.where() + ": " + name);
            }
            assertEquals(kb.canonical(row.get("canonical")), kb.canonical(row.get("variant")), row.where());
        }
    }
}
