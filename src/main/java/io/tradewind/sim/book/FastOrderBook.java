package io.tradewind.sim.book;

import io.tradewind.domain.Side;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.agrona.collections.Long2LongHashMap;

/**
 * The allocation-free book: the same behaviour as {@link ReferenceOrderBook}, with no object
 * created per operation once its arrays have grown to the working size.
 *
 * <p>Layout, all in primitive arrays that double when full and are never shrunk:
 * <ul>
 *   <li><b>Order slots</b>, struct of arrays indexed by slot: id, account, remaining, flags
 *       (side, all-or-none), the previous and next order of the same level, and the level slot.
 *       Freed slots are chained through {@code orderNext} into a free list, so a steady state of
 *       adds and removals reuses the same slots.
 *   <li><b>Level slots</b>, pooled the same way: the head and tail order of each price level's
 *       FIFO queue. An order knows its level slot, so unlinking it from the queue is O(1).
 *   <li><b>One {@link Ladder} per side</b>: the side's prices sorted from worst to best, with
 *       each price's level slot alongside. The best price is at the end, so what happens at the
 *       top (a level emptied by a sweep, a new best price) is a tail operation; a level opened
 *       further down shifts the better ones by one, and a level emptied there stays until it is
 *       reused or swept out with others (see {@link Ladder}). Finding a price is a branch-free
 *       binary search. A sorted array instead of a price-indexed ladder keeps memory
 *       proportional to the number of levels whatever the prices are (Rial prices near 1e11
 *       with far-away outliers are fine).
 *   <li><b>An id index</b>: agrona's {@link Long2LongHashMap} from order id to slot: open
 *       addressing with linear probing, key and value side by side in one {@code long[]} so a
 *       probe touches one cache line, no boxing. A hand-written table of the same layout
 *       (Fibonacci hashing, backward-shift removal) measured within the noise of it in
 *       {@code io.tradewind.sim.bench.SimBenchmark}, so the library's stays. It is sized at
 *       twice the expected orders with a load factor of one half, which keeps probe chains
 *       short. Its probes (cache misses, mostly) are still the largest cost, so cancel and add
 *       make one probe each: cancel removes without a lookup first, add inserts without a
 *       containment check first.
 * </ul>
 *
 * <p>Matching and simulation walk the ladder from its end and each level's queue from its head,
 * calling the listener directly; visits go through the caller's visitor. Nothing on these paths
 * allocates except array growth, which is amortised and stops once the book reaches its working
 * size.
 */
public final class FastOrderBook implements OrderBook {

    private static final int NONE = -1;
    private static final long NO_SLOT = -1L;
    private static final byte SELL_FLAG = 1;
    private static final byte ALL_OR_NONE_FLAG = 2;
    private static final int DEFAULT_CAPACITY = 1024;

    private long[] orderId;
    private int[] orderAccount;
    private long[] orderRemaining;
    private byte[] orderFlags;
    private int[] orderPrev;
    private int[] orderNext;
    private int[] orderLevel;
    private int freeOrder = NONE;
    private int usedOrderSlots;

    private int[] levelHead;
    private int[] levelTail;
    private int freeLevel = NONE;
    private int usedLevelSlots;

    private final Ladder bids;
    private final Ladder asks;
    private final Long2LongHashMap slotById;

    public FastOrderBook() {
        this(DEFAULT_CAPACITY);
    }

    /** @param expectedOrders resting orders to size the arrays for; more are fine, they grow */
    public FastOrderBook(int expectedOrders) {
        int capacity = Math.max(16, expectedOrders);
        orderId = new long[capacity];
        orderAccount = new int[capacity];
        orderRemaining = new long[capacity];
        orderFlags = new byte[capacity];
        orderPrev = new int[capacity];
        orderNext = new int[capacity];
        orderLevel = new int[capacity];
        levelHead = new int[capacity];
        levelTail = new int[capacity];
        bids = new Ladder(true, capacity);
        asks = new Ladder(false, capacity);
        slotById = new Long2LongHashMap(capacity * 2, 0.5f, NO_SLOT);
    }

    @Override
    public long match(int takerAccount, Side takerSide, long limitPrice, long quantity,
            MatchListener listener) {
        Ladder makers = ladder(takerSide.opposite());
        long left = quantity;
        for (int pos = makers.size - 1; pos >= 0 && left > 0; pos--) {
            long price = makers.price(pos);
            if (!makers.isAtOrBetter(price, limitPrice)) {
                break;
            }
            int level = makers.levels[pos];
            if (levelHead[level] == NONE) {
                continue;
            }
            left = executeLevel(level, price, takerAccount, left, listener);
            if (levelHead[level] == NONE) {
                makers.emptyLevels++;
            }
        }
        makers.tidy();
        return quantity - left;
    }

    /** Fills and self-trade-cancels along one level's queue; returns the taker's quantity left. */
    private long executeLevel(int level, long price, int takerAccount, long left,
            MatchListener listener) {
        int slot = levelHead[level];
        while (slot != NONE && left > 0) {
            int next = orderNext[slot];
            long id = orderId[slot];
            int makerAccount = orderAccount[slot];
            long makerRemaining = orderRemaining[slot];
            if (makerAccount == takerAccount) {
                removeOrder(slot);
                listener.onSelfTradeCancel(id, makerRemaining);
            } else if (!isSkippedAllOrNone(slot, left)) {
                long fill = Math.min(makerRemaining, left);
                long makerLeft = makerRemaining - fill;
                left -= fill;
                if (makerLeft == 0) {
                    removeOrder(slot);
                } else {
                    orderRemaining[slot] = makerLeft;
                }
                listener.onFill(id, makerAccount, price, fill, makerLeft);
            }
            slot = next;
        }
        return left;
    }

    @Override
    public long simulate(int takerAccount, Side takerSide, long limitPrice, long quantity,
            MatchListener listener) {
        Ladder makers = ladder(takerSide.opposite());
        long left = quantity;
        for (int pos = makers.size - 1; pos >= 0 && left > 0; pos--) {
            long price = makers.price(pos);
            if (!makers.isAtOrBetter(price, limitPrice)) {
                break;
            }
            left = simulateLevel(makers.levels[pos], price, takerAccount, left, listener);
        }
        return quantity - left;
    }

    /** Reports the fills one level would give, skipping own makers; returns the quantity left. */
    private long simulateLevel(int level, long price, int takerAccount, long left,
            MatchListener listener) {
        for (int slot = levelHead[level]; slot != NONE && left > 0; slot = orderNext[slot]) {
            if (orderAccount[slot] == takerAccount || isSkippedAllOrNone(slot, left)) {
                continue;
            }
            long fill = Math.min(orderRemaining[slot], left);
            left -= fill;
            listener.onFill(orderId[slot], orderAccount[slot], price, fill, orderRemaining[slot] - fill);
        }
        return left;
    }

    private boolean isSkippedAllOrNone(int slot, long takerLeft) {
        return (orderFlags[slot] & ALL_OR_NONE_FLAG) != 0 && orderRemaining[slot] > takerLeft;
    }

    @Override
    public void add(long id, int account, Side side, long price, long quantity, boolean allOrNone) {
        if (price <= 0 || quantity <= 0) {
            throw new IllegalArgumentException("order " + id + ": price and quantity must be positive");
        }
        int slot = takeOrderSlot();
        long resting = slotById.put(id, slot);
        if (resting != NO_SLOT) {
            refuseDuplicate(id, resting, slot);
        }
        orderId[slot] = id;
        orderAccount[slot] = account;
        orderRemaining[slot] = quantity;
        orderFlags[slot] = (byte) ((side == Side.SELL ? SELL_FLAG : 0) | (allOrNone ? ALL_OR_NONE_FLAG : 0));
        appendToLevel(slot, ladder(side).levelFor(price));
    }

    /**
     * Undoes the index entry {@link #add} made for an id that already rests, and throws. Adding
     * first and undoing on the rare duplicate costs one hash probe per add instead of two.
     */
    private void refuseDuplicate(long id, long restingSlot, int newSlot) {
        slotById.put(id, restingSlot);
        releaseOrderSlot(newSlot);
        throw new IllegalArgumentException("order " + id + " already rests in the book");
    }

    @Override
    public long cancel(long id) {
        long found = slotById.remove(id);
        if (found == NO_SLOT) {
            return -1;
        }
        int slot = (int) found;
        long remaining = orderRemaining[slot];
        unlink(slot);
        if (levelHead[orderLevel[slot]] == NONE) {
            Ladder ladder = ladder(sideOf(slot));
            ladder.emptyLevels++;
            ladder.tidy();
        }
        releaseOrderSlot(slot);
        return remaining;
    }

    @Override
    public boolean reduce(long id, long newRemaining) {
        long found = slotById.get(id);
        if (found == NO_SLOT) {
            return false;
        }
        int slot = (int) found;
        if (newRemaining <= 0 || newRemaining >= orderRemaining[slot]) {
            throw new IllegalArgumentException("order " + id + ": cannot reduce remaining "
                    + orderRemaining[slot] + " to " + newRemaining);
        }
        orderRemaining[slot] = newRemaining;
        return true;
    }

    @Override
    public long remaining(long id) {
        long found = slotById.get(id);
        return found == NO_SLOT ? -1 : orderRemaining[(int) found];
    }

    @Override
    public long bestPrice(Side side) {
        return ladder(side).bestPrice();
    }

    @Override
    public int size() {
        return slotById.size();
    }

    @Override
    public void forEachOrder(Side side, RestingOrderVisitor visitor) {
        Ladder ladder = ladder(side);
        for (int pos = ladder.size - 1; pos >= 0; pos--) {
            long price = ladder.price(pos);
            for (int slot = levelHead[ladder.levels[pos]]; slot != NONE; slot = orderNext[slot]) {
                visitor.visit(orderId[slot], orderAccount[slot], price, orderRemaining[slot],
                        (orderFlags[slot] & ALL_OR_NONE_FLAG) != 0);
            }
        }
    }

    @Override
    public void forEachAllOrNoneCrossing(Side side, long price, LongConsumer orderIds) {
        Ladder ladder = ladder(side);
        for (int pos = ladder.size - 1; pos >= 0 && ladder.isAtOrBetter(ladder.price(pos), price); pos--) {
            for (int slot = levelHead[ladder.levels[pos]]; slot != NONE; slot = orderNext[slot]) {
                if ((orderFlags[slot] & ALL_OR_NONE_FLAG) != 0) {
                    orderIds.accept(orderId[slot]);
                }
            }
        }
    }

    /**
     * Checks the internal links against each other and throws {@link IllegalStateException} on the
     * first inconsistency: ladders strictly sorted, the best level non-empty and the empty ones
     * counted and few enough, consistent prev/next links and head/tail in every queue, every
     * queued order on its level and side, the id index holding exactly the queued orders, and
     * every slot ever used either in use or free. For tests; linear in the size of the book.
     */
    void verifyInternalState() {
        int queued = verifySide(bids, false) + verifySide(asks, true);
        check(queued == slotById.size(), "index holds " + slotById.size() + " ids, queues " + queued);
        check(queued + freeListLength(freeOrder, orderNext, usedOrderSlots) == usedOrderSlots, "order slots leak");
        check(bids.size + asks.size + freeListLength(freeLevel, levelHead, usedLevelSlots) == usedLevelSlots,
                "level slots leak");
    }

    private static int freeListLength(int first, int[] links, int used) {
        int length = 0;
        for (int slot = first; slot != NONE; slot = links[slot]) {
            check(++length <= used, "free list loops");
        }
        return length;
    }

    private int verifySide(Ladder ladder, boolean sell) {
        int queued = 0;
        int emptyLevels = 0;
        for (int pos = 0; pos < ladder.size; pos++) {
            long price = ladder.price(pos);
            check(price > 0, "non-positive price level " + price);
            check(pos == 0 || ladder.isAtOrBetter(price, ladder.price(pos - 1))
                    && price != ladder.price(pos - 1), "ladder out of order at " + price);
            int level = ladder.levels[pos];
            if (levelHead[level] == NONE) {
                check(pos < ladder.size - 1, "empty best level at " + price);
                emptyLevels++;
                continue;
            }
            int previous = NONE;
            for (int slot = levelHead[level]; slot != NONE; slot = orderNext[slot]) {
                check(orderPrev[slot] == previous, "broken prev link at order " + orderId[slot]);
                check(orderLevel[slot] == level, "order " + orderId[slot] + " on the wrong level");
                check(((orderFlags[slot] & SELL_FLAG) != 0) == sell, "order " + orderId[slot] + " on wrong side");
                check(orderRemaining[slot] > 0, "order " + orderId[slot] + " has nothing remaining");
                check(slotById.get(orderId[slot]) == slot, "index misses order " + orderId[slot]);
                previous = slot;
                queued++;
            }
            check(levelTail[level] == previous, "wrong tail at " + price);
        }
        check(emptyLevels == ladder.emptyLevels, emptyLevels + " empty levels, counted " + ladder.emptyLevels);
        check(!ladder.hasTooManyEmptyLevels(), "empty levels not compacted");
        return queued;
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }

    private void appendToLevel(int slot, int level) {
        int tail = levelTail[level];
        orderLevel[slot] = level;
        orderPrev[slot] = tail;
        orderNext[slot] = NONE;
        if (tail == NONE) {
            levelHead[level] = slot;
        } else {
            orderNext[tail] = slot;
        }
        levelTail[level] = slot;
    }

    /** Takes a filled or self-trade-cancelled maker out: queue, index and slot. */
    private void removeOrder(int slot) {
        unlink(slot);
        slotById.remove(orderId[slot]);
        releaseOrderSlot(slot);
    }

    private void unlink(int slot) {
        int level = orderLevel[slot];
        int prev = orderPrev[slot];
        int next = orderNext[slot];
        if (prev == NONE) {
            levelHead[level] = next;
        } else {
            orderNext[prev] = next;
        }
        if (next == NONE) {
            levelTail[level] = prev;
        } else {
            orderPrev[next] = prev;
        }
    }

    private Side sideOf(int slot) {
        return (orderFlags[slot] & SELL_FLAG) != 0 ? Side.SELL : Side.BUY;
    }

    private Ladder ladder(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    private int takeOrderSlot() {
        if (freeOrder != NONE) {
            int slot = freeOrder;
            freeOrder = orderNext[slot];
            return slot;
        }
        if (usedOrderSlots == orderId.length) {
            growOrderSlots();
        }
        return usedOrderSlots++;
    }

    private void releaseOrderSlot(int slot) {
        orderNext[slot] = freeOrder;
        freeOrder = slot;
    }

    private void growOrderSlots() {
        int capacity = orderId.length * 2;
        orderId = Arrays.copyOf(orderId, capacity);
        orderAccount = Arrays.copyOf(orderAccount, capacity);
        orderRemaining = Arrays.copyOf(orderRemaining, capacity);
        orderFlags = Arrays.copyOf(orderFlags, capacity);
        orderPrev = Arrays.copyOf(orderPrev, capacity);
        orderNext = Arrays.copyOf(orderNext, capacity);
        orderLevel = Arrays.copyOf(orderLevel, capacity);
    }

    /** Takes an empty level slot; the level is free-listed through {@code levelHead}. */
    private int takeLevelSlot() {
        int level;
        if (freeLevel != NONE) {
            level = freeLevel;
            freeLevel = levelHead[level];
        } else {
            if (usedLevelSlots == levelHead.length) {
                levelHead = Arrays.copyOf(levelHead, usedLevelSlots * 2);
                levelTail = Arrays.copyOf(levelTail, usedLevelSlots * 2);
            }
            level = usedLevelSlots++;
        }
        levelHead[level] = NONE;
        levelTail[level] = NONE;
        return level;
    }

    private void releaseLevel(int level) {
        levelHead[level] = freeLevel;
        freeLevel = level;
    }

    /**
     * One side's price levels, sorted from the worst price at index 0 to the best at
     * {@code size - 1}, with each price's level slot in the parallel array. Prices are stored as
     * keys that ascend in both ladders (the price for bids, its negation for asks; prices are
     * positive, so negating is exact), which lets one branch-free search serve both sides.
     *
     * <p>A level emptied below the top stays in the ladder, empty, until an order arrives at its
     * price again or empty levels make up a quarter of the ladder, when one pass drops them all.
     * A move typically empties one level and opens another a tick away; not shifting the array
     * for both gave 16% more commands per CPU-second in the benchmark. The best level is never
     * empty.
     */
    private final class Ladder {

        private static final int EMPTY_LEVELS_ALWAYS_KEPT = 16;

        private final boolean bids;
        private long[] keys;
        int[] levels;
        int size;
        int emptyLevels;

        Ladder(boolean bids, int capacity) {
            this.bids = bids;
            this.keys = new long[capacity];
            this.levels = new int[capacity];
        }

        long price(int pos) {
            return bids ? keys[pos] : -keys[pos];
        }

        long bestPrice() {
            return size == 0 ? NO_PRICE : price(size - 1);
        }

        /** Whether {@code price} is at {@code limit} or better for this side (higher bid, lower ask). */
        boolean isAtOrBetter(long price, long limit) {
            return bids ? price >= limit : price <= limit;
        }

        /** The level slot of {@code price}: the one there, empty or not, or a new one inserted. */
        int levelFor(long price) {
            int pos = search(price);
            if (pos < 0) {
                int level = takeLevelSlot();
                insertAt(-pos - 1, price, level);
                return level;
            }
            int level = levels[pos];
            if (levelHead[level] == NONE) {
                emptyLevels--;
            }
            return level;
        }

        /**
         * Restores the ladder's shape after levels were emptied (and counted in
         * {@link #emptyLevels}): drops empty levels from the top, and all of them once they are
         * too many.
         */
        void tidy() {
            while (size > 0 && levelHead[levels[size - 1]] == NONE) {
                releaseLevel(levels[--size]);
                emptyLevels--;
            }
            if (hasTooManyEmptyLevels()) {
                dropEmptyLevels();
            }
        }

        boolean hasTooManyEmptyLevels() {
            return emptyLevels > EMPTY_LEVELS_ALWAYS_KEPT && emptyLevels * 4 > size;
        }

        private void dropEmptyLevels() {
            int kept = 0;
            for (int pos = 0; pos < size; pos++) {
                if (levelHead[levels[pos]] == NONE) {
                    releaseLevel(levels[pos]);
                } else {
                    keys[kept] = keys[pos];
                    levels[kept++] = levels[pos];
                }
            }
            size = kept;
            emptyLevels = 0;
        }

        /** Position of {@code price}, or {@code -(insertion point) - 1} if absent. */
        private int search(long price) {
            long key = bids ? price : -price;
            int pos = lowerBound(key);
            return pos < size && keys[pos] == key ? pos : -(pos + 1);
        }

        /**
         * The first position whose key is not below {@code key}. Written so that the JIT can
         * compile the halving step to a conditional move: the comparisons of a search are
         * unpredictable, and a mispredicted branch costs more than the whole step.
         */
        private int lowerBound(long key) {
            if (size == 0) {
                return 0;
            }
            int base = 0;
            int length = size;
            while (length > 1) {
                int half = length >>> 1;
                base = keys[base + half] < key ? base + half : base;
                length -= half;
            }
            return keys[base] < key ? base + 1 : base;
        }

        private void insertAt(int pos, long price, int level) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                levels = Arrays.copyOf(levels, size * 2);
            }
            System.arraycopy(keys, pos, keys, pos + 1, size - pos);
            System.arraycopy(levels, pos, levels, pos + 1, size - pos);
            keys[pos] = bids ? price : -price;
            levels[pos] = level;
            size++;
        }
    }
}
