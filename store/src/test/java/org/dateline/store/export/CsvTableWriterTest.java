package org.dateline.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Author;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Source;
import org.dateline.store.Store;
import org.dateline.store.StoreWriter;
import org.dateline.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV cells a spreadsheet would run as formulas are written as text (OWASP's CSV-injection rule). */
class CsvTableWriterTest {
    @Test
    void aTextCellStartingWithAFormulaCharacterGetsAQuote() {
        for (String formula : List.of("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=x", "\r=x")) {
            assertThat(CsvTableWriter.neutralised(formula)).as(formula).isEqualTo("'" + formula);
        }
        for (String text : List.of("", "Baku", " =padded", "'quoted", "1-2", "a=b", "[\"list\"]")) {
            assertThat(CsvTableWriter.neutralised(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void numbersInNumericColumnsStayNumbersAndTextDoesNot(@TempDir Path dir) throws Exception {
        Table t = new Table("t", List.of(new Table.Column("text", Table.Type.VARCHAR), new Table.Column("n", Table.Type.BIGINT),
            new Table.Column("x", Table.Type.DOUBLE), new Table.Column("list", Table.Type.LIST),
            new Table.Column("id", Table.Type.VARCHAR)));
        Path file = dir.resolve("t.csv");
        try (CsvTableWriter w = new CsvTableWriter(file, t)) {
            w.write(Arrays.asList("-1", -1L, -0.5, List.of("=HYPERLINK(\"http://x\")"), -7L));
            w.write(Arrays.asList("=SUM(1)", null, null, List.of(), null));
        }
        assertThat(Files.readAllLines(file)).containsExactly(
            "\"text\",\"n\",\"x\",\"list\",\"id\"",
            // a number in a text column is text like any other
            "\"'-1\",\"-1\",\"-0.5\",\"[\"\"=HYPERLINK(\\\"\"http://x\\\"\")\"\"]\",\"'-7\"",
            "\"'=SUM(1)\",,,\"[]\",");
    }

    @Test
    void anExportOfAHostileArticleHasNoCellAFormulaCouldStartIn(@TempDir Path dir) throws Exception {
        Article a = new Article(InputRef.of("=cmd.txt", InputRef.Format.TEXT), "@evil", new Source("+Outlet", "-x.example",
            List.of()), "=HYPERLINK(\"http://evil.example\",\"click\")",
            List.of(new Author("@Name", "@handle", null)), Published.parse("2023-03-01"), "en",
            "-1 said the minister, and =2+3 followed.", List.of("=warning"));
        try (StoreWriter w = StoreWriter.open(dir.resolve("store"))) {
            w.put(ArticleRecord.of(a, List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        try (Store s = Store.open(dir.resolve("store"))) {
            Exporter.run(s, dir.resolve("csv"), ExportFormat.CSV);
        }
        String row = Files.readAllLines(dir.resolve("csv/articles.csv")).get(1);
        assertThat(row).contains("\"'@evil\"", "\"'+Outlet\"", "\"'-x.example\"", "\"'=HYPERLINK(", "\"'-1 said the minister",
            "\"'=cmd.txt\"");
        assertThat(row).doesNotStartWith("\"=").doesNotContain(",\"=", ",\"+", ",\"-", ",\"@");
    }
}
