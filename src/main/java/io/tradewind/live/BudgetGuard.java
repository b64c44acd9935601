package io.tradewind.live;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.Side;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.OrderRecord;
import io.tradewind.kernel.OrderGuard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The service's checks of one instance's orders before they reach the venue's execution service.
 *
 * <p>Budget: instances may share an account, and each may commit at most its budget of an asset.
 * A buy commits quote: what its long position cost, plus its open buy orders and this order at
 * their price (a market order at the last price), taker fee included. A sell commits base beyond
 * what the instance itself holds: its open sells plus this order minus its long position. An asset
 * without a budget is limited only by the account. {@link #available} shows the strategy what is
 * left, so strategies that size by the available balance stay within the budget.
 *
 * <p>Reduce-only (the operator's, per instance) and the venue's kill switch let through only
 * orders that shrink the instance's position.
 */
public final class BudgetGuard implements OrderGuard {

    private final String instance;
    private final Instrument instrument;
    private final Map<String, BigDecimal> budget;
    private final ExecutionService execution;
    private final BooleanSupplier reduceOnly;
    private final BooleanSupplier killSwitch;
    private final AtomicLong refusals = new AtomicLong();
    private final Runnable refused;

    /**
     * @param refused told of each refusal, so that the metrics count it where the API does (an
     *                order refused here never reaches the execution service, whose changes they count)
     */
    public BudgetGuard(String instance, Instrument instrument, Map<String, BigDecimal> budget,
            ExecutionService execution, BooleanSupplier reduceOnly, BooleanSupplier killSwitch, Runnable refused) {
        this.instance = instance;
        this.instrument = instrument;
        this.budget = Map.copyOf(budget);
        this.execution = execution;
        this.reduceOnly = reduceOnly;
        this.killSwitch = killSwitch;
        this.refused = refused;
    }

    @Override
    public String refusal(OrderIntent intent, BigDecimal lastPrice) {
        String refusal = check(intent, lastPrice);
        if (refusal != null) {
            refusals.incrementAndGet();
            refused.run();
        }
        return refusal;
    }

    /** Orders this guard refused. */
    public long refusals() {
        return refusals.get();
    }

    private String check(OrderIntent intent, BigDecimal lastPrice) {
        BigDecimal position = position();
        boolean reduces = intent.side() == Side.BUY ? position.signum() < 0 && intent.quantity().compareTo(position.negate()) <= 0
                : position.signum() > 0 && intent.quantity().compareTo(position) <= 0;
        if (killSwitch.getAsBoolean() && !reduces) {
            return "kill switch on: only orders that reduce the position are accepted";
        }
        if (reduceOnly.getAsBoolean() && !reduces) {
            return "reduce-only: only orders that reduce the position are accepted";
        }
        String asset = spent(intent.side());
        BigDecimal limit = budget.get(asset);
        if (limit == null) {
            return null;
        }
        BigDecimal price = intent.price() != null ? intent.price() : intent.stopPrice() != null ? intent.stopPrice() : lastPrice;
        if (intent.side() == Side.BUY && price == null) {
            return "budget: no price yet to value a market buy against the budget of " + Decimals.format(limit) + " " + asset;
        }
        BigDecimal committed = committed(asset, lastPrice);
        BigDecimal after = committed.add(intent.side() == Side.BUY ? withFee(price.multiply(intent.quantity()))
                : intent.quantity());
        if (after.compareTo(limit) > 0) {
            return "budget: the order would commit " + Decimals.format(after.setScale(8, RoundingMode.UP)) + " " + asset
                    + " of this instance's budget of " + Decimals.format(limit) + " " + asset;
        }
        return null;
    }

    @Override
    public BigDecimal available(String asset, BigDecimal accountAvailable) {
        BigDecimal limit = budget.get(asset);
        if (limit == null) {
            return accountAvailable;
        }
        // last price unknown here: market orders are valued at their hold, so a priced order is the common case
        BigDecimal left = limit.subtract(committed(asset, null).max(BigDecimal.ZERO)).max(BigDecimal.ZERO);
        if (asset.equals(instrument.quote())) {
            left = left.divide(BigDecimal.ONE.add(instrument.takerFee()), 8, RoundingMode.DOWN);
        }
        return left.min(accountAvailable);
    }

    private String spent(Side side) {
        return side == Side.BUY ? instrument.quote() : instrument.base();
    }

    /**
     * What the instance commits of {@code asset} now; for base, negative when its long position
     * exceeds its open sells (it may sell that much without touching the budget).
     */
    private BigDecimal committed(String asset, BigDecimal lastPrice) {
        boolean quote = asset.equals(instrument.quote());
        var position = execution.position(instance, instrument.symbol());
        BigDecimal committed = quote ? position.quantity().signum() > 0 ? position.cost() : BigDecimal.ZERO
                : position.quantity().max(BigDecimal.ZERO).negate();
        for (OrderRecord order : execution.liveOrders()) {
            if (!order.strategyInstance().equals(instance) || !order.symbol().equals(instrument.symbol())) {
                continue;
            }
            if (quote && order.side() == Side.BUY) {
                BigDecimal price = order.price() != null ? order.price() : order.stopPrice() != null ? order.stopPrice() : lastPrice;
                if (price != null) {
                    committed = committed.add(withFee(price.multiply(order.remaining())));
                }
            } else if (!quote && order.side() == Side.SELL) {
                committed = committed.add(order.remaining());
            }
        }
        return committed;
    }

    private BigDecimal withFee(BigDecimal notional) {
        return notional.add(notional.multiply(instrument.takerFee()));
    }

    private BigDecimal position() {
        return execution.position(instance, instrument.symbol()).quantity();
    }
}
