package io.tradewind.marketdata;

import java.math.BigDecimal;

/** The consistency rules every stored candle obeys, shared by the record and the importers. */
final class CandleRules {

    private CandleRules() {
    }

    /** What is wrong with these values, or {@code null} when they make a valid candle. */
    static String problem(BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
            BigDecimal volume) {
        if (low.signum() <= 0) {
            return "low " + low.toPlainString() + " must be greater than zero";
        }
        if (high.compareTo(low) < 0) {
            return "high " + high.toPlainString() + " is below low " + low.toPlainString();
        }
        if (open.compareTo(high) > 0 || open.compareTo(low) < 0) {
            return "open " + open.toPlainString() + " is outside low..high " + low.toPlainString()
                    + ".." + high.toPlainString();
        }
        if (close.compareTo(high) > 0 || close.compareTo(low) < 0) {
            return "close " + close.toPlainString() + " is outside low..high " + low.toPlainString()
                    + ".." + high.toPlainString();
        }
        if (volume.signum() < 0) {
            return "volume " + volume.toPlainString() + " must not be negative";
        }
        return null;
    }
}
