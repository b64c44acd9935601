package io.tradewind.marketdata;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Candle resolutions from one minute to one week. Buckets are aligned in UTC: a bucket starts
 * at a whole multiple of its length since 1970-01-01T00:00Z, except weekly bars, which start on
 * Monday 00:00 UTC (as the UDF protocol and most venues stamp them), not on the Thursday the
 * epoch fell on.
 */
public enum Resolution {
    M1("1m", "1", 60),
    M3("3m", "3", 180),
    M5("5m", "5", 300),
    M15("15m", "15", 900),
    M30("30m", "30", 1_800),
    H1("1h", "60", 3_600),
    H2("2h", "120", 7_200),
    H4("4h", "240", 14_400),
    H6("6h", "360", 21_600),
    H12("12h", "720", 43_200),
    D1("1d", "1D", 86_400),
    W1("1w", "1W", 604_800);

    /** 1970-01-05 was the first Monday after the epoch: weekly buckets are counted from it. */
    private static final long FIRST_MONDAY_SECONDS = 4 * 86_400L;

    private final String label;
    private final String udfCode;
    private final long seconds;
    /** Built once: a backtest that keeps a ta4j series asks for it on every candle. */
    private final Duration duration;

    Resolution(String label, String udfCode, long seconds) {
        this.label = label;
        this.udfCode = udfCode;
        this.seconds = seconds;
        this.duration = Duration.ofSeconds(seconds);
    }

    /**
     * Reads a user or UDF spelling: {@code 1m}, {@code 15m}, {@code 1h}, {@code 4h}, {@code 1d},
     * {@code 1w}, or the UDF codes {@code 1}, {@code 60}, {@code 240}, {@code 1D}, {@code D},
     * {@code 1W}, {@code W}. Case does not matter, except that a capital {@code M} means months in
     * UDF, which have no fixed length and are not supported.
     *
     * @throws IllegalArgumentException naming the accepted spellings when the text is unknown
     */
    public static Resolution parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("resolution is missing; use one of " + labels());
        }
        String trimmed = text.trim();
        if (trimmed.endsWith("M")) {
            throw new IllegalArgumentException("monthly resolution '" + text + "' is not supported; use one of "
                    + labels() + " (minutes are a small m)");
        }
        for (Resolution r : values()) {
            if (r.label.equalsIgnoreCase(trimmed) || r.udfCode.equalsIgnoreCase(trimmed)) {
                return r;
            }
        }
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.equals("D")) {
            return D1;
        }
        if (upper.equals("W")) {
            return W1;
        }
        throw new IllegalArgumentException("unknown resolution '" + text + "'; use one of " + labels()
                + " (or the UDF codes 1, 3, 5, 15, 30, 60, 120, 240, 360, 720, 1D, 1W)");
    }

    private static String labels() {
        StringBuilder sb = new StringBuilder();
        for (Resolution r : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(r.label);
        }
        return sb.toString();
    }

    /** The short user spelling, e.g. {@code 15m}, {@code 1d}. */
    public String label() {
        return label;
    }

    /** The TradingView UDF code, e.g. {@code 60}, {@code 1D}. */
    public String udfCode() {
        return udfCode;
    }

    public long seconds() {
        return seconds;
    }

    public Duration duration() {
        return duration;
    }

    /** Open time (epoch seconds) of the bucket that contains {@code epochSecond}. */
    public long bucketStart(long epochSecond) {
        return bucketStart(epochSecond, seconds);
    }

    /**
     * Open time of the bucket of {@code spanSeconds} that contains {@code epochSecond}: buckets count
     * from the epoch, and those of whole weeks from its first Monday, as this enum's buckets do.
     */
    public static long bucketStart(long epochSecond, long spanSeconds) {
        long origin = spanSeconds % W1.seconds == 0 ? FIRST_MONDAY_SECONDS : 0;
        return Math.floorDiv(epochSecond - origin, spanSeconds) * spanSeconds + origin;
    }

    /** Open time of the bucket that contains {@code instant}. */
    public Instant bucketStart(Instant instant) {
        return Instant.ofEpochSecond(bucketStart(instant.getEpochSecond()));
    }

    /** Whether {@code epochSecond} is the open time of a bucket. */
    public boolean isAligned(long epochSecond) {
        return bucketStart(epochSecond) == epochSecond;
    }

    /**
     * Refuses a venue's candle that does not open at the start of a UTC bucket: the store and the
     * feeds keep UTC buckets, and such a venue's bars follow another day boundary (Nobitex's daily
     * bars start at midnight in Tehran), which is told apart from bad data and answered with advice.
     *
     * @throws IllegalArgumentException the candle opens elsewhere
     */
    public void requireAligned(String venue, Instant openTime) {
        if (!isAligned(openTime.getEpochSecond())) {
            throw new IllegalArgumentException(venue + " sent a " + label + " candle opening at " + openTime
                    + ", not at the start of a UTC " + label + " bucket as Tradewind keeps them (the venue's bars"
                    + " follow another day boundary); use a smaller resolution such as 1h or 1m instead");
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
