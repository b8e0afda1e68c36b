package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.InputRef;
import org.dateline.model.Source;
import org.junit.jupiter.api.Test;

class InputPathsTest {
    @Test
    void anAbsoluteFolderStartsAtItsOwnName() {
        List<String> args = List.of("/srv/archive/news");
        assertThat(InputPaths.shown(args, "/srv/archive/news/2023/a.html")).isEqualTo("news/2023/a.html");
        assertThat(InputPaths.shown(List.of("/srv/archive/news/"), "/srv/archive/news/a.html")).isEqualTo("news/a.html");
        assertThat(InputPaths.shown(List.of("/srv//archive/news"), "/srv/archive/news/a.html")).isEqualTo("news/a.html");
    }

    @Test
    void anAbsoluteFileIsItsName() {
        assertThat(InputPaths.shown(List.of("/home/alice/leaks/x.warc.gz"), "/home/alice/leaks/x.warc.gz")).isEqualTo("x.warc.gz");
    }

    @Test
    void relativeArgumentsAndStdinStayAsTyped() {
        List<String> args = List.of("data/news", "-", "../other/x.txt");
        assertThat(InputPaths.shown(args, "data/news/a.html")).isEqualTo("data/news/a.html");
        assertThat(InputPaths.shown(args, "<stdin>")).isEqualTo("<stdin>");
        assertThat(InputPaths.shown(args, "../other/x.txt")).isEqualTo("../other/x.txt");
    }

    @Test
    void onlyWholeNamesMatchAndTheNearestArgumentWins() {
        List<String> args = List.of("/srv/news", "/srv/news/2023");
        assertThat(InputPaths.shown(args, "/srv/news/2023/a.html")).isEqualTo("2023/a.html");
        assertThat(InputPaths.shown(args, "/srv/news/b.html")).isEqualTo("news/b.html");
        // /srv/newsroom is not inside /srv/news
        assertThat(InputPaths.shown(List.of("/srv/news"), "/srv/newsroom/c.html")).isEqualTo("/srv/newsroom/c.html");
    }

    @Test
    void underTheRootThePathBelowItIsTheName() {
        assertThat(InputPaths.shown(List.of("/"), "/tmp/a.txt")).isEqualTo("tmp/a.txt");
    }

    @Test
    void aRecordsPathAndWarcFileAreBothRenamed() {
        InputRef in = new InputRef("/data/crawl.warc.gz", InputRef.Format.WARC, new InputRef.Warc("/data/crawl.warc.gz", 12, 34));
        ArticleRecord r = ArticleRecord.of(new Article(in, null, Source.UNKNOWN, null, List.of(), null, "en", "Text.", List.of()),
            List.of(), List.of(), List.of(), List.of(), List.of());
        ArticleRecord shown = InputPaths.shown(List.of("/data"), r);
        assertThat(shown.input()).isEqualTo(new InputRef("data/crawl.warc.gz", InputRef.Format.WARC,
            new InputRef.Warc("data/crawl.warc.gz", 12, 34)));
        assertThat(shown.id()).isEqualTo(r.id());
        assertThat(InputPaths.shown(List.of("rel"), r)).isSameAs(r);
    }
}
