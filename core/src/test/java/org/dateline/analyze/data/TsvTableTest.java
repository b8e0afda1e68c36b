package org.dateline.analyze.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTableTest {
    private static TsvTable parse(String text) throws IOException {
        return TsvTable.parse("t.tsv", new StringReader(text));
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsEmptyFields() throws IOException {
        TsvTable t = parse("# note\n\na\tb\tc\n# more\nx\t\t\n");
        assertThat(t.header()).containsExactly("a", "b", "c");
        assertThat(t.rows()).containsExactly(List.of("x", "", ""));
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
