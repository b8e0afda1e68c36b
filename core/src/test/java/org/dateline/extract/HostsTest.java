package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostsTest {
    @Test
    void aPageIsItsHostWithoutWww() {
        assertThat(Hosts.domain("https://www.azernews.az/news.php?id=1")).isEqualTo("azernews.az");
        assertThat(Hosts.domain("not a url")).isNull();
    }

    /** Regression: every Wayback capture of the GVA news was the outlet "web.archive.org". */
    @Test
    void aWaybackCaptureIsTheCapturedPagesOutlet() {
        assertThat(Hosts.domain("http://web.archive.org/web/20160618164130/http://www.deseretnews.com:80/article/865594341/x.html"))
            .isEqualTo("deseretnews.com");
        assertThat(Hosts.domain("https://web.archive.org/web/20170311071342id_/https://abc11.com/news/1730207/"))
            .isEqualTo("abc11.com");
        assertThat(Hosts.domain("https://web.archive.org/web/2016/wlos.com/news/local/x")).isEqualTo("wlos.com");
        assertThat(Hosts.domain("https://web.archive.org/web/20160618164130/http:/kpho.com/story/1")).isEqualTo("kpho.com");
        // not a capture, or a capture of an address that is not one: the archive itself
        assertThat(Hosts.domain("https://web.archive.org/about/")).isEqualTo("web.archive.org");
        assertThat(Hosts.domain("https://web.archive.org/web/20160618164130/*")).isEqualTo("web.archive.org");
    }
}
