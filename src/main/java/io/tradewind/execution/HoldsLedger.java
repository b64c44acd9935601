package io.tradewind.execution;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Local holds: one per order that may lock funds at the venue, sized as the venue sizes its own
 * hold, and the total held per account and asset. A hold is recomputed from the order after
 * every change, so the total always equals the sum over live orders of what their remaining
 * quantity needs.
 */
public final class HoldsLedger {

    private final Map<String, HoldRecord> byOrder = new LinkedHashMap<>();
    /** By account, then asset: read on every order, so a look-up composes no key. */
    private final Map<String, Map<String, BigDecimal>> totals = new HashMap<>();

    /**
     * What an order must hold: for a buy, the remaining quantity at its price (or, for a market
     * order, at the reference price) plus the larger of the maker and taker fee; for a sell, the
     * remaining base quantity. Zero once the order cannot trade any more.
     *
     * @param referencePrice price to size a buy without a limit price: the stop price of a
     *                       stop-market, else the last trade price; may be {@code null} for sells
     */
    public static BigDecimal requiredHold(OrderRecord order, Instrument instrument, BigDecimal referencePrice) {
        if (!order.holdsFunds()) {
            return BigDecimal.ZERO;
        }
        BigDecimal remaining = order.remaining();
        if (order.side() == Side.SELL) {
            return remaining;
        }
        BigDecimal price = order.price() != null ? order.price()
                : order.stopPrice() != null ? order.stopPrice() : referencePrice;
        if (price == null) {
            throw new IllegalArgumentException("order " + order.clientOrderId()
                    + ": no price to size the hold of a market buy (no last price known for "
                    + order.symbol() + ")");
        }
        BigDecimal fee = instrument.makerFee().max(instrument.takerFee());
        BigDecimal value = remaining.multiply(price);
        // times 1 + 0 (scale 0 or less) is the same value and scale: a venue without fees skips the product
        return fee.signum() == 0 && fee.scale() <= 0 ? value : value.multiply(BigDecimal.ONE.add(fee));
    }

    public static String heldAsset(OrderRecord order, Instrument instrument) {
        return order.side() == Side.BUY ? instrument.quote() : instrument.base();
    }

    /** Replaces the ledger's content with holds read from the store. */
    public void load(Collection<HoldRecord> holds) {
        byOrder.clear();
        totals.clear();
        holds.forEach(this::put);
    }

    /**
     * Sets the hold of an order to {@code amount}; zero releases it.
     *
     * @return the new hold, or {@code null} if the order holds nothing any more
     */
    public HoldRecord set(OrderRecord order, String asset, BigDecimal amount, Instant now) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("hold of order " + order.clientOrderId()
                    + " would be negative: " + amount.toPlainString());
        }
        remove(order.clientOrderId());
        if (amount.signum() == 0) {
            return null;
        }
        HoldRecord hold = new HoldRecord(order.clientOrderId(), order.venue(), order.account(), asset,
                amount, now);
        put(hold);
        return hold;
    }

    /** Total held for an account and asset; never negative. */
    public BigDecimal held(String account, String asset) {
        Map<String, BigDecimal> ofAccount = totals.get(account);
        BigDecimal held = ofAccount == null ? null : ofAccount.get(asset);
        return held != null ? held : BigDecimal.ZERO;
    }

    public HoldRecord holdOf(String clientOrderId) {
        return byOrder.get(clientOrderId);
    }

    public Collection<HoldRecord> all() {
        return byOrder.values();
    }

    private void put(HoldRecord hold) {
        byOrder.put(hold.clientOrderId(), hold);
        totals.computeIfAbsent(hold.account(), account -> new HashMap<>()).merge(hold.asset(), hold.amount(), Decimals::plus);
    }

    private void remove(String clientOrderId) {
        HoldRecord old = byOrder.remove(clientOrderId);
        if (old != null) {
            Map<String, BigDecimal> ofAccount = totals.get(old.account());
            BigDecimal left = ofAccount.get(old.asset()).subtract(old.amount());
            if (left.signum() == 0) {
                ofAccount.remove(old.asset());
            } else {
                ofAccount.put(old.asset(), left);
            }
        }
    }
}
