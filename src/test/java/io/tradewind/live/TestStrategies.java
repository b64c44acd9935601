package io.tradewind.live;

import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import java.math.BigDecimal;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Strategies that make the service's rules visible; not plugins, so no command sees them. */
final class TestStrategies {

    private TestStrategies() {
    }

    /** Buys {@code quantity} at market on every candle it may trade on: more than any budget allows. */
    static final class Greedy implements Strategy {
        private final BigDecimal quantity;

        Greedy(String quantity) {
            this.quantity = new BigDecimal(quantity);
        }

        @Override
        public boolean usesBarSeries() {
            return false;
        }

        @Override
        public void onCandle(StrategyContext context) {
            if (!context.warmingUp()) {
                context.buyMarket(quantity);
            }
        }
    }

    /** Keeps one limit buy far below the market resting, placing it only while it has none open. */
    static final class RestingBuyer implements Strategy {
        int placed;

        @Override
        public void onCandle(StrategyContext context) {
            if (!context.warmingUp() && context.openOrders().isEmpty()) {
                context.limit(Side.BUY, new BigDecimal("10.00"), BigDecimal.ONE, TimeInForce.GOOD_TILL_CANCELED);
                placed++;
            }
        }
    }

    /** Places one good-till-cancelled limit buy at {@code price}, on the first candle it may trade on. */
    static final class BidsOnce implements Strategy {
        private final BigDecimal price;
        private final BigDecimal quantity;
        int placed;

        BidsOnce(String price, String quantity) {
            this.price = new BigDecimal(price);
            this.quantity = new BigDecimal(quantity);
        }

        @Override
        public boolean usesBarSeries() {
            return false;
        }

        @Override
        public int warmupBars(io.tradewind.strategy.StrategyParameters parameters) {
            return 1;
        }

        @Override
        public void onCandle(StrategyContext context) {
            if (!context.warmingUp() && placed == 0) {
                context.limit(Side.BUY, price, quantity, TimeInForce.GOOD_TILL_CANCELED);
                placed++;
            }
        }
    }

    /** Buys at market on the first candle it may trade on, then pauses its own instance, as an operator might mid-tick. */
    static final class BuysThenPaused implements Strategy {
        final AtomicReference<LiveInstance> instance = new AtomicReference<>();
        int decisions;

        @Override
        public boolean usesBarSeries() {
            return false;
        }

        @Override
        public void onCandle(StrategyContext context) {
            if (!context.warmingUp()) {
                decisions++;
                context.buyMarket(new BigDecimal("0.5"));
                instance.get().pause("paused by the operator");
            }
        }
    }

    /** Throws on every candle it could trade on. */
    static final class Throwing implements Strategy {
        @Override
        public void onCandle(StrategyContext context) {
            if (!context.warmingUp()) {
                throw new IllegalStateException("broken on purpose");
            }
        }
    }

    /** An assertion fails on every candle it could trade on: an Error, not an exception. */
    static final class Asserting implements Strategy {
        @Override
        public void onCandle(StrategyContext context) {
            if (!context.warmingUp()) {
                throw new AssertionError("the position should be flat");
            }
        }
    }

    /** Buys {@code quantity} at market once, on the first candle it may trade on; remembers what it saw before. */
    static final class BuysOnce implements Strategy {
        private final BigDecimal quantity;
        private final int warmup;
        final java.util.List<Boolean> warmingUp = new java.util.ArrayList<>();
        io.tradewind.marketdata.DepthSnapshot depth;
        int placed;

        BuysOnce(String quantity, int warmup) {
            this.quantity = new BigDecimal(quantity);
            this.warmup = warmup;
        }

        @Override
        public boolean usesBarSeries() {
            return false;
        }

        @Override
        public int warmupBars(io.tradewind.strategy.StrategyParameters parameters) {
            return warmup;
        }

        @Override
        public void onCandle(StrategyContext context) {
            warmingUp.add(context.warmingUp());
            if (!context.warmingUp() && placed == 0) {
                depth = context.depth();
                context.buyMarket(quantity);
                placed++;
            }
        }
    }

    /** Waits in its first candle it could trade on until released: a tick that is still running. */
    static final class Blocking implements Strategy {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void onCandle(StrategyContext context) {
            if (!context.warmingUp() && entered.getCount() > 0) {
                entered.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
