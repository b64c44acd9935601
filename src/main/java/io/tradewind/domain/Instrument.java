package io.tradewind.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A tradable market such as {@code BTC-IRR}: what it trades, its price and quantity grid, limits,
 * fees and trading hours. All amounts are exact decimals.
 *
 * @param minNotional   smallest price × quantity accepted, or {@code null} for none
 * @param maxQuantity   largest order quantity accepted, or {@code null} for none
 * @param priceBand     largest allowed distance of a limit price from the last trade price, as
 *                      a fraction (0.1 = ±10%), or {@code null} for none
 * @param maxOpenOrders most open orders one account may have in this instrument, or 0 for no limit
 * @param sessions      trading windows; empty means open around the clock (24x7)
 */
public record Instrument(
        String symbol,
        String base,
        String quote,
        BigDecimal tickSize,
        BigDecimal stepSize,
        BigDecimal minQuantity,
        BigDecimal minNotional,
        BigDecimal maxQuantity,
        BigDecimal makerFee,
        BigDecimal takerFee,
        InstrumentStatus status,
        List<TradingSession> sessions,
        BigDecimal priceBand,
        int maxOpenOrders) {

    public Instrument {
        requireText(symbol, "symbol");
        requireText(base, "base");
        requireText(quote, "quote");
        if (base.equals(quote)) {
            throw new IllegalArgumentException(symbol + ": base and quote must differ, both are " + base);
        }
        requirePositive(tickSize, symbol, "tick_size");
        requirePositive(stepSize, symbol, "step_size");
        requirePositive(minQuantity, symbol, "min_quantity");
        requireFee(makerFee, symbol, "maker_fee");
        requireFee(takerFee, symbol, "taker_fee");
        Objects.requireNonNull(status, "status");
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        if (minNotional != null && minNotional.signum() < 0) {
            throw new IllegalArgumentException(symbol + ": min_notional must not be negative");
        }
        if (maxQuantity != null && maxQuantity.compareTo(minQuantity) < 0) {
            throw new IllegalArgumentException(symbol + ": max_quantity " + Decimals.format(maxQuantity)
                    + " is below min_quantity " + Decimals.format(minQuantity));
        }
        if (priceBand != null && priceBand.signum() <= 0) {
            throw new IllegalArgumentException(symbol + ": price_band must be a positive fraction");
        }
        if (maxOpenOrders < 0) {
            throw new IllegalArgumentException(symbol + ": max_open_orders must not be negative");
        }
    }

    /** A 24x7 active instrument with only the required fields: what tests and examples need. */
    public static Instrument of(String symbol, String base, String quote, String tickSize,
            String stepSize, String minQuantity, String makerFee, String takerFee) {
        return new Instrument(symbol, base, quote, new BigDecimal(tickSize), new BigDecimal(stepSize),
                new BigDecimal(minQuantity), null, null, new BigDecimal(makerFee),
                new BigDecimal(takerFee), InstrumentStatus.ACTIVE, List.of(), null, 0);
    }

    public boolean isTradingAt(Instant instant) {
        return sessions.isEmpty() || sessions.stream().anyMatch(s -> s.contains(instant));
    }

    /** Whether {@code price} is a whole number of ticks. */
    public boolean onTickGrid(BigDecimal price) {
        return price.remainder(tickSize).signum() == 0;
    }

    /** Whether {@code quantity} is a whole number of steps. */
    public boolean onStepGrid(BigDecimal quantity) {
        return quantity.remainder(stepSize).signum() == 0;
    }

    /** Decimals of a price on this instrument's tick grid (never negative). */
    public int priceScale() {
        return Math.max(0, Decimals.significantScale(tickSize));
    }

    /** Decimals of a quantity on this instrument's step grid (never negative). */
    public int quantityScale() {
        return Math.max(0, Decimals.significantScale(stepSize));
    }

    /**
     * Decimals the quote asset needs so that price × quantity on this grid is exact: a tick of
     * 1000 IRR and a step of 0.00000001 BTC give 5.
     */
    public int exactNotionalScale() {
        return Math.max(0, Decimals.significantScale(tickSize) + Decimals.significantScale(stepSize));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("instrument " + field + " is missing");
        }
    }

    private static void requirePositive(BigDecimal value, String symbol, String field) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(symbol + ": " + field + " must be greater than zero");
        }
    }

    private static void requireFee(BigDecimal value, String symbol, String field) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException(symbol + ": " + field
                    + " must be a fraction from 0 (inclusive) to 1 (exclusive), e.g. 0.001 for 0.1%");
        }
    }
}
