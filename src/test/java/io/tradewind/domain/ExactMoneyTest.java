package io.tradewind.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.sim.ExactMath;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Scaled-long money math: exact where it fits, an error where it does not, never a wrap-around. */
class ExactMoneyTest {

    @Test
    void rialNotionalBeyond64BitsIsExact() {
        // 123,456,789,000 IRR × 2.5 BTC at 8 decimals = 3.09e19 before scaling: past Long.MAX_VALUE
        long price = 123_456_789_000L;
        long quantity = 250_000_000L;
        // scaled to IRR kept at 5 decimals: 308,641,972,500.00000
        assertEquals(30_864_197_250_000_000L, ExactMath.mulDiv(price, quantity, 1000, false));
    }

    @Test
    void roundsDownOrUpAsAsked() {
        assertEquals(3, ExactMath.mulDiv(7, 1, 2, false));
        assertEquals(4, ExactMath.mulDiv(7, 1, 2, true));
        assertEquals(4, ExactMath.mulDiv(8, 1, 2, true));
    }

    @Test
    void aResultPastLongRangeThrowsInsteadOfWrapping() {
        assertThrows(ArithmeticException.class, () -> ExactMath.mulDiv(Long.MAX_VALUE, 4, 2, false));
        assertThrows(ArithmeticException.class, () -> ExactMath.add(Long.MAX_VALUE, 1));
    }

    @Test
    void agreesWithBigIntegerOnRandomOperands() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            long a = random.nextLong(Long.MAX_VALUE);
            long b = random.nextLong(1L << random.nextInt(1, 63));
            long divisor = ExactMath.pow10(random.nextInt(0, 19));
            boolean up = random.nextBoolean();
            BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(divisor));
            BigInteger expected = up && qr[1].signum() != 0 ? qr[0].add(BigInteger.ONE) : qr[0];
            if (expected.bitLength() < 64) {
                assertEquals(expected.longValueExact(), ExactMath.mulDiv(a, b, divisor, up), a + "*" + b + "/" + divisor);
            } else {
                long fa = a;
                long fb = b;
                assertThrows(ArithmeticException.class, () -> ExactMath.mulDiv(fa, fb, divisor, up));
            }
        }
    }
}
