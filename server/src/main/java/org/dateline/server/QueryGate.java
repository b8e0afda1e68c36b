package org.dateline.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets a few store queries run at once and queues the rest in arrival order. Searches are CPU
 * work: two hundred of them sharing two cores all finish late, while a short fair queue finishes
 * most of them early and keeps the slowest bounded. A request that waits too long gets a 503.
 *
 * <p>Expensive queries (fuzzy, prefix, near: see the store's StoreQuery.expensive) are bounded by
 * the parser, but each still costs many plain searches, so they also pass a second, smaller gate
 * first: at most {@code expensiveConcurrent} run at once, and at most {@link #MAX_EXPENSIVE_WAITING}
 * wait (more are refused at once, so a flood of them cannot hold every server thread). Twenty
 * concurrent fuzzy searches then take one core between them and leave plain searches the rest.
 */
final class QueryGate {
    static final long MAX_WAIT_SECONDS = 20;
    static final int MAX_EXPENSIVE_WAITING = 32;

    private final Semaphore permits;
    private final Semaphore expensivePermits;
    private final AtomicInteger expensiveInside = new AtomicInteger();
    private final int expensiveConcurrent;

    QueryGate(int concurrent, int expensiveConcurrent) {
        this.permits = new Semaphore(concurrent, true);
        this.expensivePermits = new Semaphore(expensiveConcurrent, true);
        this.expensiveConcurrent = expensiveConcurrent;
    }

    static QueryGate forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new QueryGate(Math.max(2, cores * 2), Math.max(1, cores / 2));
    }

    /** A query's work, run while holding a permit. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    <T> T run(Work<T> work) throws Exception {
        return run(false, work);
    }

    /** Runs {@code work}; an {@code expensive} one passes the small gate first. */
    <T> T run(boolean expensive, Work<T> work) throws Exception {
        if (!expensive) {
            return plain(work);
        }
        try {
            if (expensiveInside.incrementAndGet() > expensiveConcurrent + MAX_EXPENSIVE_WAITING) {
                throw new ApiException(503, "too many fuzzy, prefix or near searches at once; try again shortly");
            }
            if (!expensivePermits.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ApiException(503, "the server is busy with fuzzy, prefix or near searches; try again shortly");
            }
            try {
                return plain(work);
            } finally {
                expensivePermits.release();
            }
        } finally {
            expensiveInside.decrementAndGet();
        }
    }

    private <T> T plain(Work<T> work) throws Exception {
        if (!permits.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new ApiException(503, "the server is busy; try again shortly");
        }
        try {
            return work.run();
        } finally {
            permits.release();
        }
    }
}
