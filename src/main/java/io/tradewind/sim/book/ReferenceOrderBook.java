package io.tradewind.sim.book;

import io.tradewind.domain.Side;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The plain, obviously correct book: a sorted map of price levels per side, each level an
 * insertion-ordered map of orders, and an id index. It exists to be read and to check the fast
 * book against; it allocates freely.
 */
public final class ReferenceOrderBook implements OrderBook {

    private static final class Resting {
        final long id;
        final int account;
        final Side side;
        final long price;
        final boolean allOrNone;
        long remaining;

        Resting(long id, int account, Side side, long price, long remaining, boolean allOrNone) {
            this.id = id;
            this.account = account;
            this.side = side;
            this.price = price;
            this.remaining = remaining;
            this.allOrNone = allOrNone;
        }
    }

    private final NavigableMap<Long, LinkedHashMap<Long, Resting>> bids =
            new TreeMap<>(Collections.reverseOrder());
    private final NavigableMap<Long, LinkedHashMap<Long, Resting>> asks = new TreeMap<>();
    private final Map<Long, Resting> byId = new HashMap<>();

    @Override
    public long match(int takerAccount, Side takerSide, long limitPrice, long quantity,
            MatchListener listener) {
        return walk(takerAccount, takerSide, limitPrice, quantity, listener, true);
    }

    @Override
    public long simulate(int takerAccount, Side takerSide, long limitPrice, long quantity,
            MatchListener listener) {
        return walk(takerAccount, takerSide, limitPrice, quantity, listener, false);
    }

    private long walk(int takerAccount, Side takerSide, long limitPrice, long quantity,
            MatchListener listener, boolean execute) {
        NavigableMap<Long, LinkedHashMap<Long, Resting>> makers = sideOf(takerSide.opposite());
        long left = quantity;
        Iterator<Map.Entry<Long, LinkedHashMap<Long, Resting>>> levels = makers.entrySet().iterator();
        while (left > 0 && levels.hasNext()) {
            Map.Entry<Long, LinkedHashMap<Long, Resting>> level = levels.next();
            long price = level.getKey();
            if (!crosses(takerSide, limitPrice, price)) {
                break;
            }
            Iterator<Resting> orders = level.getValue().values().iterator();
            while (left > 0 && orders.hasNext()) {
                Resting maker = orders.next();
                if (maker.account == takerAccount) {
                    if (execute) {
                        orders.remove();
                        byId.remove(maker.id);
                        listener.onSelfTradeCancel(maker.id, maker.remaining);
                    }
                    continue;
                }
                if (maker.allOrNone && maker.remaining > left) {
                    continue;
                }
                long fill = Math.min(maker.remaining, left);
                long makerLeft = maker.remaining - fill;
                left -= fill;
                if (execute) {
                    maker.remaining = makerLeft;
                    if (makerLeft == 0) {
                        orders.remove();
                        byId.remove(maker.id);
                    }
                }
                listener.onFill(maker.id, maker.account, price, fill, makerLeft);
            }
            if (execute && level.getValue().isEmpty()) {
                levels.remove();
            }
        }
        return quantity - left;
    }

    private static boolean crosses(Side takerSide, long limitPrice, long makerPrice) {
        return takerSide == Side.BUY ? makerPrice <= limitPrice : makerPrice >= limitPrice;
    }

    @Override
    public void add(long orderId, int account, Side side, long price, long quantity, boolean allOrNone) {
        if (price <= 0 || quantity <= 0) {
            throw new IllegalArgumentException("order " + orderId + ": price and quantity must be positive");
        }
        if (byId.containsKey(orderId)) {
            throw new IllegalArgumentException("order " + orderId + " already rests in the book");
        }
        Resting order = new Resting(orderId, account, side, price, quantity, allOrNone);
        sideOf(side).computeIfAbsent(price, p -> new LinkedHashMap<>()).put(orderId, order);
        byId.put(orderId, order);
    }

    @Override
    public long cancel(long orderId) {
        Resting order = byId.remove(orderId);
        if (order == null) {
            return -1;
        }
        NavigableMap<Long, LinkedHashMap<Long, Resting>> side = sideOf(order.side);
        LinkedHashMap<Long, Resting> level = side.get(order.price);
        level.remove(orderId);
        if (level.isEmpty()) {
            side.remove(order.price);
        }
        return order.remaining;
    }

    @Override
    public boolean reduce(long orderId, long newRemaining) {
        Resting order = byId.get(orderId);
        if (order == null) {
            return false;
        }
        if (newRemaining <= 0 || newRemaining >= order.remaining) {
            throw new IllegalArgumentException("order " + orderId + ": cannot reduce remaining "
                    + order.remaining + " to " + newRemaining);
        }
        order.remaining = newRemaining;
        return true;
    }

    @Override
    public long remaining(long orderId) {
        Resting order = byId.get(orderId);
        return order == null ? -1 : order.remaining;
    }

    @Override
    public long bestPrice(Side side) {
        NavigableMap<Long, LinkedHashMap<Long, Resting>> levels = sideOf(side);
        return levels.isEmpty() ? NO_PRICE : levels.firstKey();
    }

    @Override
    public int size() {
        return byId.size();
    }

    @Override
    public void forEachOrder(Side side, RestingOrderVisitor visitor) {
        for (LinkedHashMap<Long, Resting> level : sideOf(side).values()) {
            for (Resting order : level.values()) {
                visitor.visit(order.id, order.account, order.price, order.remaining, order.allOrNone);
            }
        }
    }

    @Override
    public void forEachAllOrNoneCrossing(Side side, long price, LongConsumer orderIds) {
        for (Map.Entry<Long, LinkedHashMap<Long, Resting>> level : sideOf(side).entrySet()) {
            boolean crossing = side == Side.BUY ? level.getKey() >= price : level.getKey() <= price;
            if (!crossing) {
                return;
            }
            for (Resting order : level.getValue().values()) {
                if (order.allOrNone) {
                    orderIds.accept(order.id);
                }
            }
        }
    }

    private NavigableMap<Long, LinkedHashMap<Long, Resting>> sideOf(Side side) {
        return side == Side.BUY ? bids : asks;
    }
}
