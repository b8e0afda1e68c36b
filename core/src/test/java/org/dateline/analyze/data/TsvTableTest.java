package org.dateline.analyze.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

class TsvTableTest {
    private static TsvTable parse(String text) throws IOException {
        return TsvTable.parse("t.tsv", new StringReader(text));
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsEmptyFields() throws IOException {
        TsvTable t = parse("# note\n\na\tb\tc\n# more\nx\t\t\n");
        assertThat(t.header()).containsExactly("a", "b", "c");
        assertThat(t.rows()).extracting(TsvTable.Row::fields).containsExactly(List.of("x", "", ""));
    }

    @Test
    void aValueItsParserRefusesFailsNamingTableLineAndColumn() throws IOException {
        TsvTable t = parse("sector\nGOV\nARMY\n");
        assertThat(t.rows().get(0).value("sector", Sector::fromWire)).isEqualTo(Sector.GOV);
        assertThatThrownBy(() -> t.rows().get(1).value("sector", Sector::fromWire))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("t.tsv:3, column 'sector': unknown sector 'ARMY'; allowed: GOV, MIL,");
    }

    @Test
    void readsFieldsByColumnNameWhateverTheirOrder() throws IOException {
        TsvTable t = parse("b\ta\n2\t1\n");
        assertThat(t.rows().get(0).get("a")).isEqualTo("1");
        assertThat(t.rows().get(0).get("b")).isEqualTo("2");
    }

    @Test
    void aMissingColumnFailsNamingTheFileAndTheColumn() throws IOException {
        TsvTable t = parse("lemma\ttype\nmeet\tCONSULT\n");
        assertThatThrownBy(() -> t.require("lemma", "mode"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.tsv").hasMessageContaining("'mode'");
        assertThatThrownBy(() -> t.rows().get(0).get("mode"))
                .hasMessageContaining("t.tsv").hasMessageContaining("'mode'");
    }

    @Test
    void aBundledTableWithoutANeededColumnFailsAtLoad() {
        assertThatThrownBy(() -> TsvTable.resource(TsvTableTest.class, "bad-columns.tsv", "lemma", "mode"))
                .hasMessageContaining("bad-columns.tsv").hasMessageContaining("'mode'");
    }

    @Test
    void aBadListItemNamesTheTableLineAndColumn() throws IOException {
        TsvTable t = parse("name\taliases\nGuinea\tA||B\n");
        assertThatThrownBy(() -> t.rows().get(0).items("aliases")).hasMessageContaining("t.tsv:2, column 'aliases'");
    }

    @Test
    void rejectsARepeatedColumn() {
        assertThatThrownBy(() -> parse("a\ta\n")).hasMessageContaining("repeated column 'a'");
    }

    @Test
    void rejectsAMissingHeader() {
        assertThatThrownBy(() -> parse("# only a comment\n")).hasMessageContaining("no header");
    }

    @Test
    void rejectsAWrongNumberOfFields() {
        assertThatThrownBy(() -> parse("a\tb\nx\n")).hasMessageContaining("t.tsv:2");
    }

    @Test
    void rejectsWhitespaceAroundAField() {
        assertThatThrownBy(() -> parse("a\tb\nx \ty\n")).hasMessageContaining("white space");
    }

    @Test
    void splitsListItems() {
        assertThat(TsvTable.items("A|B C")).containsExactly("A", "B C");
        assertThat(TsvTable.items("")).isEmpty();
        assertThatThrownBy(() -> TsvTable.items("A||B")).isInstanceOf(IllegalStateException.class);
    }
}
