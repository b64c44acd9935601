package io.tradewind.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Decimals#plus} and {@link Decimals#minus} are BigDecimal's add and subtract, scale included. */
class DecimalsTest {

    @Test
    void sumsAndDifferencesEqualBigDecimalsInValueAndScale() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal a = randomDecimal(random);
            BigDecimal b = randomDecimal(random);
            // equals compares the scale too: 1.50 is not 1.5
            assertEquals(a.add(b), Decimals.plus(a, b), a + " + " + b);
            assertEquals(a.subtract(b), Decimals.minus(a, b), a + " - " + b);
        }
    }

    @Test
    void addingAZeroOfNoLargerScaleReturnsTheOtherSideItself() {
        BigDecimal amount = new BigDecimal("12.3400");
        assertSame(amount, Decimals.plus(amount, BigDecimal.ZERO));
        assertSame(amount, Decimals.plus(BigDecimal.ZERO, amount));
        assertSame(amount, Decimals.minus(amount, new BigDecimal("0.00")));
        assertEquals("12.340000", Decimals.plus(amount, new BigDecimal("0.000000")).toPlainString());
        assertEquals("-12.3400", Decimals.minus(BigDecimal.ZERO, amount).toPlainString());
    }

    /** Zeros of several scales half of the time, the case the helpers shortcut. */
    private static BigDecimal randomDecimal(Random random) {
        int scale = random.nextInt(12) - 2;
        long unscaled = random.nextBoolean() ? 0 : random.nextLong() >> random.nextInt(64);
        return BigDecimal.valueOf(unscaled, scale);
    }
}
