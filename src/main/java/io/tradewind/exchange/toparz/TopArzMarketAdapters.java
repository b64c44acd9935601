package io.tradewind.exchange.toparz;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.Side;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.exchange.VenueTimes;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * TopArz market data DTOs to domain types: pure functions, tested against the seed's examples.
 * A missing or impossible field throws {@link IllegalArgumentException} (or
 * {@link NullPointerException} from a domain record), which the venue reports as a malformed answer.
 */
final class TopArzMarketAdapters {

    private TopArzMarketAdapters() {
    }

    /**
     * A market: tick {@code 10^-price_digits_count}, step {@code 10^-volume_digits_count}, the
     * step as minimum quantity (TopArz publishes no minimums). Fees are not in {@code /markets}: the
     * caller gives them. Active when at least one side trades on the order book ({@code P2P} or
     * {@code BOTH}); a side that is {@code NONE} or {@code OTC} only refuses our orders.
     */
    static Instrument instrument(TopArzMarket market, BigDecimal makerFee, BigDecimal takerFee) {
        String base = required(market.sourceCurrency(), "source_currency").toUpperCase(Locale.ROOT);
        String quote = required(market.baseCurrency(), "base_currency").toUpperCase(Locale.ROOT);
        BigDecimal tick = BigDecimal.ONE.movePointLeft(required(market.priceDigits(), "price_digits_count"));
        BigDecimal step = BigDecimal.ONE.movePointLeft(required(market.volumeDigits(), "volume_digits_count"));
        InstrumentStatus status = onBook(market.buySideEnabled()) || onBook(market.sellSideEnabled())
                ? InstrumentStatus.ACTIVE : InstrumentStatus.INACTIVE;
        return new Instrument(base + "-" + quote, base, quote, tick, step, step, null, null, makerFee, takerFee,
                status, List.of(), null, 0);
    }

    private static boolean onBook(String sideEnabled) {
        return "P2P".equalsIgnoreCase(sideEnabled) || "BOTH".equalsIgnoreCase(sideEnabled);
    }

    /** TopArz's name of a resolution, or {@code null} when it has none (only 1m, 1h and 1d). */
    static String resolution(Resolution resolution) {
        return switch (resolution) {
            case M1 -> "MINUTELY";
            case H1 -> "HOURLY";
            case D1 -> "DAILY";
            default -> null;
        };
    }

    /**
     * The closed candles in {@code [from, to)}, oldest first, one per open time: bars outside the
     * range or still open at {@code now} are dropped, a repeated open time keeps the last bar.
     */
    static List<Candle> candles(List<TopArzCandle> bars, Resolution resolution, Instant from, Instant to,
            Instant now) {
        Map<Instant, Candle> byTime = new TreeMap<>();
        for (TopArzCandle bar : bars) {
            Instant open = VenueTimes.required(bar.startTime(), "start_time");
            if (open.isBefore(from) || !open.isBefore(to) || open.plus(resolution.duration()).isAfter(now)) {
                continue;
            }
            byTime.put(open, new Candle(open, bar.open(), bar.high(), bar.low(), bar.close(),
                    Objects.requireNonNullElse(bar.tradeVolume(), BigDecimal.ZERO),
                    Objects.requireNonNullElse(bar.tradeTotalPrice(), BigDecimal.ZERO)));
        }
        return List.copyOf(byTime.values());
    }

    /**
     * The book: {@code data} is an array holding one {@code {asks, bids}}; an empty array or empty
     * sides are an empty book. TopArz gives no time, so the caller's {@code now} stamps it. Levels
     * without quantity are dropped.
     */
    static DepthSnapshot depth(List<TopArzDepth> data, String symbol, Instant now) {
        TopArzDepth book = data == null || data.isEmpty() ? new TopArzDepth(List.of(), List.of()) : data.get(0);
        List<PriceLevel> bids = levels(book.bids());
        List<PriceLevel> asks = levels(book.asks());
        bids.sort(Comparator.comparing(PriceLevel::price).reversed());
        asks.sort(Comparator.comparing(PriceLevel::price));
        return new DepthSnapshot(symbol, now, bids, asks);
    }

    private static List<PriceLevel> levels(List<TopArzDepth.Level> side) {
        List<PriceLevel> levels = new ArrayList<>();
        if (side != null) {
            for (TopArzDepth.Level level : side) {
                BigDecimal price = required(level.price(), "price");
                BigDecimal quantity = required(level.quantity(), "quantity");
                if (price.signum() <= 0) {
                    throw new IllegalArgumentException("depth price " + price.toPlainString() + " is not positive");
                }
                if (quantity.signum() > 0) {
                    levels.add(new PriceLevel(price, quantity));
                }
            }
        }
        return levels;
    }

    /** The latest trades, oldest first; TopArz gives them no id. */
    static List<PublicTrade> publicTrades(List<TopArzTradeSummary> summaries, String symbol) {
        List<PublicTrade> trades = new ArrayList<>();
        for (TopArzTradeSummary summary : summaries) {
            String side = summary.takerOrderSide();
            trades.add(new PublicTrade(null, symbol, required(summary.price(), "price"),
                    required(summary.quantity(), "quantity"),
                    side == null ? null : Side.fromWire(side.toLowerCase(Locale.ROOT)),
                    VenueTimes.required(summary.createdAt(), "created_at")));
        }
        trades.sort(Comparator.comparing(PublicTrade::time));
        return trades;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }
}
