package io.tradewind.cli;

import io.tradewind.domain.Balance;
import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.RejectionReason;
import io.tradewind.exchange.PublicTrade;
import io.tradewind.execution.VenueOrder;
import io.tradewind.execution.VenueTrade;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.marketdata.PriceLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the {@code exchange} commands show what a venue answered: our domain records (never a
 * venue's DTO) as JSON objects with the Orders API's field names, and the columns of their text
 * tables. Amounts are exact plain decimals as strings ({@code 100000000000}, {@code 0.00000001}),
 * never floating point or exponent notation, whatever spelling the venue used ({@code 0E-10}).
 */
final class ExchangeViews {

    static final List<String> MARKET_COLUMNS = List.of("symbol", "base", "quote", "tick_size", "step_size",
            "min_quantity", "min_notional", "maker_fee", "taker_fee", "status");
    static final List<String> CANDLE_COLUMNS = List.of("open_time", "open", "high", "low", "close", "volume",
            "quote_volume");
    static final List<String> LEVEL_COLUMNS = List.of("side", "price", "quantity");
    static final List<String> TRADE_COLUMNS = List.of("time", "trade_id", "price", "quantity", "taker_side");
    static final List<String> BALANCE_COLUMNS = List.of("asset", "available", "held", "total");
    static final List<String> ORDER_COLUMNS = List.of("client_order_id", "uid", "symbol", "side", "type", "price",
            "quantity", "filled", "status", "updated_at");

    private ExchangeViews() {
    }

    static Map<String, Object> json(Instrument i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", i.symbol());
        m.put("base", i.base());
        m.put("quote", i.quote());
        m.put("tick_size", amount(i.tickSize()));
        m.put("step_size", amount(i.stepSize()));
        m.put("min_quantity", amount(i.minQuantity()));
        m.put("min_notional", amount(i.minNotional()));
        m.put("max_quantity", amount(i.maxQuantity()));
        m.put("maker_fee", amount(i.makerFee()));
        m.put("taker_fee", amount(i.takerFee()));
        m.put("status", i.status().wireName());
        return m;
    }

    static Map<String, Object> json(Candle c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("open_time", time(c.openTime()));
        m.put("open", amount(c.open()));
        m.put("high", amount(c.high()));
        m.put("low", amount(c.low()));
        m.put("close", amount(c.close()));
        m.put("volume", amount(c.volume()));
        m.put("quote_volume", amount(c.quoteVolume()));
        return m;
    }

    static Map<String, Object> json(DepthSnapshot d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", d.symbol());
        m.put("time", time(d.time()));
        m.put("bids", d.bids().stream().map(ExchangeViews::json).toList());
        m.put("asks", d.asks().stream().map(ExchangeViews::json).toList());
        return m;
    }

    /** The book as table rows: asks from the highest down to the best, then bids from the best down. */
    static List<Map<String, Object>> levelRows(DepthSnapshot d) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = d.asks().size() - 1; i >= 0; i--) {
            rows.add(level("ask", d.asks().get(i)));
        }
        for (PriceLevel bid : d.bids()) {
            rows.add(level("bid", bid));
        }
        return rows;
    }

    static Map<String, Object> json(PublicTrade t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trade_id", t.tradeId());
        m.put("symbol", t.symbol());
        m.put("price", amount(t.price()));
        m.put("quantity", amount(t.quantity()));
        m.put("taker_side", t.takerSide() == null ? null : t.takerSide().wireName());
        m.put("time", time(t.time()));
        return m;
    }

    static Map<String, Object> json(Balance b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asset", b.asset());
        m.put("available", amount(b.available()));
        m.put("held", amount(b.held()));
        m.put("total", amount(b.total()));
        return m;
    }

    static Map<String, Object> json(VenueOrder o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("client_order_id", o.clientOrderId());
        m.put("uid", o.venueOrderId());
        m.put("wallet_id", o.account());
        m.put("symbol", o.symbol());
        m.put("side", o.side() == null ? null : o.side().wireName());
        m.put("type", o.type() == null ? null : o.type().wireName());
        m.put("price", amount(o.price()));
        m.put("quantity", amount(o.quantity()));
        m.put("filled", amount(o.filled()));
        m.put("stop_price", amount(o.stopPrice()));
        m.put("time_in_force", o.timeInForce() == null ? null : o.timeInForce().wireName());
        m.put("status", o.status().wireName());
        m.put("rejection_reasons", o.rejectionReasons().stream().map(RejectionReason::wireName).toList());
        m.put("trades", o.trades().stream().map(ExchangeViews::json).toList());
        m.put("updated_at", time(o.updatedAt()));
        return m;
    }

    static Map<String, Object> json(VenueTrade t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trade_id", t.tradeId());
        m.put("price", amount(t.price()));
        m.put("quantity", amount(t.quantity()));
        m.put("fee", amount(t.fee()));
        m.put("fee_asset", t.feeAsset());
        m.put("time", time(t.time()));
        return m;
    }

    private static Map<String, Object> json(PriceLevel level) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("price", amount(level.price()));
        m.put("quantity", amount(level.quantity()));
        return m;
    }

    private static Map<String, Object> level(String side, PriceLevel level) {
        Map<String, Object> m = new LinkedHashMap<>(json(level));
        m.put("side", side);
        return m;
    }

    /** An exact amount as plain text, e.g. {@code 0E-10} → {@code 0}, {@code 1E+11} → {@code 100000000000}. */
    static String amount(BigDecimal value) {
        return value == null ? null : Decimals.format(value);
    }

    private static String time(Instant value) {
        return value == null ? null : value.toString();
    }
}
