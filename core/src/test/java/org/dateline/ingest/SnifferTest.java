package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnifferTest {
    private static Container of(String head) {
        return Sniffer.detect(head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void warcAndArcByTheirFirstLine() {
        assertThat(of("WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo(Container.WARC);
        assertThat(of("filedesc://crawl.arc 0.0.0.0 20230301 text/plain 76\n")).isEqualTo(Container.WARC);
    }

    @Test
    void feedsByTheirRootElementAfterDeclarationsAndComments() {
        assertThat(of("\uFEFF<?xml version=\"1.0\"?>\n<!-- generator --><rss version=\"2.0\">")).isEqualTo(Container.RSS);
        assertThat(of("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">")).isEqualTo(Container.RSS);
        assertThat(of("<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(Container.ATOM);
    }

    @Test
    void pagesThatMentionFeedsStayDocuments() {
        assertThat(of("<!DOCTYPE html><html><link rel=alternate href=/rss><feed>")).isEqualTo(Container.DOCUMENT);
        assertThat(of("Baku, March 1. <rss> is a format.")).isEqualTo(Container.DOCUMENT);
    }

    @Test
    void jsonLinesOpenWithAnObject() {
        assertThat(of("  {\"url\": \"https://a.example\"}\n")).isEqualTo(Container.JSONL);
    }
}
