package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.tradewind.exchange.VenueCallException.Kind;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Inside the application: SmallRye Fault Tolerance's {@code Guard} needs its runtime. */
@QuarkusTest
class SafeRetryTest {

    private final SafeRetry retry = new SafeRetry(2, 1);

    @Test
    void readsAreRetriedOnTransientFailures() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        String answer = retry.call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new VenueCallException(Kind.TIMEOUT, "slow", false);
            }
            return "ok";
        });

        assertEquals("ok", answer);
        assertEquals(3, calls.get());
    }

    @Test
    void writesAreRetriedOnlyWhenTheyCannotHaveTakenEffect() throws Exception {
        AtomicInteger refused = new AtomicInteger();
        String answer = retry.callWrite(() -> {
            if (refused.incrementAndGet() < 2) {
                throw new VenueCallException(Kind.UNAVAILABLE, "connection refused", false);
            }
            return "placed";
        });
        assertEquals("placed", answer);
        assertEquals(2, refused.get());

        AtomicInteger lost = new AtomicInteger();
        VenueCallException e = assertThrows(VenueCallException.class, () -> retry.callWrite(() -> {
            lost.incrementAndGet();
            throw new VenueCallException(Kind.TIMEOUT, "no answer", true);
        }));
        assertEquals(Kind.TIMEOUT, e.kind());
        assertEquals(1, lost.get(), "a write that may have taken effect is never sent again");
    }
}
