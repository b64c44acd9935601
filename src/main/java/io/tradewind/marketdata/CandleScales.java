package io.tradewind.marketdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Decimal places of the scaled {@code long}s a series stores: a price of 800.01 at price scale 2
 * is the long 80001. Prices and volumes are stored exactly; quote volume (the sum of price ×
 * amount) is informational and rounded half-even to its own scale, because the exact product of
 * two scales can overflow 64 bits on rial-sized prices.
 */
public record CandleScales(int priceScale, int volumeScale, int quoteVolumeScale) {

    /** The largest scale whose ten-power still fits a long. */
    public static final int MAX_SCALE = 18;

    public CandleScales {
        requireScale(priceScale, "price scale");
        requireScale(volumeScale, "volume scale");
        requireScale(quoteVolumeScale, "quote volume scale");
    }

    /** In words, for messages: {@code 2 price decimals, 4 volume decimals and 2 quote volume decimals}. */
    public String describe() {
        return priceScale + " price decimals, " + volumeScale + " volume decimals and " + quoteVolumeScale
                + " quote volume decimals";
    }

    private static void requireScale(int scale, String field) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException(field + " must be from 0 to " + MAX_SCALE + ", was " + scale);
        }
    }

    public long price(BigDecimal value, String field) {
        return toScaled(value, priceScale, field);
    }

    public long volume(BigDecimal value, String field) {
        return toScaled(value, volumeScale, field);
    }

    /** Quote volume rounded half-even to its scale (see the class comment for why). */
    public long quoteVolume(BigDecimal value) {
        return toScaled(value.setScale(quoteVolumeScale, RoundingMode.HALF_EVEN), quoteVolumeScale,
                "quote volume");
    }

    public BigDecimal price(long scaled) {
        return BigDecimal.valueOf(scaled, priceScale);
    }

    public BigDecimal volume(long scaled) {
        return BigDecimal.valueOf(scaled, volumeScale);
    }

    public BigDecimal quoteVolume(long scaled) {
        return BigDecimal.valueOf(scaled, quoteVolumeScale);
    }

    /**
     * The exact scaled long of {@code value}.
     *
     * @throws IllegalArgumentException when the value has more decimals than {@code scale} or does
     *                                  not fit a long at that scale
     */
    static long toScaled(BigDecimal value, int scale, String field) {
        BigDecimal scaled;
        try {
            scaled = value.setScale(scale);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " " + value.toPlainString() + " has more than "
                    + scale + " decimals");
        }
        try {
            return scaled.unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(tooLarge(field, value.toPlainString(), scale));
        }
    }

    /**
     * Why a value does not fit a long at the series' scale, with the largest that does: a series
     * keeps each column at the most decimals any of its values has, so one over-precise row lowers
     * the ceiling of every other.
     */
    public static String tooLarge(String field, String value, int scale) {
        // open, high, low and close share the series' price scale
        String column = Set.of("open", "high", "low", "close").contains(field) ? "price" : field;
        return field + " " + value + " is too large to store with " + scale + " decimals, the most any " + column
                + " of this series has: with " + scale + " decimals the largest is "
                + BigDecimal.valueOf(Long.MAX_VALUE, scale).toPlainString() + "; round the " + column
                + "s with that many decimals, or keep such magnitudes in a series of their own";
    }
}
