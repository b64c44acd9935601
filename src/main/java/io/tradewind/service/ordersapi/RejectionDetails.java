package io.tradewind.service.ordersapi;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.TradingSession;
import io.tradewind.execution.RiskRefusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused order's reasons, as the execution service or the venue gave them, turned into the
 * seed's 422 {@code detail} entries: the field at fault, a message, a pydantic-style type and,
 * where the instrument has one, the limit in {@code ctx} (a JSON number, exact).
 */
final class RejectionDetails {

    private RejectionDetails() {
    }

    /**
     * @param instrument the order's instrument, or null when the venue does not list it
     * @param lastPrice  the last trade price the price band is measured from, or null
     * @param refusals   the local checks' own words, by reason; empty when the venue refused
     */
    static List<ErrorDetail> of(List<RejectionReason> reasons, OrderType type, Instrument instrument, BigDecimal lastPrice,
            List<RiskRefusal> refusals) {
        List<ErrorDetail> details = new ArrayList<>();
        for (RejectionReason reason : reasons) {
            if (reason == RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE
                    && reasons.contains(RejectionReason.QUANTITY_BELOW_MINIMUM)) {
                continue; // below the minimum says it: the minimum is on the step grid
            }
            details.add(detail(reason, type, instrument, lastPrice, words(reason, refusals)));
        }
        return details;
    }

    private static ErrorDetail detail(RejectionReason reason, OrderType type, Instrument instrument, BigDecimal lastPrice,
            String words) {
        return switch (reason) {
            case SYMBOL_NOT_ACTIVE -> ErrorDetail.body("symbol", "symbol is not active", "value_error");
            case UNKNOWN_SYMBOL -> ErrorDetail.body("symbol", words == null ? "symbol is not listed"
                    : "symbol is not listed: " + words, "value_error");
            case OUTSIDE_TRADING_SESSION -> ErrorDetail.body("symbol", "outside the trading session" + (instrument == null
                    || instrument.sessions().isEmpty() ? "" : "; the symbol trades " + String.join("; ", instrument.sessions()
                            .stream().map(TradingSession::describe).toList())), "value_error.trading_session");
            case INSUFFICIENT_BALANCE -> ErrorDetail.body("quantity", words == null ? "insufficient balance"
                    : "insufficient balance: " + words, "value_error.insufficient_balance");
            case QUANTITY_BELOW_MINIMUM -> ErrorDetail.body("quantity", "value is less than minimum", "value_error.number.not_ge",
                    limit(instrument == null ? null : instrument.minQuantity()));
            case QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE -> ErrorDetail.body("quantity", "value is not a multiple of the step size",
                    "value_error.number.not_multiple", multipleOf(instrument == null ? null : instrument.stepSize()));
            case NOTIONAL_BELOW_MINIMUM -> ErrorDetail.body("quantity", "price × quantity is less than the minimum notional",
                    "value_error.number.not_ge", limit(instrument == null ? null : instrument.minNotional()));
            case OVER_MAXIMUM_ORDER_SIZE -> ErrorDetail.body("quantity", "value is greater than maximum",
                    "value_error.number.not_le", limit(instrument == null ? null : instrument.maxQuantity()));
            case PRICE_NOT_MULTIPLE_OF_TICK_SIZE -> ErrorDetail.body("price", "value is not a multiple of the tick size",
                    "value_error.number.not_multiple", multipleOf(instrument == null ? null : instrument.tickSize()));
            case STOP_PRICE_NOT_MULTIPLE_OF_TICK_SIZE -> ErrorDetail.body("stop_price", "value is not a multiple of the tick size",
                    "value_error.number.not_multiple", multipleOf(instrument == null ? null : instrument.tickSize()));
            case PRICE_MISSING -> type.needsPrice()
                    ? ErrorDetail.body("price", "field required for a " + type.wireName() + " order", "value_error.missing")
                    : ErrorDetail.body("type", "no last trade price to size a " + type.wireName() + " order against",
                            "value_error.no_reference_price");
            case STOP_PRICE_MISSING -> ErrorDetail.body("stop_price", "field required for a " + type.wireName() + " order",
                    "value_error.missing");
            case OUTSIDE_PRICE_BAND -> ErrorDetail.body("price", "price is outside the allowed band around the last trade price",
                    "value_error.price_band", band(instrument, lastPrice));
            case TOO_MANY_OPEN_ORDERS -> ErrorDetail.body("symbol", "too many open orders", "value_error.too_many_open_orders",
                    instrument == null || instrument.maxOpenOrders() == 0 ? null : Map.of("limit_value", instrument.maxOpenOrders()));
            case EXPIRE_AT_IN_PAST -> ErrorDetail.body("expire_at", "expire_at is in the past", "value_error");
            case AMOUNT_OVERFLOW -> new ErrorDetail(List.of("body"), "price, quantity or their product is more than this venue"
                    + " can hold: it counts in whole ticks and steps of 64 bits each; lower the price or the quantity",
                    "value_error.amount_overflow", null);
            case NO_LIQUIDITY -> ErrorDetail.body("type", "no liquidity for a " + type.wireName() + " order",
                    "value_error.no_liquidity");
            // the order as a whole: a risk limit, the kill switch, reduce-only, a venue's own refusal
            default -> new ErrorDetail(List.of("body"), words == null ? reason.wireName().replace('_', ' ') : words,
                    "value_error." + reason.wireName(), null);
        };
    }

    /** The local check's message for {@code reason}, or null when the venue refused. */
    private static String words(RejectionReason reason, List<RiskRefusal> refusals) {
        return refusals.stream().filter(r -> r.reason() == reason).map(RiskRefusal::message).findFirst().orElse(null);
    }

    private static Map<String, Object> limit(BigDecimal value) {
        return value == null ? null : Map.of("limit_value", exact(value));
    }

    private static Map<String, Object> multipleOf(BigDecimal value) {
        return value == null ? null : Map.of("multiple_of", exact(value));
    }

    private static Map<String, Object> band(Instrument instrument, BigDecimal lastPrice) {
        if (instrument == null || instrument.priceBand() == null || lastPrice == null) {
            return null;
        }
        BigDecimal width = lastPrice.multiply(instrument.priceBand());
        Map<String, Object> ctx = new LinkedHashMap<>();
        // the band's edges on the tick grid, inward: the lowest and highest prices that can be placed
        BigDecimal tick = instrument.tickSize();
        ctx.put("limit_min", exact(lastPrice.subtract(width).divide(tick, 0, RoundingMode.CEILING).multiply(tick)));
        ctx.put("limit_max", exact(lastPrice.add(width).divide(tick, 0, RoundingMode.FLOOR).multiply(tick)));
        ctx.put("last_price", exact(lastPrice));
        return ctx;
    }

    /** A JSON number with the value's own plain digits: 1000, not 1E+3, and 0.00000001, not 1E-8. */
    static PlainNumber exact(BigDecimal value) {
        return new PlainNumber(value);
    }
}
