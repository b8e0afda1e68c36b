package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class QueryGateTest {
    @Test
    @Timeout(30)
    void expensiveQueriesRunOneAtATimeWhilePlainOnesPassBeside() throws Exception {
        QueryGate gate = new QueryGate(4, 1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> expensive = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                expensive.add(pool.submit(() -> gate.run(true, () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    release.await();
                    running.decrementAndGet();
                    return 1;
                })));
            }
            Thread.sleep(300);
            // A plain query is not queued behind the five expensive ones.
            assertThat(pool.submit(() -> gate.run(false, () -> 7)).get(5, TimeUnit.SECONDS)).isEqualTo(7);
            release.countDown();
            for (Future<Integer> f : expensive) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(most.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(30)
    void aFloodOfExpensiveQueriesIsRefusedAtOnceBeyondTheQueue() throws Exception {
        QueryGate gate = new QueryGate(4, 1);
        CountDownLatch release = new CountDownLatch(1);
        int flood = 1 + QueryGate.MAX_EXPENSIVE_WAITING + 5;
        ExecutorService pool = Executors.newFixedThreadPool(flood);
        try {
            List<Future<Integer>> all = new ArrayList<>();
            for (int i = 0; i < flood; i++) {
                all.add(pool.submit(() -> gate.run(true, () -> {
                    release.await();
                    return 1;
                })));
                Thread.sleep(5);
            }
            Thread.sleep(300);
            release.countDown();
            int refused = 0;
            for (Future<Integer> f : all) {
                try {
                    f.get(15, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ApiException.class);
                    assertThat(((ApiException) e.getCause()).status()).isEqualTo(503);
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }
}
