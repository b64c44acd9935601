package io.tradewind.service.ordersapi;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.OrderRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Whether a create sent again with an idempotency key asks for the order its first request placed.
 * A key reused for another order is a client's mistake that must not pass for a replay: answering
 * the first order would tell the client its second one was placed.
 *
 * <p>The time in force is compared as the order runs with it: a market order asked
 * {@code good-till-canceled} runs {@code immediate-or-cancel} (README, Orders API), so the two
 * spellings ask for the same order; but a limit order placed {@code good-till-canceled} is not the
 * {@code fill-or-kill} one a retry asks for (answered as a replay, the client held a resting order
 * it believed killed). Not compared are {@code user_national_code} (not kept) and the fields that
 * only name the wallet, compared as the wallet itself. An order a venue accepted on
 * other terms (a price moved to its grid, a quantity clipped) has its amounts left out, since the
 * request's are the ones it was sent with. Times are compared to the microsecond, as the store
 * keeps them.
 */
final class OrderTerms {

    private OrderTerms() {
    }

    /**
     * The first term in which the order differs from what the request asks, e.g. "quantity is 0.5
     * (here 0.6)"; null if none.
     *
     * @param amendedByVenue the venue accepted the order on other amounts than it was sent with
     */
    static String difference(OrderRecord order, boolean amendedByVenue, ApiUser owner, CreateOrderBody body) {
        if (!order.venue().equals(owner.venue()) || !order.account().equals(owner.account())) {
            return "wallet is " + order.account() + " on " + order.venue() + " (here " + owner.account() + " on "
                    + owner.venue() + ")";
        }
        if (!order.symbol().equals(body.symbol())) {
            return "symbol is " + order.symbol() + " (here " + body.symbol() + ")";
        }
        if (order.side() != body.side()) {
            return "side is " + order.side().wireName() + " (here " + body.side().wireName() + ")";
        }
        if (order.type() != body.type()) {
            return "type is " + order.type().wireName() + " (here " + body.type().wireName() + ")";
        }
        TimeInForce placed = TimeInForce.effective(order.type(), order.timeInForce());
        TimeInForce asked = TimeInForce.effective(body.type(), body.timeInForce());
        if (placed != asked) {
            return "time_in_force is " + placed.wireName() + " (here " + asked.wireName() + ")";
        }
        String amounts = amendedByVenue ? null : differing("quantity", order.quantity(), body.quantity());
        amounts = amounts != null || amendedByVenue ? amounts : differing("price", order.price(), body.price());
        amounts = amounts != null ? amounts : differing("stop_price", order.stopPrice(), body.stopPrice());
        if (amounts != null || Objects.equals(toMicros(order.expireAt()), toMicros(body.expireAt()))) {
            return amounts;
        }
        return "expire_at is " + order.expireAt() + " (here " + body.expireAt() + ")";
    }

    private static Instant toMicros(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }

    private static String differing(String field, BigDecimal placed, BigDecimal asked) {
        boolean same = placed == null ? asked == null : asked != null && placed.compareTo(asked) == 0;
        return same ? null : field + " is " + shown(placed) + " (here " + shown(asked) + ")";
    }

    private static String shown(BigDecimal value) {
        return value == null ? "none" : Decimals.format(value);
    }
}
