package io.tradewind.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Instrument;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    /** The format a person reads: {@code %,.Nf} of {@link Locale#ROOT} of the value rounded half-even, as String.format prints it. */
    private static String expected(BigDecimal value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value.setScale(decimals, RoundingMode.HALF_EVEN));
    }

    @Test
    void pricesQuantitiesAndMoneyPrintAsStringFormatDoesForRandomValues() {
        Random random = new Random(20261202);
        String[] steps = {"1", "0.1", "0.01", "0.0001", "0.00000001"};
        for (String tick : steps) {
            for (String step : steps) {
                Instrument instrument = Instrument.of("BTC-USD", "BTC", "USD", tick, step, step, "0.001", "0.001");
                ReportFormat format = new ReportFormat(instrument);
                for (int i = 0; i < 2_000; i++) {
                    // up to 1e22 with up to 12 decimals: Rial prices times 8-decimal quantities, and halves to round
                    BigDecimal value = new BigDecimal(new BigInteger(75, random), random.nextInt(13));
                    if (random.nextBoolean()) {
                        value = value.negate();
                    }
                    assertEquals(expected(value, instrument.priceScale()), format.price(value), value::toPlainString);
                    assertEquals(expected(value, instrument.priceScale()), format.money(value), value::toPlainString);
                    assertEquals(expected(value, instrument.quantityScale()), format.quantity(value), value::toPlainString);
                }
            }
        }
    }

    @Test
    void aNegativeValueThatRoundsToZeroHasNoMinusSign() {
        ReportFormat format = new ReportFormat(Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0.001", "0.001"));

        assertEquals("0.00", format.money(new BigDecimal("-0.0001")));
        assertEquals("-1,234,567.50", format.money(new BigDecimal("-1234567.495")));
    }
}
