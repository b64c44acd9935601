package io.tradewind.marketdata.csv;

import io.tradewind.marketdata.CandleScales;

/**
 * The decimals a CSV file's prices and volumes need and, where the series is stored already, the
 * first line that needs more than it keeps: a file refused for its decimals is told which row to
 * look at.
 */
final class FileDecimals {

    private final CandleScales stored;
    private int priceScale;
    private long priceLine;
    private int volumeScale;
    private long volumeLine;
    private int quoteScale;

    /** @param stored the stored series' scales, or null when the series is new */
    FileDecimals(CandleScales stored) {
        this.stored = stored;
    }

    void price(int scale, long line) {
        if (priceLine == 0 && stored != null && scale > stored.priceScale()) {
            priceLine = line;
        }
        priceScale = Math.max(priceScale, scale);
    }

    void volume(int scale, long line) {
        if (volumeLine == 0 && stored != null && scale > stored.volumeScale()) {
            volumeLine = line;
        }
        volumeScale = Math.max(volumeScale, scale);
    }

    void quoteVolume(int scale) {
        quoteScale = Math.max(quoteScale, scale);
    }

    /**
     * The stored scales if they have room for the file's decimals, the file's for a new series.
     *
     * @throws IllegalArgumentException the file needs more decimals than the stored series keeps
     */
    CandleScales scales(String series) {
        if (stored == null) {
            return new CandleScales(priceScale, volumeScale, quoteScale);
        }
        if (priceLine == 0 && volumeLine == 0) {
            return stored;
        }
        String where = priceLine != 0
                ? "a price with more than " + decimals(stored.priceScale()) + " at line " + priceLine
                : "a volume with more than " + decimals(stored.volumeScale()) + " at line " + volumeLine;
        throw new IllegalArgumentException(series + " is stored with " + stored.priceScale() + " price and "
                + stored.volumeScale() + " volume decimals, but the file needs " + priceScale + " and " + volumeScale
                + " (first " + where + "); import it under another venue or symbol");
    }

    private static String decimals(int count) {
        return count == 1 ? "1 decimal" : count + " decimals";
    }
}
