package io.tradewind.sim;

import java.util.Arrays;

/**
 * Balances of one account, per asset id: {@code available} can be spent, {@code held} backs open
 * orders, and their sum is the account's total. An account funded on demand gets what each of its
 * orders must hold deposited as it places it (see {@link SimulatedExchange#openLiquidityAccount}).
 */
public final class SimAccount {

    final int id;
    final String name;
    final boolean fundedOnDemand;
    long[] available = new long[4];
    long[] held = new long[4];
    int[] openOrders = new int[4];

    SimAccount(int id, String name, boolean fundedOnDemand) {
        this.id = id;
        this.name = name;
        this.fundedOnDemand = fundedOnDemand;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Whether this is a synthetic participant's account, funded as it places (see {@link SimulatedExchange#openLiquidityAccount}). */
    public boolean fundedOnDemand() {
        return fundedOnDemand;
    }

    public long available(Asset asset) {
        return asset.id < available.length ? available[asset.id] : 0;
    }

    public long held(Asset asset) {
        return asset.id < held.length ? held[asset.id] : 0;
    }

    void ensureAssets(int count) {
        if (count > available.length) {
            int size = Math.max(count, available.length * 2);
            available = Arrays.copyOf(available, size);
            held = Arrays.copyOf(held, size);
        }
    }

    void ensureMarkets(int count) {
        if (count > openOrders.length) {
            openOrders = Arrays.copyOf(openOrders, Math.max(count, openOrders.length * 2));
        }
    }

    /** Moves {@code amount} from available to held; the caller has checked that it is there. */
    void hold(Asset asset, long amount) {
        available[asset.id] -= amount;
        held[asset.id] += amount;
    }

    /** Moves {@code amount} from held back to available. */
    void release(Asset asset, long amount) {
        held[asset.id] -= amount;
        available[asset.id] += amount;
    }
}
