package io.tradewind.backtest.report;

import io.tradewind.domain.Instrument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fees the simulated exchange's precision rounded away. Each fill's fee is rounded down to the
 * decimals the exchange keeps the quote asset in, and those follow the market's grid (tick size
 * decimals plus step size decimals): with a tick of 1 and a step of 1, a 0.1 % fee on a 100 USD fill
 * is 0 USD. A run whose fees went that way has figures better than its rates say, without a word;
 * this says so when the fees charged are below what even the lower of the two rates comes to.
 */
final class FeeRounding {

    /**
     * Charged fees below this share of the lowest possible ones lost more than a tenth to rounding: a
     * cent or so a fill, as an exchange keeping cents rounds too, stays below it and unremarked.
     */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.9");

    private FeeRounding() {
    }

    /**
     * One sentence when the fills were charged less than 90 % of the lower of {@code maker_fee}
     * and {@code taker_fee} on what they traded; null otherwise (and for a run without those rates).
     */
    static String inWords(List<ReportFill> fills, Map<String, String> settings, Instrument instrument) {
        BigDecimal lowerRate = lowerRate(settings);
        if (lowerRate == null || lowerRate.signum() == 0 || fills.isEmpty()) {
            return null;
        }
        BigDecimal traded = BigDecimal.ZERO;
        BigDecimal charged = BigDecimal.ZERO;
        int counted = 0;
        for (ReportFill fill : fills) {
            // the simulated exchange charges the quote asset: a fee in another asset is not compared
            if (instrument.quote().equals(fill.fill().feeAsset())) {
                traded = traded.add(fill.fill().notional());
                charged = charged.add(fill.fill().fee());
                counted++;
            }
        }
        BigDecimal atLowerRate = traded.multiply(lowerRate);
        if (counted == 0 || charged.compareTo(atLowerRate.multiply(TOLERANCE)) >= 0) {
            return null;
        }
        int decimals = instrument.exactNotionalScale();
        return String.format(Locale.ROOT, "Fees rounded away: the %,d fills charged in %s paid %s %s, and the lower of maker_fee"
                + " and taker_fee (%s) on the %s %s they traded is %s: each fee is rounded down to %d decimal%s of %s,"
                + " the precision that tick_size and step_size give it, so the figures are better than the rates say;"
                + " give a finer tick_size or step_size.", counted, instrument.quote(), plain(charged), instrument.quote(),
                lowerRate.toPlainString(), plain(traded), instrument.quote(),
                plain(atLowerRate.setScale(decimals + 4, RoundingMode.HALF_UP)), decimals, decimals == 1 ? "" : "s",
                instrument.quote());
    }

    private static BigDecimal lowerRate(Map<String, String> settings) {
        String maker = settings.get("maker_fee");
        String taker = settings.get("taker_fee");
        if (maker == null || taker == null) {
            return null;
        }
        return new BigDecimal(maker).min(new BigDecimal(taker));
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
