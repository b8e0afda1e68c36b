package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.json.RecordJson;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Source;
import org.dateline.store.StoreWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile text printed on a terminal shows its control characters instead of obeying them. */
class TerminalTest {
    /** ESC, CSI (C1), BEL, BS, CR, DEL and a right-to-left override: each would move, recolour or hide text. */
    static final String HOSTILE = "A\u001b[2J\u001b]0;owned\u0007B\u009b31mC\bD\rE\u007fF\u202eG";

    @Test
    void controlCharactersAreEscapedAndTheRestIsKept() {
        assertThat(Terminal.safe(HOSTILE)).isEqualTo("A\\x1b[2J\\x1b]0;owned\\x07B\\x9b31mC\\x08D\\rE\\x7fF\\u202eG");
        assertThat(Terminal.safe("Türk said «no» — 🇦🇿 \\x")).isEqualTo("Türk said «no» — 🇦🇿 \\x");
        assertThat(Terminal.safe("line\nbreak\ttab")).isEqualTo("line\\nbreak\\ttab");
        assertThat(Terminal.safe(null)).isNull();
    }

    @Test
    void proseKeepsOneLineWithSpacesForItsBreaks() {
        assertThat(Terminal.line("  First paragraph.\n\nSecond\r\nline\u2028third\t ")).isEqualTo("First paragraph. Second line third");
        assertThat(Terminal.line("red \u001b[31m")).isEqualTo("red \\x1b[31m");
    }

    @Test
    void searchPrintsAHostileTitleSnippetAndOutletEscaped(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        String text = "Protest news " + HOSTILE + " about the blockade of the road.\r\nMore \u001b[8m hidden text.";
        Article a = new Article(InputRef.of("x.txt", InputRef.Format.TEXT), null, new Source("Outlet\u001b[5m", null, List.of()),
            "Calm headline" + HOSTILE, List.of(), Published.parse("2023-03-01"), "en", text, List.of());
        try (StoreWriter w = StoreWriter.open(store)) {
            w.put(ArticleRecord.of(a, List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        CliRun r = CliRun.run("search", "--store", store.toString(), "blockade");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Calm headlineA\\x1b[2J").contains("Outlet\\x1b[5m").contains("\\x1b[8m hidden");
        assertThat(r.out().chars().filter(c -> c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x202e))
            .as("no control character but the line ends").isEmpty();
        // --json is for programs: the JSON string escapes are theirs to read, and the text is exact.
        CliRun json = CliRun.run("search", "--store", store.toString(), "--json", "blockade");
        assertThat(json.out()).contains("\\u001B[2J").doesNotContain("\u001b");
        // JSON lets C1 controls and bidi overrides stand raw in strings; a terminal would obey them.
        assertThat(json.out()).contains("\\u009b31mC").contains("\\u202eG").doesNotContain("\u009b").doesNotContain("\u202e")
            .contains("\\u007FF").doesNotContain("\u007f");
        assertThat(RecordJson.mapper().readTree(json.out()).at("/hits/0/title").asText()).isEqualTo("Calm headline" + HOSTILE);
    }

    @Test
    void aFileNameInAFailureIsPrintedEscaped(@TempDir Path dir) throws Exception {
        Path evil = dir.resolve("news\u001b[2Jgone.txt");
        CliRun r = CliRun.run("extract", evil.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("news\\x1b[2Jgone.txt: no such file").doesNotContain("\u001b");
        assertThat(Files.exists(evil)).isFalse();
    }
}
