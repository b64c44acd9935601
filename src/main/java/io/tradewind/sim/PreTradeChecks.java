package io.tradewind.sim;

import static io.tradewind.sim.SimOrder.bit;

import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import java.time.Instant;

/**
 * The Orders API's pre-trade checklist, minus the balance check (which needs the hold and is done
 * while holding): every failed check adds its own {@link RejectionReason}, so a rejected order
 * says everything that is wrong with it at once.
 */
final class PreTradeChecks {

    private PreTradeChecks() {
    }

    /** Returns the rejection bits for {@code order} at time {@code now} (epoch ms); 0 if it passes. */
    static long check(SimOrder order, long now) {
        Market market = order.market;
        long reasons = 0;
        if (!market.isActive()) {
            reasons |= bit(RejectionReason.SYMBOL_NOT_ACTIVE);
        }
        if (!market.alwaysOpen && !market.instrument.isTradingAt(Instant.ofEpochMilli(now))) {
            reasons |= bit(RejectionReason.OUTSIDE_TRADING_SESSION);
        }
        reasons |= checkPrices(order, market);
        reasons |= checkQuantity(order, market);
        if (order.expireAt <= now) {
            reasons |= bit(RejectionReason.EXPIRE_AT_IN_PAST);
        }
        int maxOpen = market.instrument.maxOpenOrders();
        if (maxOpen > 0 && order.account.openOrders[market.id] >= maxOpen) {
            reasons |= bit(RejectionReason.TOO_MANY_OPEN_ORDERS);
        }
        return reasons;
    }

    private static long checkPrices(SimOrder order, Market market) {
        long reasons = 0;
        OrderType type = order.type;
        if (type.needsPrice()) {
            if (order.price <= 0) {
                reasons |= bit(RejectionReason.PRICE_MISSING);
            } else if (order.price % market.tickUnits != 0) {
                reasons |= bit(RejectionReason.PRICE_NOT_MULTIPLE_OF_TICK_SIZE);
            } else if (outsideBand(order.price, market)) {
                reasons |= bit(RejectionReason.OUTSIDE_PRICE_BAND);
            }
        }
        if (type.needsStopPrice()) {
            if (order.stopPrice <= 0) {
                reasons |= bit(RejectionReason.STOP_PRICE_MISSING);
            } else if (order.stopPrice % market.tickUnits != 0) {
                reasons |= bit(RejectionReason.STOP_PRICE_NOT_MULTIPLE_OF_TICK_SIZE);
            }
        }
        return reasons;
    }

    /** A limit price more than the band's fraction away from the last trade price is refused. */
    private static boolean outsideBand(long price, Market market) {
        if (market.priceBand == null || market.lastPrice == 0) {
            return false;
        }
        long allowed = market.priceBand.floor(market.lastPrice);
        return price < market.lastPrice - allowed || price > market.lastPrice + allowed;
    }

    private static long checkQuantity(SimOrder order, Market market) {
        if (order.quoteBudget > 0) {
            return 0;
        }
        long reasons = 0;
        long quantity = order.quantity;
        if (quantity < market.minQuantity) {
            reasons |= bit(RejectionReason.QUANTITY_BELOW_MINIMUM);
        }
        if (quantity % market.stepUnits != 0) {
            reasons |= bit(RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE);
        }
        if (quantity > market.maxQuantity) {
            reasons |= bit(RejectionReason.OVER_MAXIMUM_ORDER_SIZE);
        }
        if (market.minNotional > 0 && order.type.needsPrice() && order.price > 0) {
            try {
                if (market.notional(order.price, quantity) < market.minNotional) {
                    reasons |= bit(RejectionReason.NOTIONAL_BELOW_MINIMUM);
                }
            } catch (ArithmeticException e) {
                reasons |= bit(RejectionReason.AMOUNT_OVERFLOW);
            }
        }
        return reasons;
    }
}
