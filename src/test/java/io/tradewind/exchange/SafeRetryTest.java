package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.exchange.VenueCallException.Kind;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A {@code @QuarkusTest}: SmallRye's programmatic Guard needs the application's fault tolerance runtime. */
@QuarkusTest
class SafeRetryTest {

    private final SafeRetry retry = new SafeRetry(2, 1);

    @Test
    void aReadIsRetriedAfterATimeout() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        String answer = retry.call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new VenueCallException(Kind.TIMEOUT, "v read: no answer in time", false);
            }
            return "ok";
        });

        assertEquals("ok", answer);
        assertEquals(3, calls.get());
    }

    @Test
    void aWriteThatNeverReachedTheVenueIsRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        String answer = retry.callWrite(() -> {
            if (calls.incrementAndGet() < 2) {
                throw new VenueCallException(Kind.UNAVAILABLE, "v place: cannot connect", false);
            }
            return "placed";
        });

        assertEquals("placed", answer);
        assertEquals(2, calls.get());
    }

    @Test
    void aWriteThatMayHaveTakenEffectIsThrownAtOnceForReconciliation() {
        AtomicInteger calls = new AtomicInteger();
        VenueCallException lost = new VenueCallException(Kind.TIMEOUT, "v place: no answer in time", true);

        VenueCallException thrown = assertThrows(VenueCallException.class, () -> retry.callWrite(() -> {
            calls.incrementAndGet();
            throw lost;
        }));

        assertSame(lost, thrown);
        assertEquals(1, calls.get());
    }
}
