package io.tradewind.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random scenario in the {@code sim replay} format: a handful of accounts trading one
 * instrument around a drifting mid price with every order type and time in force, cancels,
 * expiries and stops. The same seed gives the same lines.
 */
final class RandomScenario {

    private static final long TICK = 1000;
    private static final String[] ACCOUNTS = {"a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7"};

    private RandomScenario() {
    }

    static List<String> lines(long seed, int operations) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(operations + ACCOUNTS.length + 1);
        lines.add("{\"op\":\"instrument\",\"symbol\":\"BTC-IRR\",\"base\":\"BTC\",\"quote\":\"IRR\",\"tick_size\":\"1000\","
                + "\"step_size\":\"0.0001\",\"min_quantity\":\"0.0001\",\"maker_fee\":\"0.001\",\"taker_fee\":\"0.0025\"}");
        for (String account : ACCOUNTS) {
            lines.add("{\"op\":\"account\",\"account\":\"" + account + "\",\"balances\":{\"IRR\":\""
                    + (1 + random.nextInt(50)) + "000000000\",\"BTC\":\"" + (1 + random.nextInt(20)) + "\"}}");
        }
        long mid = 100_000_000;
        long clock = Instant.parse("2025-12-30T10:00:00Z").getEpochSecond();
        int placed = 0;
        for (int i = 0; i < operations; i++) {
            mid = Math.max(50 * TICK, mid + (random.nextInt(3) - 1) * TICK * 10);
            String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
            int roll = random.nextInt(100);
            if (roll < 15 && placed > 0) {
                lines.add("{\"op\":\"cancel\",\"account\":\"" + account + "\",\"uid\":\"o" + random.nextInt(placed) + "\"}");
                continue;
            }
            if (roll < 18) {
                clock += 1 + random.nextInt(120);
                lines.add("{\"op\":\"time\",\"at\":\"" + Instant.ofEpochSecond(clock) + "\"}");
                continue;
            }
            String side = random.nextBoolean() ? "buy" : "sell";
            long price = mid + (random.nextInt(41) - 20) * TICK * 10;
            String quantity = "0." + String.format("%04d", 1 + random.nextInt(3000));
            String head = "{\"op\":\"place\",\"account\":\"" + account + "\",\"uid\":\"o" + placed++
                    + "\",\"symbol\":\"BTC-IRR\",\"side\":\"" + side + "\"";
            lines.add(head + orderBody(random, roll, side, price, mid, quantity, clock) + "}");
        }
        return lines;
    }

    private static String orderBody(SplittableRandom random, int roll, String side, long price, long mid,
            String quantity, long clock) {
        String limit = ",\"type\":\"limit\",\"price\":\"" + price + "\",\"quantity\":\"" + quantity + "\"";
        if (roll < 55) {
            String expiry = random.nextInt(5) == 0
                    ? ",\"expire_at\":\"" + Instant.ofEpochSecond(clock + random.nextInt(600)) + "\"" : "";
            return limit + expiry;
        }
        if (roll < 63) {
            return limit + ",\"time_in_force\":\"immediate-or-cancel\"";
        }
        if (roll < 68) {
            return limit + ",\"time_in_force\":\"fill-or-kill\"";
        }
        if (roll < 74) {
            return limit + ",\"time_in_force\":\"all-or-none\"";
        }
        if (roll < 84) {
            return ",\"type\":\"market\",\"quantity\":\"" + quantity + "\"";
        }
        if (roll < 87 && side.equals("buy")) {
            return ",\"type\":\"market\",\"total_price\":\"" + (1 + random.nextInt(200)) + "00000\"";
        }
        long stop = side.equals("buy") ? mid + (1 + random.nextInt(10)) * TICK * 10 : mid - (1 + random.nextInt(10)) * TICK * 10;
        if (roll < 94) {
            long stopLimit = side.equals("buy") ? stop + TICK * 20 : stop - TICK * 20;
            return ",\"type\":\"stop-limit\",\"stop_price\":\"" + stop + "\",\"price\":\"" + stopLimit
                    + "\",\"quantity\":\"" + quantity + "\"";
        }
        return ",\"type\":\"stop-market\",\"stop_price\":\"" + stop + "\",\"quantity\":\"" + quantity + "\"";
    }
}
