package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ActiveRunsTest {

    @Test
    void a_run_going_on_keeps_it_busy_after_close_and_no_run_starts_after_close() throws InterruptedException {
        ActiveRuns runs = new ActiveRuns();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ran = new AtomicBoolean();
        Thread reconciliation = new Thread(() -> ran.set(runs.run(() -> {
            started.countDown();
            awaitQuietly(release);
        })));
        reconciliation.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));

        runs.close();
        assertTrue(runs.busy(), "the run that started before close is still going on");
        AtomicBoolean late = new AtomicBoolean();
        assertFalse(runs.run(() -> late.set(true)), "no run starts once closed");
        assertFalse(late.get());

        release.countDown();
        reconciliation.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(ran.get());
        assertFalse(runs.busy());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
