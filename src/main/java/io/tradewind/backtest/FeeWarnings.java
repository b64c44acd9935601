package io.tradewind.backtest;

import io.tradewind.domain.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A fee that looks like a percentage written as a fraction: {@code taker_fee=0.1}, meant as 0.1 %,
 * charges 10 % of every trade, and a strategy sizing its entries to its cash then had every order
 * refused for want of the fee, with nothing to say why. Exchanges charge well under 2 %; a fee from
 * there on is run as given, with a warning.
 */
public final class FeeWarnings {

    private static final BigDecimal UNLIKELY_FEE = new BigDecimal("0.02");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FeeWarnings() {
    }

    /** One warning per fee of the spec that is 2 % or more, none when both are below. */
    public static List<String> of(Instrument instrument) {
        List<String> warnings = new ArrayList<>();
        warn("maker_fee", instrument.makerFee(), warnings);
        warn("taker_fee", instrument.takerFee(), warnings);
        return warnings;
    }

    private static void warn(String key, BigDecimal fee, List<String> warnings) {
        if (fee.compareTo(UNLIKELY_FEE) >= 0) {
            warnings.add(key + "=" + fee.toPlainString() + " charges " + fee.multiply(HUNDRED).stripTrailingZeros()
                    .toPlainString() + " % of every trade's value; a fee of " + fee.stripTrailingZeros().toPlainString()
                    + " % is written " + key + "=" + fee.movePointLeft(2).stripTrailingZeros().toPlainString());
        }
    }
}
