package io.tradewind.sim;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.RejectionReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Turns an exact-decimal {@link OrderRequest} into the exchange's scaled-long {@link PlaceOrder}.
 * A price or quantity off the instrument's grid is not an error here but a rejection reason, as at
 * a real venue; a value too large for the exchange's numbers is an error.
 */
public final class OrderTranslation {

    private static final Instant FIRST_MILLI = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Instant LAST_MILLI = Instant.ofEpochMilli(Long.MAX_VALUE);

    private OrderTranslation() {
    }

    /**
     * Fills {@code out} from {@code request}.
     *
     * @throws IllegalArgumentException if an amount is too large to represent
     */
    public static PlaceOrder translate(OrderRequest request, long id, SimAccount account, Market market, PlaceOrder out) {
        out.reset().id(id).uid(request.uid()).account(account).market(market).side(request.side())
                .type(request.type()).timeInForce(request.timeInForce());
        if (request.price() != null) {
            out.price(Math.max(1, gridUnits(request.price(), market.priceScale, "price")));
            if (!market.onPriceGrid(request.price())) {
                out.reject(RejectionReason.PRICE_NOT_MULTIPLE_OF_TICK_SIZE);
            }
        }
        if (request.stopPrice() != null) {
            out.stopPrice(Math.max(1, gridUnits(request.stopPrice(), market.priceScale, "stop_price")));
            if (!market.onPriceGrid(request.stopPrice())) {
                out.reject(RejectionReason.STOP_PRICE_NOT_MULTIPLE_OF_TICK_SIZE);
            }
        }
        if (request.totalPrice() != null) {
            out.quoteBudget(market.quote().toUnits(request.totalPrice(), "total_price"));
        } else {
            out.quantity(gridUnits(request.quantity(), market.quantityScale, "quantity"));
            if (!market.onQuantityGrid(request.quantity())) {
                out.reject(RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE);
            }
        }
        if (request.expireAt() != null) {
            out.expireAt(epochMillisOrEnd(request.expireAt()));
        }
        return out;
    }

    /**
     * An expiry past the range of epoch milliseconds (some 292 million years either way) is that
     * range's end: one after it never comes, one before it has passed (the venue says so).
     */
    private static long epochMillisOrEnd(Instant expireAt) {
        return expireAt.isAfter(LAST_MILLI) ? Long.MAX_VALUE : expireAt.isBefore(FIRST_MILLI) ? Long.MIN_VALUE
                : expireAt.toEpochMilli();
    }

    /**
     * A value in grid units, rounded down when it has more decimals than the grid (the caller
     * flags the order as off the grid).
     */
    private static long gridUnits(BigDecimal value, int scale, String field) {
        try {
            return value.movePointRight(scale).setScale(0, RoundingMode.DOWN).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " " + Decimals.format(value) + " is too large");
        }
    }
}
