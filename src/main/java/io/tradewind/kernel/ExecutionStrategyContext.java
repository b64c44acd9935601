package io.tradewind.kernel;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.execution.ExecutionService;
import io.tradewind.execution.OrderIntent;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.RiskRefusal;
import io.tradewind.execution.SubmitResult;
import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.strategy.CandleView;
import io.tradewind.strategy.OpenOrder;
import io.tradewind.strategy.OrderActions;
import io.tradewind.strategy.OrderHandle;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyParameters;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ta4j.core.BarSeries;

/**
 * A strategy instance's view of the world, backed by the execution service: every order it sends
 * goes through {@link ExecutionService#submit} with its instance name, so risk limits, holds and
 * the store apply exactly as they do live. Market data (series, depth) and the clock are supplied
 * by whoever runs the strategy: a backtest or the service.
 */
public final class ExecutionStrategyContext implements StrategyContext {

    private static final String WARM_UP_REFUSAL = "refused during warm-up: orders may be sent once context.warmingUp() is false";
    private static final String START_REFUSAL = "refused in onStart: no candle has closed yet; place orders from onCandle,"
            + " onDepth or the order hooks";

    private final String instance;
    private final String account;
    private final Instrument instrument;
    private final StrategyParameters parameters;
    private final ExecutionService execution;
    private final BarSeries series;
    private final Supplier<Instant> clock;
    private final OrderRejections rejections;
    private Supplier<DepthSnapshot> depth = () -> null;
    private CandleView lastCandle;
    private Supplier<BigDecimal> lastPrice = () -> null;
    /** Until the first candle (in onStart) nothing of the market is known and no order may go out. */
    private boolean beforeFirstCandle = true;
    private boolean warmingUp = true;
    private OrderGuard guard = OrderGuard.NONE;
    private DecisionListener decisions;
    private final OrderActions unexplained = new Reasoned(null);
    private String seriesNotKept;
    /** Hooks of the strategy running now: order actions outside any (the operator's, through the context) are no decision. */
    private int hooksRunning;
    /** The order actions of the hooks running now, kept only while a decision listener is set. */
    private final List<String> actions = new ArrayList<>();

    public ExecutionStrategyContext(String instance, String account, Instrument instrument,
            StrategyParameters parameters, ExecutionService execution, BarSeries series, Supplier<Instant> clock,
            OrderRejections rejections) {
        this.instance = instance;
        this.account = account;
        this.instrument = instrument;
        this.parameters = parameters;
        this.execution = execution;
        this.series = series;
        this.clock = clock;
        this.rejections = rejections;
    }

    /** Who hears of each hook run's order actions ({@link DecisionListener}); none by default. */
    public void decisionListener(DecisionListener listener) {
        this.decisions = listener;
    }

    void hookStarting() {
        hooksRunning++;
    }

    /** A hook of the strategy returned (or threw): its order actions, if any, reach the decision listener. */
    void hookEnded(String hook) {
        hooksRunning--;
        if (decisions != null && !actions.isEmpty()) {
            List<String> decided = List.copyOf(actions);
            actions.clear();
            decisions.decided(hook, lastPrice.get(), decided);
        }
    }

    /** The instance's own checks before an order reaches the execution service (the service's budget, reduce-only, kill switch). */
    public void guard(OrderGuard guard) {
        this.guard = guard;
    }

    /** Where {@link #depth()} comes from: a live feed's latest snapshot, or one made from candles. */
    public void depthSource(Supplier<DepthSnapshot> source) {
        this.depth = source;
    }

    /**
     * Where the last trade price comes from; it is handed to the execution service just before an
     * order is submitted (it prices the hold of a market order), not on every candle.
     */
    public void lastPriceSource(Supplier<BigDecimal> source) {
        this.lastPrice = source;
    }

    /** The view {@link #lastCandle()} returns: the runner updates it before each candle hook. */
    public void lastCandleSource(CandleView view) {
        this.lastCandle = view;
    }

    /** Set by the kernel before each candle hook: true while the strategy only reads history. */
    public void warmingUp(boolean warmingUp) {
        this.beforeFirstCandle = false;
        this.warmingUp = warmingUp;
    }

    public String instance() {
        return instance;
    }

    @Override
    public Instant now() {
        return clock.get();
    }

    @Override
    public boolean warmingUp() {
        return warmingUp;
    }

    @Override
    public Instrument instrument() {
        return instrument;
    }

    @Override
    public StrategyParameters parameters() {
        return parameters;
    }

    @Override
    public BarSeries series() {
        if (seriesNotKept != null) {
            // an empty series would fail later in an indicator, or give it meaningless values
            throw new IllegalStateException(seriesNotKept);
        }
        return series;
    }

    /** The strategy said it reads no series ({@code usesBarSeries()} false): none is kept, and asking for it says so. */
    void seriesNotKept(String strategyName) {
        this.seriesNotKept = "context.series() is not kept for strategy " + strategyName
                + ": its usesBarSeries() returns false; return true to read the series";
    }

    @Override
    public CandleView lastCandle() {
        return beforeFirstCandle ? null : lastCandle;
    }

    @Override
    public DepthSnapshot depth() {
        return beforeFirstCandle ? null : depth.get();
    }

    @Override
    public BigDecimal available(String asset) {
        return zeroAsZero(guard.available(asset, execution.available(account, asset)));
    }

    @Override
    public BigDecimal position() {
        return zeroAsZero(execution.position(instance, instrument.symbol()).quantity());
    }

    /** Zero of any scale as {@link BigDecimal#ZERO}, which a strategy may test with equals. */
    private static BigDecimal zeroAsZero(BigDecimal amount) {
        return amount.signum() == 0 ? BigDecimal.ZERO : amount;
    }

    @Override
    public BigDecimal averageEntryPrice() {
        return execution.position(instance, instrument.symbol()).averagePrice(instrument.priceScale());
    }

    @Override
    public List<OpenOrder> openOrders() {
        List<OpenOrder> open = List.of(); // asked on every candle by rule strategies, and mostly empty
        List<OrderRecord> live = execution.liveOrders();
        for (int i = 0; i < live.size(); i++) {
            OrderRecord order = live.get(i);
            if (order.strategyInstance().equals(instance) && order.symbol().equals(instrument.symbol())) {
                if (open.isEmpty()) {
                    open = new ArrayList<>();
                }
                open.add(new OpenOrder(order.clientOrderId(), order.side(), order.type(), order.price(),
                        order.stopPrice(), order.quantity(), order.filled(), order.status()));
            }
        }
        return open;
    }

    @Override
    public OrderHandle buyMarket(BigDecimal quantity) {
        return unexplained.buyMarket(quantity);
    }

    @Override
    public OrderHandle sellMarket(BigDecimal quantity) {
        return unexplained.sellMarket(quantity);
    }

    @Override
    public OrderHandle limit(Side side, BigDecimal price, BigDecimal quantity, TimeInForce timeInForce) {
        return unexplained.limit(side, price, quantity, timeInForce);
    }

    @Override
    public OrderHandle stopLimit(Side side, BigDecimal stopPrice, BigDecimal limitPrice, BigDecimal quantity) {
        return unexplained.stopLimit(side, stopPrice, limitPrice, quantity);
    }

    @Override
    public OrderHandle stopMarket(Side side, BigDecimal stopPrice, BigDecimal quantity) {
        return unexplained.stopMarket(side, stopPrice, quantity);
    }

    @Override
    public OrderActions because(String reason) {
        return new Reasoned(OrderReasons.cleaned(reason));
    }

    /** The order actions of orders placed for one reason, or for none ({@code reason} null). */
    private final class Reasoned implements OrderActions {

        private final String reason;

        Reasoned(String reason) {
            this.reason = reason;
        }

        @Override
        public OrderHandle buyMarket(BigDecimal quantity) {
            return submit(Side.BUY, OrderType.MARKET, null, null, quantity, null, reason);
        }

        @Override
        public OrderHandle sellMarket(BigDecimal quantity) {
            return submit(Side.SELL, OrderType.MARKET, null, null, quantity, null, reason);
        }

        @Override
        public OrderHandle limit(Side side, BigDecimal price, BigDecimal quantity, TimeInForce timeInForce) {
            return submit(side, OrderType.LIMIT, price, null, quantity, timeInForce, reason);
        }

        @Override
        public OrderHandle stopLimit(Side side, BigDecimal stopPrice, BigDecimal limitPrice, BigDecimal quantity) {
            return submit(side, OrderType.STOP_LIMIT, limitPrice, stopPrice, quantity, null, reason);
        }

        @Override
        public OrderHandle stopMarket(Side side, BigDecimal stopPrice, BigDecimal quantity) {
            return submit(side, OrderType.STOP_MARKET, null, stopPrice, quantity, null, reason);
        }
    }

    @Override
    public boolean cancel(String uid) {
        for (OrderRecord order : execution.liveOrders()) {
            if (order.clientOrderId().equals(uid) && order.strategyInstance().equals(instance)) {
                execution.cancel(uid);
                if (decided()) {
                    actions.add("cancel order " + uid);
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public int cancelAll() {
        List<OrderRecord> cancelled = execution.cancelAllForStrategy(instance);
        if (decided() && !cancelled.isEmpty()) {
            actions.add("cancel all: orders " + String.join(", ", cancelled.stream().map(OrderRecord::clientOrderId).toList()));
        }
        return cancelled.size();
    }

    private OrderHandle submit(Side side, OrderType type, BigDecimal price, BigDecimal stopPrice, BigDecimal quantity,
            TimeInForce timeInForce, String reason) {
        if (warmingUp) {
            String why = beforeFirstCandle ? START_REFUSAL : WARM_UP_REFUSAL;
            rejections.refusedBeforeTrading(side, type, why);
            return new OrderHandle(null, OrderStatus.REJECTED, List.of(why));
        }
        List<RejectionReason> invalid = invalid(side, type, price, stopPrice, quantity);
        if (!invalid.isEmpty()) {
            rejections.invalid(side, type, price, stopPrice, quantity, invalid);
            return new OrderHandle(null, OrderStatus.REJECTED, invalid.stream().map(RejectionReason::wireName).toList());
        }
        BigDecimal last = lastPrice.get();
        OrderIntent intent = new OrderIntent(account, instrument.symbol(), side, type, price, quantity, stopPrice,
                timeInForce, null, reason);
        String guarded = guard.refusal(intent, last);
        if (guarded != null) {
            rejections.refusedByGuard(intent, guarded);
            return new OrderHandle(null, OrderStatus.REJECTED, List.of(guarded));
        }
        if (last != null) {
            execution.onLastPrice(instrument.symbol(), last);
        }
        SubmitResult result = execution.submit(instance, intent);
        OrderRecord order = result.order();
        if (!result.refusals().isEmpty()) {
            rejections.refusedBy(order, result.refusals());
        }
        if (decided() && result.refusals().isEmpty()) {
            actions.add(describe(order, reason));
        }
        return new OrderHandle(order.clientOrderId(), order.status(), reasons(result));
    }

    /** Whether an order action is part of a decision someone hears of. */
    private boolean decided() {
        return decisions != null && hooksRunning > 0;
    }

    /** An order sent, for the decision listener: refused ones are logged with their reasons already ({@link OrderRejections}). */
    private static String describe(OrderRecord order, String reason) {
        StringBuilder text = new StringBuilder().append(order.side().wireName()).append(' ').append(order.type().wireName())
                .append(' ').append(Decimals.format(order.quantity()));
        if (order.stopPrice() != null) {
            text.append(" stop ").append(Decimals.format(order.stopPrice()));
        }
        if (order.price() != null) {
            text.append(" @ ").append(Decimals.format(order.price())).append(' ').append(order.timeInForce().wireName());
        }
        if (reason != null) {
            text.append(", because ").append(reason);
        }
        return text.append(": order ").append(order.clientOrderId()).append(' ').append(order.status().wireName()).toString();
    }

    /** Why an order was refused or rejected; none (and nothing allocated) for an order that was sent. */
    private static List<String> reasons(SubmitResult result) {
        if (result.refusals().isEmpty() && result.order().status() != OrderStatus.REJECTED) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        for (RiskRefusal refusal : result.refusals()) {
            reasons.add(refusal.toString());
        }
        if (reasons.isEmpty() && result.order().status() == OrderStatus.REJECTED) {
            result.order().rejectionReasons().forEach(reason -> reasons.add(reason.wireName()));
        }
        return reasons;
    }

    /**
     * What makes an order action meaningless whatever the venue: a bad value is the strategy's
     * bug in one order, so that order is rejected with the reason and the strategy runs on.
     */
    private static List<RejectionReason> invalid(Side side, OrderType type, BigDecimal price, BigDecimal stopPrice,
            BigDecimal quantity) {
        List<RejectionReason> reasons = new ArrayList<>();
        if (side == null) {
            reasons.add(RejectionReason.SIDE_MISSING);
        }
        if (quantity == null) {
            reasons.add(RejectionReason.QUANTITY_MISSING);
        } else if (quantity.signum() <= 0) {
            reasons.add(RejectionReason.QUANTITY_NOT_POSITIVE);
        } else {
            unstorable(quantity, RejectionReason.OVER_MAXIMUM_ORDER_SIZE, RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE,
                    reasons);
        }
        if (type.needsPrice() && price == null) {
            reasons.add(RejectionReason.PRICE_MISSING);
        } else if (price != null && price.signum() <= 0) {
            reasons.add(RejectionReason.PRICE_NOT_POSITIVE);
        } else if (price != null) {
            unstorable(price, RejectionReason.AMOUNT_OVERFLOW, RejectionReason.PRICE_NOT_MULTIPLE_OF_TICK_SIZE, reasons);
        }
        if (type.needsStopPrice() && stopPrice == null) {
            reasons.add(RejectionReason.STOP_PRICE_MISSING);
        } else if (stopPrice != null && stopPrice.signum() <= 0) {
            reasons.add(RejectionReason.STOP_PRICE_NOT_POSITIVE);
        } else if (stopPrice != null) {
            unstorable(stopPrice, RejectionReason.AMOUNT_OVERFLOW, RejectionReason.STOP_PRICE_NOT_MULTIPLE_OF_TICK_SIZE,
                    reasons);
        }
        return reasons;
    }

    /**
     * An amount the store cannot keep is refused here, as no venue's grid could take it: written
     * ahead of the venue call, it would fail the store instead.
     */
    private static void unstorable(BigDecimal value, RejectionReason tooLarge, RejectionReason tooManyDecimals,
            List<RejectionReason> reasons) {
        Decimals.Unstorable problem = Decimals.unstorable(value);
        if (problem != null) {
            reasons.add(problem == Decimals.Unstorable.TOO_LARGE ? tooLarge : tooManyDecimals);
        }
    }
}
