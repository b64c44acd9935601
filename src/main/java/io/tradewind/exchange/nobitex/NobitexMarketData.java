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

    /** Nobitex answers at most 500 bars a UDF request. */
    static final int UDF_PAGE = 500;

    /**
     * Fees are not served by the API. Instruments carry 0.25% maker and taker, an assumption on
     * the safe side (Nobitex's own trade example shows 0.15%): holds are then never too small.
     * Check Nobitex's fee page for the account's level.
     */
    static final BigDecimal ASSUMED_FEE = new BigDecimal("0.0025");

    private NobitexMarketData() {
    }

    /**
     * {@code /v2/options}: every market with both precisions, its price step as the tick, its
     * amount step as the step and the smallest quantity, and the minimum order value of its quote
     * currency ({@code rls} 3,000,000 rial, {@code usdt} 11). Nobitex rounds finer prices and
     * amounts itself (amounts down, prices to even), so orders must be on this grid.
     */
    static List<Instrument> instruments(NobitexDtos.Options options) {
        NobitexDtos.OptionsNobitex settings = options.nobitex();
        Map<String, BigDecimal> minOrders = settings.minOrders() == null ? Map.of() : settings.minOrders();
        List<Instrument> instruments = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : settings.pricePrecisions().entrySet()) {
            BigDecimal step = settings.amountPrecisions().get(entry.getKey());
            if (step == null) {
                continue;
            }
            NobitexSymbols.Pair pair = NobitexSymbols.pair(entry.getKey());
            instruments.add(new Instrument(pair.canonical(), pair.baseAsset(), pair.quoteAsset(), entry.getValue(), step,
                    step, minOrders.get(pair.dstCurrency()), null, ASSUMED_FEE, ASSUMED_FEE, InstrumentStatus.ACTIVE,
                    List.of(), null, 0));
        }
        instruments.sort(Comparator.comparing(Instrument::symbol));
        return instruments;
    }

    /**
     * Where a candle request must end so that the window holds fewer bars than one answer's 500
     * (499, in case Nobitex counts a bar at {@code to} in): then it does not matter which 500 of a
     * longer range Nobitex would pick.
     */
    static Instant windowEnd(Resolution resolution, Instant from, Instant to) {
        Instant limit = from.plus(resolution.duration().multipliedBy(UDF_PAGE - 1));
        return limit.isBefore(to) ? limit : to;
    }

    /**
     * UDF history of the window {@code [from, windowEnd)} as closed candles, oldest first, and
     * the next window up to {@code to}. {@code no_data} is an empty window, not the end: history
     * may have gaps. A bar still open at {@code now} is left out. UDF serves no quote volume: it
     * is zero.
     */
    static CandlePage candles(NobitexDtos.UdfHistory history, Resolution resolution, Instant from, Instant windowEnd,
            Instant to, Instant now) {
        Instant next = windowEnd.isBefore(to) ? windowEnd : null;
        if ("no_data".equals(history.s())) {
            return new CandlePage(List.of(), next);
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
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < bars; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(history.t()::get));
        List<Candle> candles = new ArrayList<>();
        long last = Long.MIN_VALUE;
        for (int i : order) {
            Instant open = Instant.ofEpochSecond(history.t().get(i));
            if (open.isBefore(from) || !open.isBefore(windowEnd) || open.plus(resolution.duration()).isAfter(now)
                    || open.getEpochSecond() == last) {
                continue;
            }
            last = open.getEpochSecond();
            candles.add(new Candle(open, history.o().get(i), history.h().get(i), history.l().get(i),
                    history.c().get(i), history.v().get(i), BigDecimal.ZERO));
        }
        return new CandlePage(candles, next);
    }

    /** The v3 order book: asks ascending, bids descending, whatever order the venue sent. */
    static DepthSnapshot depth(String symbol, NobitexDtos.OrderBook book, Instant receivedAt) {
        if (book.asks() == null && book.bids() == null) {
            // an empty side is an empty list; no sides at all is a broken answer, not an empty market
            throw new IllegalArgumentException("the order book has neither asks nor bids");
        }
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
            if (row.get(1).signum() > 0) { // an emptied level ("0E-10") offers nothing: a best price must not be one
                levels.add(new PriceLevel(row.get(0), row.get(1)));
            }
        }
        return levels;
    }
}
