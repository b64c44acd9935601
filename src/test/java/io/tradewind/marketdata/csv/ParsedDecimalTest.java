package io.tradewind.marketdata.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParsedDecimalTest {

    private final ParsedDecimal d = new ParsedDecimal();

    @Test
    void stripsTrailingZerosAndKeepsExactValues() {
        parse("800.010000000000");
        assertEquals(80001, d.unscaled);
        assertEquals(2, d.scale);
        parse("-0.5");
        assertEquals(-5, d.unscaled);
        parse("1E+3");
        assertEquals(1000, d.unscaled);
        assertEquals(0, d.scale);
        parse("12.5e-3");
        assertEquals(new BigDecimal("0.0125"), d.toBigDecimal());
        parse("000.000");
        assertEquals(0, d.signum());
    }

    @Test
    void refusesNumbersBeyondALongWithAMessageNotAnArithmeticException() {
        for (String huge : new String[] {"1e40", "-1E+19", "1" + "0".repeat(39), "1234567890123456789012345678901234567890"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(huge), huge);
            assertTrue(e.getMessage().startsWith("price " + huge + " "), e.getMessage());
        }
    }

    @Test
    void aValueThousandsOfCharactersLongIsShownByItsStartAndLength() {
        String huge = "9".repeat(200_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(huge));
        assertEquals("price " + "9".repeat(40) + "… (200,000 characters) is too long for a price or amount: it holds at most 18"
                + " significant digits and 18 decimals; round it", e.getMessage());
    }

    /** Ten million digits were still being read after two minutes; an exponent of a billion, written out (audit). */
    @Test
    void aValueOfTenMillionDigitsOrAHugeExponentIsRefusedAtOnce() {
        long started = System.nanoTime();
        assertThrows(IllegalArgumentException.class, () -> parse("9".repeat(10_000_000)));
        assertEquals("price 1e999999999 is too large for a price or amount: at most 18 digits before the decimal point",
                assertThrows(IllegalArgumentException.class, () -> parse("1e999999999")).getMessage());
        assertEquals("price 1e2147483647 is too large for a price or amount: at most 18 digits before the decimal point",
                assertThrows(IllegalArgumentException.class, () -> parse("1e2147483647")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("1e-999999999")).getMessage()
                .startsWith("price 1e-999999999 has 1 significant digits (999999999 decimals)"));
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "judged without writing the numbers out");
    }

    @Test
    void tooManyDigitsNamesTheLimit() {
        assertEquals("price 1.123456789012345678901 has 22 significant digits (21 decimals): a price or amount holds at"
                + " most 18 significant digits and 18 decimals; round it",
                assertThrows(IllegalArgumentException.class, () -> parse("1.123456789012345678901")).getMessage());
        assertEquals("price 1e40 is too large for a price or amount: at most 18 digits before the decimal point",
                assertThrows(IllegalArgumentException.class, () -> parse("1e40")).getMessage());
        parse("120000000000000000");
        assertEquals("open 120000000000000000 is too large to store with 8 decimals, the most any price of this series has:"
                + " with 8 decimals the largest is 92233720368.54775807; round the prices with that many decimals, or keep"
                + " such magnitudes in a series of their own",
                assertThrows(IllegalArgumentException.class, () -> d.toScale(8, "open")).getMessage());
    }

    @Test
    void convertsToAScaleOnlyWhenExact() {
        parse("1.25");
        assertEquals(125_000, d.toScale(5, "price"));
        assertThrows(IllegalArgumentException.class, () -> d.toScale(1, "price"));
        parse("922337203685477580");
        assertThrows(IllegalArgumentException.class, () -> d.toScale(2, "price"));
    }

    @Test
    void comparesAcrossScalesEvenWhereRescalingOverflows() {
        ParsedDecimal other = new ParsedDecimal();
        parse("900000000000000000");
        other.parse("0.000000000000000005", 0, 20, "x");
        assertEquals(1, d.compareTo(other));
        assertEquals(-1, other.compareTo(d));
        parse("-900000000000000000");
        assertEquals(-1, d.compareTo(other));
        parse("30000.5");
        other.parse("30000.25", 0, 8, "x");
        assertEquals(1, d.compareTo(other));
    }

    @Test
    void rejectsWhatIsNotADecimal() {
        for (String bad : new String[] {"", "-", ".", "1.2.3", "abc", "1,5", "12345678901234567890.5"}) {
            assertThrows(IllegalArgumentException.class, () -> d.parse(bad, 0, bad.length(), "price"), bad);
        }
    }

    /** Seeded random decimals: the fast path agrees with BigDecimal. */
    @Test
    void agreesWithBigDecimalOnRandomText() {
        SplittableRandom random = new SplittableRandom(5);
        ParsedDecimal other = new ParsedDecimal();
        for (int i = 0; i < 20_000; i++) {
            BigDecimal expected = BigDecimal.valueOf(random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L), random.nextInt(0, 13));
            String text = expected.scale() > 0 && random.nextBoolean() ? expected.toPlainString() + "000" : expected.toPlainString();
            parse(text);
            assertEquals(0, expected.compareTo(d.toBigDecimal()), text);
            String second = BigDecimal.valueOf(random.nextLong(1_000_000), random.nextInt(0, 6)).toPlainString();
            other.parse(second, 0, second.length(), "x");
            assertEquals(expected.compareTo(new BigDecimal(second)), Integer.signum(d.compareTo(other)), text + " vs " + second);
        }
    }

    private void parse(String text) {
        d.parse(text, 0, text.length(), "price");
    }
}
