package io.tradewind.live;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.RejectionReason;
import io.tradewind.domain.Side;
import io.tradewind.execution.ExecutionListener;
import io.tradewind.execution.FillRecord;
import io.tradewind.execution.OrderRecord;
import io.tradewind.execution.Position;
import io.tradewind.service.EventJournal;
import io.tradewind.service.ServiceEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A venue's order changes and fills into the live event stream: an {@code order} event whenever
 * an order's status or filled quantity changes (the execution service also reports orders it only
 * re-saved), a {@code fill} event per fill with the instance's position in the symbol before and
 * after it (kept here fill by fill from the positions at start, since the execution service
 * reports fills in batches), so that a reader tells an entry from an exit — only for a strategy
 * instance's fills: an Orders API user's wallet has no position (a sale out of its funds is no
 * short) — and the open time of the instance's candle it belongs to ({@code candle_time}), where a chart marks it.
 * Both carry the {@code reason} its strategy gave the order, when it gave one.
 */
public final class OrderEvents implements ExecutionListener {

    private static final System.Logger LOG = System.getLogger(OrderEvents.class.getName());

    private final EventJournal journal;
    private final BiFunction<String, Instant, Instant> candleOf;
    private final Map<String, String> lastSeen = new ConcurrentHashMap<>();
    private final Map<String, BigDecimal> positions = new ConcurrentHashMap<>();
    private final Predicate<String> isInstance;
    private final Function<String, Optional<OrderRecord>> orders;

    /**
     * @param isInstance whether an order owner is a configured strategy instance, whose fills carry its position
     * @param candleOf   the open time of the candle of an instance (first argument) that a fill at a
     *                   time (second, may be null) belongs to ({@link LiveInstance#candleOf}), or null
     *                   when there is none (not an instance's fill, no candle yet)
     * @param orders     the order of a client order id (the execution service's), for the reason of a fill's order
     */
    public OrderEvents(EventJournal journal, Predicate<String> isInstance, BiFunction<String, Instant, Instant> candleOf,
            Function<String, Optional<OrderRecord>> orders) {
        this.journal = journal;
        this.isInstance = isInstance;
        this.candleOf = candleOf;
        this.orders = orders;
    }

    @Override
    public void orderChanged(OrderRecord order) {
        String state = order.status().wireName() + " " + Decimals.format(order.filled());
        String before = order.status().isTerminal() ? lastSeen.remove(order.clientOrderId())
                : lastSeen.put(order.clientOrderId(), state);
        if (state.equals(before)) {
            return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("client_order_id", order.clientOrderId());
        data.put("venue", order.venue());
        data.put("venue_order_id", order.venueOrderId());
        data.put("account", order.account());
        data.put("symbol", order.symbol());
        data.put("side", order.side().wireName());
        data.put("type", order.type().wireName());
        data.put("price", text(order.price()));
        data.put("stop_price", text(order.stopPrice()));
        data.put("quantity", text(order.quantity()));
        data.put("filled", text(order.filled()));
        data.put("status", order.status().wireName());
        data.put("rejection_reasons", order.rejectionReasons().isEmpty() ? null
                : order.rejectionReasons().stream().map(RejectionReason::wireName).collect(Collectors.joining(",")));
        data.put("reason", order.reason());
        journal.publish(ServiceEvent.ORDER, order.strategyInstance(), data);
    }

    /** The positions the fills start from: the execution service's once it has loaded its state. */
    public void startFrom(List<Position> known) {
        known.forEach(position -> positions.put(key(position.strategyInstance(), position.symbol()), position.quantity()));
    }

    @Override
    public void filled(FillRecord fill) {
        BigDecimal signed = fill.side() == Side.BUY ? fill.quantity() : fill.quantity().negate();
        BigDecimal before = positions.getOrDefault(key(fill.strategyInstance(), fill.symbol()), BigDecimal.ZERO);
        BigDecimal after = before.add(signed);
        positions.put(key(fill.strategyInstance(), fill.symbol()), after);
        Map<String, String> data = new LinkedHashMap<>();
        data.put("client_order_id", fill.clientOrderId());
        data.put("trade_id", fill.tradeId());
        data.put("venue", fill.venue());
        data.put("account", fill.account());
        data.put("symbol", fill.symbol());
        data.put("side", fill.side().wireName());
        data.put("price", text(fill.price()));
        data.put("quantity", text(fill.quantity()));
        data.put("fee", text(fill.fee()));
        data.put("fee_asset", fill.feeAsset());
        data.put("time", fill.time() == null ? null : fill.time().toString());
        Instant candle = fill.strategyInstance() == null ? null : candleOf.apply(fill.strategyInstance(), fill.time());
        data.put("candle_time", candle == null ? null : candle.toString());
        if (fill.strategyInstance() != null && isInstance.test(fill.strategyInstance())) {
            data.put("position_before", text(before));
            data.put("position_after", text(after));
            data.put("reason", reasonOf(fill.clientOrderId()));
        }
        journal.publish(ServiceEvent.FILL, fill.strategyInstance(), data);
    }

    /** Why the strategy placed the fill's order; none when the store cannot say, for the fill's event matters more. */
    private String reasonOf(String clientOrderId) {
        try {
            return orders.apply(clientOrderId).map(OrderRecord::reason).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "fill of order " + clientOrderId + " published without its reason", e);
            return null;
        }
    }

    private static String key(String instance, String symbol) {
        return instance + "\u0000" + symbol;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : Decimals.format(value);
    }
}
