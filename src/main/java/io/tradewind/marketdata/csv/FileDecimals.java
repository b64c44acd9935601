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
    private long quoteLine;

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

    /** A quote volume built from trades: kept at the price's decimals, rounded (see {@link CandleScales}). */
    void quoteVolume(int scale) {
        quoteScale = Math.max(quoteScale, scale);
    }

    /** A quote volume as a file gives it: exact, like the rest of its row. */
    void quoteVolume(int scale, long line) {
        if (quoteLine == 0 && stored != null && scale > stored.quoteVolumeScale()) {
            quoteLine = line;
        }
        quoteVolume(scale);
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
        if (priceLine == 0 && volumeLine == 0 && quoteLine == 0) {
            return stored;
        }
        if (priceLine == 0 && volumeLine == 0) {
            // rounding it would store another figure than the file's, which the bars' amount then shows
            throw new IllegalArgumentException(series + " is stored with " + decimals(stored.quoteVolumeScale())
                    + " of quote volume, but the file needs " + quoteScale + " (first a quote volume with more at line "
                    + quoteLine + "); import it under another venue or symbol, or round that column in the file");
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
