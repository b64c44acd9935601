package io.tradewind.marketdata.csv;

import io.tradewind.marketdata.CandleScales;

/**
 * The decimals a CSV file's prices and volumes need, and the line where each first reaches that
 * count: a file that needs more than its stored series holds is told which row to look at.
 */
final class FileDecimals {

    private int priceScale;
    private long priceLine;
    private int volumeScale;
    private long volumeLine;
    private int quoteScale;

    void price(int scale, long line) {
        if (scale > priceScale) {
            priceScale = scale;
            priceLine = line;
        }
    }

    void volume(int scale, long line) {
        if (scale > volumeScale) {
            volumeScale = scale;
            volumeLine = line;
        }
    }

    void quoteVolume(int scale) {
        quoteScale = Math.max(quoteScale, scale);
    }

    CandleScales scales() {
        return new CandleScales(priceScale, volumeScale, quoteScale);
    }

    /** The stored scales if they have room for the file's decimals. */
    CandleScales fitInto(String series, CandleScales stored) {
        boolean priceFits = priceScale <= stored.priceScale();
        boolean volumeFits = volumeScale <= stored.volumeScale();
        if (priceFits && volumeFits) {
            return stored;
        }
        String where = !priceFits
                ? "a price with " + decimals(priceScale) + " at line " + priceLine
                : "a volume with " + decimals(volumeScale) + " at line " + volumeLine;
        throw new IllegalArgumentException(series + " is stored with " + stored.priceScale() + " price and "
                + stored.volumeScale() + " volume decimals, but the file needs " + priceScale + " and " + volumeScale
                + " (first " + where + "); import it under another venue or symbol");
    }

    private static String decimals(int count) {
        return count == 1 ? "1 decimal" : count + " decimals";
    }
}
