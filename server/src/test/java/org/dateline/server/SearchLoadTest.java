package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dateline.server.bench.SearchLoad;
import org.dateline.server.bench.SyntheticStore;
import org.dateline.store.Store;
import org.dateline.store.testing.SampleRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** 200 concurrent searches on loopback over a synthetic store: all answered, percentiles reported. */
class SearchLoadTest {
    @Test
    @Timeout(120)
    void twoHundredConcurrentSearchesAllSucceed(@TempDir Path dir) throws Exception {
        SyntheticStore.build(SampleRecords.all(), dir, 1000, 7);
        try (Store store = Store.open(dir); ApiServer server = new ApiServer(store).start("127.0.0.1", 0)) {
            assertThat(store.stats().articles()).isEqualTo(1000);
            SearchLoad.Report r = SearchLoad.run("http://127.0.0.1:" + server.port(), 200, 200);
            System.out.println("SearchLoadTest: " + r.line());
            assertThat(r.failures()).isZero();
            // no latency bound here: speed is measured by `dateline bench` / scripts/bench-search.sh, side
            // by side with a baseline; on a loaded 2-core CI machine a fixed bound fails by chance
        }
    }
}
