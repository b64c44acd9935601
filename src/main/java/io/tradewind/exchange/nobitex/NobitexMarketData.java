package io.tradewind.exchange.nobitex;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.Side;
import io.tradewind.exchange.CandlePage;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import io.tradewind.marketdata.Resolution;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Nobitex's public answers as domain types: pure functions, one per answer. */
final class NobitexMarketData {

    /** Nobitex pages UDF history at 500 bars: a full page means there may be more. */
    static final int UDF_PAGE = 500;

    /**
     * The grid. Nobitex serves no tick size, step or minimum through the API of the seed or
     * exchanges.md, so instruments carry the finest grid its API represents: prices of rial markets
     * are integers (the seed types {@code price} as int), every other amount has the ten decimals
     * of its wire format ({@code "0.1416000000"}). A finer-than-allowed price or amount is refused
     * by the venue ({@code InvalidOrderPrice}, {@code BadPrice}) and mapped to a rejection reason.
     */
    static final BigDecimal RIAL_TICK = BigDecimal.ONE;
    static final BigDecimal WIRE_STEP = new BigDecimal("1E-10");

    /**
     * Fees are not served by the API either. Instruments carry 0.25% maker and taker, Nobitex's
     * published base-level fee at the time of writing (an assumption: check the fee page; a
     * higher level pays less).
     */
    static final BigDecimal ASSUMED_FEE = new BigDecimal("0.0025");

    private NobitexMarketData() {
    }

    /** {@code /market/stats}: every market it lists, closed ones inactive, on the grid above. */
    static List<Instrument> instruments(NobitexDtos.MarketStats stats) {
        List<Instrument> instruments = new ArrayList<>();
        for (Map.Entry<String, NobitexDtos.MarketStat> entry : stats.stats().entrySet()) {
            NobitexSymbols.Pair pair = NobitexSymbols.pair(entry.getKey());
            boolean closed = entry.getValue() != null && Boolean.TRUE.equals(entry.getValue().isClosed());
            BigDecimal tick = pair.quote().equals(NobitexSymbols.RIAL_MARKET) ? RIAL_TICK : WIRE_STEP;
            instruments.add(new Instrument(pair.canonical(), pair.baseAsset(), pair.quoteAsset(), tick, WIRE_STEP,
                    WIRE_STEP, null, null, ASSUMED_FEE, ASSUMED_FEE,
                    closed ? InstrumentStatus.INACTIVE : InstrumentStatus.ACTIVE, List.of(), null, 0));
        }
        instruments.sort(Comparator.comparing(Instrument::symbol));
        return instruments;
    }

    /**
     * UDF history as closed candles in {@code [from, to)}, oldest first. A full page continues
     * after its last bar; {@code no_data} or a short page ends the range. A bar still open at
     * {@code now} is left out. UDF serves no quote volume: it is zero.
     */
    static CandlePage candles(NobitexDtos.UdfHistory history, Resolution resolution, Instant from, Instant to,
            Instant now) {
        if ("no_data".equals(history.s())) {
            return new CandlePage(List.of(), null);
        }
        if (!"ok".equals(history.s())) {
            throw new IllegalArgumentException("UDF status '" + history.s() + "'"
                    + (history.errmsg() == null ? "" : ": " + history.errmsg()));
        }
        int bars = history.t() == null ? 0 : history.t().size();
        if (history.o().size() != bars || history.h().size() != bars || history.l().size() != bars
                || history.c().size() != bars || history.v().size() != bars) {
            throw new IllegalArgumentException("UDF columns of different lengths");
        }
        List<Candle> candles = new ArrayList<>();
        long last = Long.MIN_VALUE;
        for (int i = 0; i < bars; i++) {
            Instant open = Instant.ofEpochSecond(history.t().get(i));
            if (open.isBefore(from) || !open.isBefore(to) || open.plus(resolution.duration()).isAfter(now)
                    || open.getEpochSecond() <= last) {
                continue;
            }
            last = open.getEpochSecond();
            candles.add(new Candle(open, history.o().get(i), history.h().get(i), history.l().get(i),
                    history.c().get(i), history.v().get(i), BigDecimal.ZERO));
        }
        Instant next = bars < UDF_PAGE ? null
                : Instant.ofEpochSecond(history.t().get(bars - 1)).plus(resolution.duration());
        return new CandlePage(candles, next == null || !next.isBefore(to) ? null : next);
    }

    /** The v3 order book: asks ascending, bids descending, whatever order the venue sent. */
    static DepthSnapshot depth(String symbol, NobitexDtos.OrderBook book, Instant receivedAt) {
        List<PriceLevel> asks = levels(book.asks());
        List<PriceLevel> bids = levels(book.bids());
        asks.sort(Comparator.comparing(PriceLevel::price));
        bids.sort(Comparator.comparing(PriceLevel::price).reversed());
        Instant time = book.lastUpdate() == null ? receivedAt : Instant.ofEpochMilli(book.lastUpdate());
        return new DepthSnapshot(symbol, time, bids, asks);
    }

    /** {@code /v2/trades}: oldest first; {@code type} is the taker's side; Nobitex gives no trade id. */
    static List<PublicTrade> trades(String symbol, NobitexDtos.PublicTrades trades) {
        List<PublicTrade> out = new ArrayList<>();
        for (NobitexDtos.PublicTradeEntry t : trades.trades()) {
            Side taker = t.type() == null ? null : Side.fromWire(t.type());
            out.add(new PublicTrade(null, symbol, t.price(), t.volume(), taker, Instant.ofEpochMilli(t.time())));
        }
        out.sort(Comparator.comparing(PublicTrade::time));
        return out;
    }

    private static List<PriceLevel> levels(List<List<BigDecimal>> rows) {
        List<PriceLevel> levels = new ArrayList<>();
        if (rows == null) {
            return levels;
        }
        for (List<BigDecimal> row : rows) {
            if (row == null || row.size() < 2 || row.get(0) == null || row.get(1) == null) {
                throw new IllegalArgumentException("order book level is not [price, quantity]");
            }
            levels.add(new PriceLevel(row.get(0), row.get(1)));
        }
        return levels;
    }
}
