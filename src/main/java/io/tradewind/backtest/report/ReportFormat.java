package io.tradewind.backtest.report;

import io.tradewind.domain.Instrument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How a report shows numbers to a person: prices at the instrument's tick decimals, quantities at
 * its step decimals, money (quote asset) at the tick's decimals too — the quote's smallest price
 * step — and ratios as percentages with two decimals. Never an exponent, never {@code -0.00}.
 * report.json keeps the exact values; this is only for the terminal and the HTML page.
 *
 * <p>Not thread-safe (it keeps {@link DecimalFormat}s): each report writer makes its own.
 */
final class ReportFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final int priceDecimals;
    private final int quantityDecimals;
    // built once per report: a report shows several numbers for each of tens of thousands of
    // trades, and String.format builds a new formatter and symbol table for every one
    private final DecimalFormat priceFormat;
    private final DecimalFormat quantityFormat;

    ReportFormat(Instrument instrument) {
        this.priceDecimals = instrument.priceScale();
        this.quantityDecimals = instrument.quantityScale();
        this.priceFormat = grouping(priceDecimals);
        this.quantityFormat = grouping(quantityDecimals);
    }

    /** Decimals of a price, and of money in the quote asset. */
    int priceDecimals() {
        return priceDecimals;
    }

    String price(BigDecimal value) {
        return grouped(value, priceFormat, priceDecimals);
    }

    String quantity(BigDecimal value) {
        return grouped(value, quantityFormat, quantityDecimals);
    }

    String money(BigDecimal value) {
        return grouped(value, priceFormat, priceDecimals);
    }

    /** A fraction as a percentage, {@code n/a} when undefined. */
    static String percent(Double fraction) {
        return fraction == null || !Double.isFinite(fraction) ? "n/a" : fixed(fraction * 100) + " %";
    }

    /** A ratio such as Sharpe with two decimals, {@code n/a} when undefined. */
    static String number(Double value) {
        return value == null || !Double.isFinite(value) ? "n/a" : fixed(value);
    }

    /** UTC, to the second, without the ISO {@code T} and {@code Z} a reader has to decode. */
    /** A run's settings as the spec writes them: {@code fill_model=next-open, slippage=0.0005, …}. */
    static String settings(Map<String, String> settings) {
        StringBuilder text = new StringBuilder();
        settings.forEach((key, value) -> text.append(text.length() == 0 ? "" : ", ").append(key).append('=').append(value));
        return text.toString();
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /**
     * Two decimals, rounded in decimal: a BigDecimal has no negative zero, so -0.0001 prints as
     * 0.00 where {@code String.format} of the double would print -0.00.
     */
    private static String fixed(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Thousands separated by commas, exactly {@code decimals} decimals: {@code %,.Nf} of {@link Locale#ROOT}. */
    private static DecimalFormat grouping(int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }

    /**
     * Rounded as a BigDecimal first: it has no negative zero, so -0.0001 prints as 0.00 where
     * DecimalFormat rounding a negative value to zero would print -0.00. DecimalFormat formats a
     * BigDecimal exactly, never through a double.
     */
    private static String grouped(BigDecimal value, DecimalFormat format, int decimals) {
        return format.format(value.setScale(decimals, RoundingMode.HALF_EVEN));
    }
}
