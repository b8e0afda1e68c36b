package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dateline.testing.Fixtures;
import org.dateline.store.Store;
import org.dateline.store.query.EntityJoin;
import org.dateline.store.query.EntityPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo corpus, ingested as a user does: one person named in full, by surname and by role only
 * in different articles is one entity page, and every join says why (issue 15).
 */
class DemoIdentityTest {
    @TempDir
    static Path dir;
    private static Path store;

    @BeforeAll
    static void ingestTheDemo() {
        store = dir.resolve("store");
        CliRun r = CliRun.run("ingest", "--store", store.toString(), "--threads", "1",
            Fixtures.repositoryRoot().resolve("examples/demo/articles").toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private static EntityPage page(String key) throws Exception {
        try (Store s = Store.open(store)) {
            return s.entity(key, 100).orElseThrow(() -> new AssertionError("no page for " + key));
        }
    }

    @Test
    void theDeputyForeignMinisterIsOnePageByNameSurnameAndRole() throws Exception {
        EntityPage page = page("PERSON:elnur mammadov");
        assertThat(page.names()).contains("Elnur Mammadov", "Mammadov", "Azerbaijani deputy foreign minister");
        assertThat(page.joins()).extracting(EntityJoin::rule).contains("full-name", "role");
        assertThat(page("PERSON:mammadov").key()).as("the surname's own key finds the page").isEqualTo(page.key());
    }

    @Test
    void theHighCommissionerIsOnePageByNameSurnameAndRole() throws Exception {
        EntityPage page = page("PERSON:volker turk");
        assertThat(page.names()).contains("Volker Türk", "Türk", "UN High Commissioner for Human Rights");
        assertThat(page.joins()).extracting(EntityJoin::rule).contains("full-name", "role");
    }

    @Test
    void twoDeputyForeignMinistersOfTwoCountriesStayTwo() throws Exception {
        assertThat(page("PERSON:paruyr hovhannisyan").names()).doesNotContain("Elnur Mammadov", "Mammadov");
        assertThat(page("PERSON:elnur mammadov").names()).doesNotContain("Paruyr Hovhannisyan");
    }
}
