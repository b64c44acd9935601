package io.tradewind.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    /**
     * balance.USD=1e999999999 ended with exit code 1 (a BigInteger overflow), tick_size=1e999999999 with a one-line
     * error of a gigabyte, balance.USD=1e-999999999 after ten minutes (audit, 2026-12-06).
     */
    @Test
    void anAmountOfAbsurdMagnitudeOrLengthIsRefusedAtOnceInAShortMessage() {
        assertEquals("balance.USD 1e999999999 has more than 100 digits before the decimal point: no amount is that large",
                assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1e999999999", "balance.USD")).getMessage());
        assertEquals("balance.USD 1e2147483647 has more than 100 digits before the decimal point: no amount is that large",
                assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1e2147483647", "balance.USD")).getMessage());
        assertEquals("balance.USD 1e-999999999 has more than 100 decimals: no amount is that small",
                assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1e-999999999", "balance.USD")).getMessage());
        assertEquals("tick_size is 2000000 characters long: too long for an amount",
                assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1".repeat(2_000_000), "tick_size")).getMessage());
        assertEquals(0, new BigDecimal("1e99").compareTo(Decimals.parse("1e99", "x")), "100 digits");
        assertEquals(0, BigDecimal.ZERO.compareTo(Decimals.parse("0E-999999999", "x")), "a zero of any scale is zero");
        assertEquals(0, new BigDecimal("0.5").compareTo(Decimals.parse("0.5000000000" + "0".repeat(200), "x")));
    }

    /** param.fast=١٠ ran as 10 and tick_size=０.０１ as 0.01, where the Orders API refuses such digits (audit). */
    @Test
    void digitsOfOtherScriptsAreRefusedSayingHowToWriteThem() {
        assertEquals("balance.USD is not a decimal number: '١٠٠٠٠' (write its digits as 0-9)",
                assertThrows(IllegalArgumentException.class, () -> Decimals.parse("١٠٠٠٠", "balance.USD")).getMessage());
        assertThrows(NumberFormatException.class, () -> Decimals.parseInt("١٠"));
        assertThrows(NumberFormatException.class, () -> Decimals.parseLong("１０"));
        assertEquals(-10, Decimals.parseInt("-10"));
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
