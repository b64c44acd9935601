package io.tradewind.exchange.nami;

import static io.tradewind.exchange.nami.NamiJson.decimal;
import static io.tradewind.exchange.nami.NamiJson.field;
import static io.tradewind.exchange.nami.NamiJson.requiredDecimal;
import static io.tradewind.exchange.nami.NamiJson.requiredText;
import static io.tradewind.exchange.nami.NamiJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
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
import java.util.TreeMap;

/**
 * Nami market data to domain types: pure functions over the answers' JSON, tested against the
 * examples. A missing or impossible field throws {@link IllegalArgumentException}, which the venue
 * reports as a malformed answer.
 */
final class NamiMarketAdapters {

    private NamiMarketAdapters() {
    }

    /** The config's symbol list: {@code data} itself, or its {@code symbols}. */
    static List<JsonNode> configSymbols(JsonNode data) {
        JsonNode list = data.isArray() ? data : field(data, "symbols");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("symbols are missing");
        }
        List<JsonNode> symbols = new ArrayList<>();
        list.forEach(symbols::add);
        return symbols;
    }

    /**
     * A market: tick from {@code PRICE_FILTER}, step and minimum from {@code LOT_SIZE} (the step
     * when no minimum is given), minimum value from {@code MIN_NOTIONAL} or {@code NOTIONAL}.
     * Active when its status is {@code TRADING} (or absent). Nami publishes no fees here: the
     * caller gives them.
     */
    static Instrument instrument(JsonNode symbol, BigDecimal makerFee, BigDecimal takerFee) {
        String base = requiredText(symbol, "baseAsset").toUpperCase(Locale.ROOT);
        String quote = requiredText(symbol, "quoteAsset").toUpperCase(Locale.ROOT);
        Map<String, JsonNode> filters = filters(symbol);
        JsonNode price = filters.get("PRICE_FILTER");
        if (price == null) {
            throw new IllegalArgumentException("PRICE_FILTER is missing");
        }
        BigDecimal tick = requiredDecimal(price, "tickSize");
        JsonNode lot = filters.get("LOT_SIZE");
        if (lot == null) {
            throw new IllegalArgumentException("LOT_SIZE is missing");
        }
        BigDecimal step = requiredDecimal(lot, "stepSize");
        BigDecimal minQuantity = decimal(lot, "minQty");
        BigDecimal maxQuantity = decimal(lot, "maxQty");
        JsonNode notional = filters.getOrDefault("MIN_NOTIONAL", filters.get("NOTIONAL"));
        String status = text(symbol, "status");
        return new Instrument(base + "-" + quote, base, quote, tick, step,
                minQuantity == null || minQuantity.signum() <= 0 ? step : minQuantity,
                notional == null ? null : decimal(notional, "minNotional"),
                maxQuantity == null || maxQuantity.signum() <= 0 ? null : maxQuantity, makerFee, takerFee,
                status == null || "TRADING".equalsIgnoreCase(status) ? InstrumentStatus.ACTIVE : InstrumentStatus.INACTIVE,
                List.of(), null, 0);
    }

    private static Map<String, JsonNode> filters(JsonNode symbol) {
        Map<String, JsonNode> byType = new TreeMap<>();
        JsonNode filters = field(symbol, "filters");
        if (filters != null) {
            for (JsonNode filter : filters) {
                String type = text(filter, "filterType");
                if (type != null) {
                    byType.put(type.toUpperCase(Locale.ROOT), filter);
                }
            }
        }
        return byType;
    }

    /**
     * The book: {@code bids} (or {@code bid}) and {@code asks} (or {@code ask}), each level a
     * {@code [price, quantity]} pair or an object with {@code price} and {@code quantity}. Levels
     * without quantity are dropped; Nami gives no time, so the caller's {@code now} stamps it.
     */
    static DepthSnapshot depth(JsonNode data, String symbol, Instant now) {
        List<PriceLevel> bids = levels(field(data, "bids", "bid"));
        List<PriceLevel> asks = levels(field(data, "asks", "ask"));
        bids.sort(Comparator.comparing(PriceLevel::price).reversed());
        asks.sort(Comparator.comparing(PriceLevel::price));
        return new DepthSnapshot(symbol, now, bids, asks);
    }

    private static List<PriceLevel> levels(JsonNode side) {
        List<PriceLevel> levels = new ArrayList<>();
        if (side == null) {
            return levels;
        }
        for (JsonNode level : side) {
            BigDecimal price = level.isArray() ? number(level.get(0), "price") : requiredDecimal(level, "price");
            BigDecimal quantity = level.isArray() ? number(level.get(1), "quantity")
                    : requiredDecimal(level, "quantity", "qty", "amount");
            if (price.signum() <= 0) {
                throw new IllegalArgumentException("depth price " + price.toPlainString() + " is not positive");
            }
            if (quantity.signum() > 0) {
                levels.add(new PriceLevel(price, quantity));
            }
        }
        return levels;
    }

    /** Nami's name of a resolution, or {@code null} when it has none. */
    static String resolution(Resolution resolution) {
        return switch (resolution) {
            case M1, M5, M15, M30, H1, H4, D1, W1 -> resolution.label();
            default -> null;
        };
    }

    /**
     * The closed candles in {@code [from, to)} from rows {@code [t, o, h, l, c, v, n]} ({@code n}
     * is a trade count, not a quote volume: Nami gives none, so it is zero), oldest first, one per
     * open time; rows outside the range or still open at {@code now} are dropped.
     */
    static List<Candle> candles(JsonNode rows, Resolution resolution, Instant from, Instant to, Instant now) {
        if (!rows.isArray()) {
            throw new IllegalArgumentException("chart history is not a list of rows");
        }
        Map<Instant, Candle> byTime = new TreeMap<>();
        for (JsonNode row : rows) {
            if (!row.isArray() || row.size() < 6) {
                throw new IllegalArgumentException("chart row " + row + " is not [t,o,h,l,c,v,n]");
            }
            Instant open = VenueTimes.instant(row.get(0).asText());
            if (open == null || open.isBefore(from) || !open.isBefore(to)
                    || open.plus(resolution.duration()).isAfter(now)) {
                continue;
            }
            byTime.put(open, new Candle(open, number(row.get(1), "open"), number(row.get(2), "high"),
                    number(row.get(3), "low"), number(row.get(4), "close"), number(row.get(5), "volume"),
                    BigDecimal.ZERO));
        }
        return List.copyOf(byTime.values());
    }

    private static BigDecimal number(JsonNode value, String what) {
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        try {
            return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + value.asText() + "' is not a number");
        }
    }
}
