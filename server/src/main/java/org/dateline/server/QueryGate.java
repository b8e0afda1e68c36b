package org.dateline.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a few store queries run at once and queues the rest in arrival order. Searches are CPU
 * work: two hundred of them sharing two cores all finish late, while a short fair queue finishes
 * most of them early and keeps the slowest bounded. A request that waits too long gets a 503.
 */
final class QueryGate {
    static final long MAX_WAIT_SECONDS = 20;

    private final Semaphore permits;

    QueryGate(int concurrent) {
        this.permits = new Semaphore(concurrent, true);
    }

    static QueryGate forThisMachine() {
        return new QueryGate(Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    }

    /** A query's work, run while holding a permit. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    <T> T run(Work<T> work) throws Exception {
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
