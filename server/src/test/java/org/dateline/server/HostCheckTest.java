package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostCheckTest {
    @Test
    void aLoopbackServerAnswersItsLoopbackNamesOnItsPortOnly() {
        HostCheck c = new HostCheck("127.0.0.1", 7070, List.of());
        assertThat(c.allows("127.0.0.1:7070")).isTrue();
        assertThat(c.allows("localhost:7070")).isTrue();
        assertThat(c.allows("LocalHost:7070")).isTrue();
        assertThat(c.allows("[::1]:7070")).isTrue();
        assertThat(c.allows("localhost:7071")).isFalse();
        assertThat(c.allows("localhost")).as("no port is port 80").isFalse();
        assertThat(c.allows("attacker.example:7070")).isFalse();
        assertThat(c.allows("192.168.1.5:7070")).isFalse();
        assertThat(c.allows("localhost.:7070")).isFalse();
        assertThat(c.allows("localhost:+7070")).isFalse();
        assertThat(c.allows("")).isFalse();
    }

    @Test
    void noHostHeaderIsNoBrowserSoNoRebinding() {
        assertThat(new HostCheck("127.0.0.1", 7070, List.of()).allows(null)).isTrue();
    }

    @Test
    void portEightyMayBeLeftOut() {
        HostCheck c = new HostCheck("localhost", 80, List.of());
        assertThat(c.allows("localhost")).isTrue();
        assertThat(c.allows("127.0.0.1:80")).isTrue();
    }

    @Test
    void aServerOnOneAddressAnswersThatAddressOnly() {
        HostCheck c = new HostCheck("192.168.1.5", 7070, List.of());
        assertThat(c.allows("192.168.1.5:7070")).isTrue();
        assertThat(c.allows("localhost:7070")).isFalse();
        assertThat(c.allows("192.168.1.6:7070")).isFalse();
    }

    @Test
    void aWildcardServerAnswersAnyIpLiteralButNoOtherName() {
        for (String bind : new String[] {"0.0.0.0", "::", "[::]"}) {
            HostCheck c = new HostCheck(bind, 7070, List.of());
            assertThat(c.allows("10.1.2.3:7070")).as(bind).isTrue();
            assertThat(c.allows("[fe80::1]:7070")).as(bind).isTrue();
            assertThat(c.allows("localhost:7070")).as(bind).isTrue();
            assertThat(c.allows("news.example:7070")).as(bind).isFalse();
            assertThat(c.allows("10.1.2.3.nip.example:7070")).as(bind).isFalse();
            assertThat(c.allows("999.1.2.3:7070")).as(bind).isFalse();
        }
    }

    @Test
    void namesTheOperatorAllowsAreAnsweredOnAnyPort() {
        HostCheck c = new HostCheck("127.0.0.1", 7070, List.of("Dateline.Example.org"));
        assertThat(c.allows("dateline.example.org")).isTrue();
        assertThat(c.allows("dateline.example.org:443")).isTrue();
        assertThat(c.allows("example.org:7070")).isFalse();
    }
}
