package io.tradewind.sim.bench;

import io.tradewind.domain.Side;
import io.tradewind.sim.book.MatchListener;
import io.tradewind.sim.book.OrderBook;
import io.tradewind.sim.book.ReferenceOrderBook;
import java.util.Arrays;
import java.util.Random;
import org.agrona.collections.Long2LongHashMap;

/**
 * A seeded stream of order-book commands for one instrument, in the spirit of exchange-core's
 * order-book throughput test: the book is pre-filled with GTC orders spread over a few hundred
 * price levels a side, then about 71% of commands move an order a little toward the last trade
 * price, 13% place new GTC orders, 7% cancel, 7% reduce quantity, 2% are IOC and a few FOK.
 *
 * <p>Commands are generated against a {@link ReferenceOrderBook}, so every cancel, reduce and
 * move names an order that rests at that point, and are stored in primitive arrays, so replaying
 * them measures the book and nothing else. Command {@code i} is read through the accessors; the
 * first {@link #prefillCount()} commands are the pre-fill (GTC orders that do not cross).
 *
 * <p>What a command means for a book ({@link BookTarget} does exactly this; {@link ExchangeTarget} does the same through the exchange):
 * <ul>
 *   <li>{@link #MOVE}: cancel the order, match its remaining quantity at the new price, rest
 *       what is left there under the same id (it loses its time priority);
 *   <li>{@link #GTC}: match, then rest what is left;
 *   <li>{@link #CANCEL}: cancel;
 *   <li>{@link #REDUCE}: reduce the remaining quantity to {@link #quantity};
 *   <li>{@link #IOC}: match, drop what is left;
 *   <li>{@link #FOK}: simulate, and match only if the whole quantity would fill.
 * </ul>
 */
public final class BookWorkload {

    public static final byte MOVE = 0;
    public static final byte GTC = 1;
    public static final byte CANCEL = 2;
    public static final byte REDUCE = 3;
    public static final byte IOC = 4;
    public static final byte FOK = 5;
    private static final String[] TYPE_NAMES = {"move", "gtc", "cancel", "reduce", "ioc", "fok"};

    public static final int ACCOUNTS = 1_000;
    public static final int PREFILL_ORDERS = 1_000;

    /** A Rial-like price: large longs on a tick of 1,000. */
    static final long START_PRICE = 100_000_000_000L;
    static final long TICK = 1_000L;
    private static final int SPREAD_TICKS = 700;
    private static final double MOVE_TOWARD_LAST_TRADE = 0.01;
    private static final int CROSSING_GTC_PERCENT = 2;

    private final byte[] type;
    private final long[] orderId;
    private final int[] account;
    private final boolean[] buy;
    private final long[] price;
    private final long[] quantity;
    private final int prefill;
    private final int[] typeCounts = new int[TYPE_NAMES.length];
    private final int[] tradingCounts = new int[TYPE_NAMES.length];
    private int tradingCommands;
    private long fills;
    private int prefilledBidLevels;
    private int prefilledAskLevels;
    private int finalBookSize;
    private int finalBidLevels;
    private int finalAskLevels;

    private BookWorkload(int prefill, int commands) {
        int total = prefill + commands;
        this.prefill = prefill;
        type = new byte[total];
        orderId = new long[total];
        account = new int[total];
        buy = new boolean[total];
        price = new long[total];
        quantity = new long[total];
    }

    /** Generates {@link #PREFILL_ORDERS} pre-fill orders and then {@code commands} commands. */
    public static BookWorkload generate(long seed, int commands) {
        BookWorkload workload = new BookWorkload(PREFILL_ORDERS, commands);
        new Generator(workload, seed).run();
        return workload;
    }

    public int prefillCount() {
        return prefill;
    }

    /** Commands after the pre-fill: the ones that are timed. */
    public int commandCount() {
        return type.length - prefill;
    }

    public byte type(int i) {
        return type[i];
    }

    public long orderId(int i) {
        return orderId[i];
    }

    public int account(int i) {
        return account[i];
    }

    public Side side(int i) {
        return buy[i] ? Side.BUY : Side.SELL;
    }

    /** Limit price (new price for a move). */
    public long price(int i) {
        return price[i];
    }

    /** Order quantity, or the new remaining quantity of a reduce; unused by moves and cancels. */
    public long quantity(int i) {
        return quantity[i];
    }

    /** Fills the timed commands make in total: a book that replays them must report as many. */
    public long expectedFills() {
        return fills;
    }

    /** Resting orders after the last command. */
    public int expectedFinalSize() {
        return finalBookSize;
    }

    /** Share of timed commands that trade (at least one fill). */
    public double tradeShare() {
        return (double) tradingCommands / commandCount();
    }

    /** The command mix, trade share and final book shape, for the benchmark report. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%,d commands after %,d pre-filled orders (%d bid and %d ask levels), %,d accounts:",
                commandCount(), prefill, prefilledBidLevels, prefilledAskLevels, ACCOUNTS));
        for (int t = 0; t < TYPE_NAMES.length; t++) {
            text.append(String.format(" %s %.1f%% (%.0f%% of them trade)", TYPE_NAMES[t], 100.0 * typeCounts[t] / commandCount(),
                    100.0 * tradingCounts[t] / Math.max(1, typeCounts[t])));
        }
        text.append(String.format("; %.2f%% of commands trade; final book %,d orders on %d bid and %d ask levels",
                100 * tradeShare(), finalBookSize, finalBidLevels, finalAskLevels));
        return text.toString();
    }

    /** Draws commands, applies them to a reference book and keeps the set of resting orders. */
    private static final class Generator implements MatchListener {

        private final BookWorkload out;
        private final Random random;
        private final OrderBook book = new ReferenceOrderBook();
        private final Long2LongHashMap liveIndexById = new Long2LongHashMap(-1);
        private long[] liveIds = new long[4 * PREFILL_ORDERS];
        private int[] liveAccount = new int[4 * PREFILL_ORDERS];
        private boolean[] liveBuy = new boolean[4 * PREFILL_ORDERS];
        private long[] livePrice = new long[4 * PREFILL_ORDERS];
        private int liveCount;
        private int liveBids;
        private long nextOrderId = 1;
        private long lastTradePrice = START_PRICE;
        private boolean traded;
        private boolean timed;

        Generator(BookWorkload out, long seed) {
            this.out = out;
            this.random = new Random(seed);
        }

        void run() {
            for (int i = 0; i < out.prefill; i++) {
                restingOrder(i);
                apply(i);
            }
            out.prefilledBidLevels = levels(Side.BUY);
            out.prefilledAskLevels = levels(Side.SELL);
            timed = true;
            for (int i = out.prefill; i < out.type.length; i++) {
                draw(i);
                traded = false;
                apply(i);
                out.typeCounts[out.type[i]]++;
                if (traded) {
                    out.tradingCommands++;
                    out.tradingCounts[out.type[i]]++;
                }
            }
            out.finalBookSize = book.size();
            out.finalBidLevels = levels(Side.BUY);
            out.finalAskLevels = levels(Side.SELL);
        }

        private void draw(int i) {
            int dice = random.nextInt(1000);
            if (liveCount < 2 || dice >= 710 && dice < 840) {
                restingOrder(i);
            } else if (dice < 710) {
                move(i);
            } else if (dice < 910) {
                pick(i, CANCEL);
            } else if (dice < 980) {
                reduce(i);
            } else if (dice < 997) {
                taker(i, IOC);
            } else {
                taker(i, FOK);
            }
        }

        /**
         * A new GTC order, usually on the thinner side, at a distance from the last trade price
         * drawn so that levels are dense near the top; now and then priced at the best opposite
         * price or a little through it, so that it trades.
         */
        private void restingOrder(int i) {
            boolean buy = bidsAreThinner() ? random.nextInt(4) != 0 : random.nextInt(4) == 0;
            long price = timed && random.nextInt(100) < CROSSING_GTC_PERCENT
                    ? throughBestOpposite(buy, random.nextInt(3))
                    : awayFromLast(buy, 1 + (long) (square(random.nextDouble()) * SPREAD_TICKS));
            command(i, GTC, nextOrderId++, random.nextInt(ACCOUNTS), buy, price, orderSize());
        }

        /** An order re-priced by a small share of its distance to the last trade price, at least a tick. */
        private void move(int i) {
            int live = random.nextInt(liveCount);
            long from = livePrice[live];
            long distance = lastTradePrice - from;
            long step = Math.max(1, Math.round(Math.abs(distance) * MOVE_TOWARD_LAST_TRADE / TICK)) * TICK;
            long direction = distance != 0 ? Long.signum(distance) : random.nextBoolean() ? 1 : -1;
            command(i, MOVE, liveIds[live], liveAccount[live], liveBuy[live], Math.max(TICK, from + direction * step), 0);
        }

        private void reduce(int i) {
            for (int attempt = 0; attempt < 8; attempt++) {
                int live = random.nextInt(liveCount);
                long remaining = book.remaining(liveIds[live]);
                if (remaining > 1) {
                    long newRemaining = 1 + (long) random.nextInt((int) Math.min(remaining - 1, Integer.MAX_VALUE));
                    command(i, REDUCE, liveIds[live], liveAccount[live], liveBuy[live], livePrice[live], newRemaining);
                    return;
                }
            }
            pick(i, CANCEL);
        }

        private void pick(int i, byte type) {
            int live = random.nextInt(liveCount);
            command(i, type, liveIds[live], liveAccount[live], liveBuy[live], livePrice[live], 0);
        }

        /**
         * An IOC or FOK order, usually against the more crowded side, limited a few ticks through
         * its best price. The more the book holds beyond the pre-fill, the larger the order: that
         * keeps the book near its pre-filled size.
         */
        private void taker(int i, byte type) {
            boolean buy = !bidsAreThinner() == (random.nextInt(4) == 0);
            int crowd = book.size() - PREFILL_ORDERS;
            long size = orderSize() * (2 + random.nextInt(3) + Math.max(0, crowd / 20));
            command(i, type, nextOrderId++, random.nextInt(ACCOUNTS), buy, throughBestOpposite(buy, random.nextInt(30)), size);
        }

        /** A limit {@code ticks} beyond the best price a {@code buy} would take, or beyond the last trade. */
        private long throughBestOpposite(boolean buy, long ticks) {
            long best = book.bestPrice(buy ? Side.SELL : Side.BUY);
            long reference = best == OrderBook.NO_PRICE ? lastTradePrice : best;
            return Math.max(TICK, reference + (buy ? ticks : -ticks) * TICK);
        }

        private void command(int i, byte type, long id, int account, boolean buy, long price, long quantity) {
            out.type[i] = type;
            out.orderId[i] = id;
            out.account[i] = account;
            out.buy[i] = buy;
            out.price[i] = price;
            out.quantity[i] = quantity;
        }

        /** Applies command {@code i} to the reference book exactly as the benchmark will. */
        private void apply(int i) {
            BookTarget.execute(book, out, i, this);
            long id = out.orderId[i];
            byte type = out.type[i];
            if (type == CANCEL) {
                forget(id);
            } else if ((type == GTC || type == MOVE) && book.remaining(id) > 0) {
                remember(id, out.account[i], out.buy[i], out.price[i]);
            } else if (type == MOVE) {
                forget(id);
            }
        }

        @Override
        public void onFill(long makerId, int makerAccount, long price, long quantity, long makerRemaining) {
            if (makerRemaining == 0) {
                forget(makerId);
            }
            lastTradePrice = price;
            traded = true;
            if (timed) {
                out.fills++;
            }
        }

        @Override
        public void onSelfTradeCancel(long makerId, long remaining) {
            forget(makerId);
        }

        /** Adds a resting order to the live set, or updates its price if it is there (a move). */
        private void remember(long id, int account, boolean buy, long price) {
            long known = liveIndexById.get(id);
            if (known >= 0) {
                livePrice[(int) known] = price;
                return;
            }
            if (liveCount == liveIds.length) {
                growLiveSet();
            }
            liveIndexById.put(id, liveCount);
            liveIds[liveCount] = id;
            liveAccount[liveCount] = account;
            liveBuy[liveCount] = buy;
            livePrice[liveCount] = price;
            liveCount++;
            liveBids += buy ? 1 : 0;
        }

        private void forget(long id) {
            long found = liveIndexById.remove(id);
            if (found < 0) {
                return;
            }
            int index = (int) found;
            liveBids -= liveBuy[index] ? 1 : 0;
            int last = --liveCount;
            if (index != last) {
                liveIds[index] = liveIds[last];
                liveAccount[index] = liveAccount[last];
                liveBuy[index] = liveBuy[last];
                livePrice[index] = livePrice[last];
                liveIndexById.put(liveIds[index], index);
            }
        }

        private void growLiveSet() {
            int capacity = liveIds.length * 2;
            liveIds = Arrays.copyOf(liveIds, capacity);
            liveAccount = Arrays.copyOf(liveAccount, capacity);
            liveBuy = Arrays.copyOf(liveBuy, capacity);
            livePrice = Arrays.copyOf(livePrice, capacity);
        }

        private boolean bidsAreThinner() {
            return liveBids < liveCount - liveBids;
        }

        private int levels(Side side) {
            long[] last = {OrderBook.NO_PRICE};
            int[] count = {0};
            book.forEachOrder(side, (id, account, price, remaining, allOrNone) -> {
                if (price != last[0]) {
                    count[0]++;
                    last[0] = price;
                }
            });
            return count[0];
        }

        private long awayFromLast(boolean buy, long ticks) {
            return lastTradePrice + (buy ? -ticks : ticks) * TICK;
        }

        private long orderSize() {
            return 1 + (long) random.nextInt(6) * random.nextInt(6) * random.nextInt(6);
        }

        private static double square(double x) {
            return x * x;
        }
    }
}
