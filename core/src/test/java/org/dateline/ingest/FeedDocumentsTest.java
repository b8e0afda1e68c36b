package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS read through {@link InputSources#open}: what an item states but cannot be used is said. */
class FeedDocumentsTest {
    @TempDir
    Path dir;

    private static final String FEED = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Sample Baku Daily</title>
            <link>https://baku.example/</link>
            <item>
              <title>Deputy minister meets UN rights chief</title>
              <link>https://baku.example/a</link>
              <pubDate>Wed, 01 Mar 2023 14:07:00 +0400</pubDate>
              <content:encoded><![CDATA[<p>Elnur Mammadov met Volker Türk in Geneva on Tuesday.</p>]]></content:encoded>
            </item>
            <item>
              <title>Talks resume</title>
              <link>https://baku.example/b</link>
              <pubDate>yesterday afternoon</pubDate>
              <content:encoded><![CDATA[<p>The talks resumed in Brussels, officials said.</p>]]></content:encoded>
            </item>
          </channel>
        </rss>
        """;

    /** Regression: an unreadable pubDate left the item undated without a word. */
    @Test
    void anUnreadablePubDateIsAWarningOnItsArticle() throws Exception {
        Path file = dir.resolve("feed.xml");
        Files.writeString(file, FEED);
        List<RawDocument> docs = new ArrayList<>();
        try (DocumentStream stream = new InputSources(InputStream.nullInputStream()).open(file.toString(), null)) {
            stream.forEachRemaining(d -> docs.add((RawDocument) d));
        }
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).meta().published()).hasToString("2023-03-01T14:07:00+04:00");
        assertThat(docs.get(0).meta().warnings()).isEmpty();
        assertThat(docs.get(1).meta().published()).isNull();
        assertThat(docs.get(1).meta().warnings())
            .containsExactly("unreadable published time 'yesterday afternoon' in the feed item");
        Article second = new Extraction().extract(docs.get(1), InputFormat.AUTO, null);
        assertThat(second.warnings()).contains("unreadable published time 'yesterday afternoon' in the feed item");
    }
}
