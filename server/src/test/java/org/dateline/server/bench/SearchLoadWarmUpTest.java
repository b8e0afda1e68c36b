package org.dateline.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code bench-search.sh ... WARMUP=0} skips the warm-up; it ended the run with an index error (percentiles of no requests). */
class SearchLoadWarmUpTest {
    @Test
    void noWarmUpSendsNothingAndSaysSo() throws Exception {
        // port 9 (discard) on loopback: nothing listens, so a request sent would fail, not pass unnoticed
        assertThat(SearchLoad.warmUp("http://127.0.0.1:9", 0)).isEqualTo("warm-up: none");
    }
}
