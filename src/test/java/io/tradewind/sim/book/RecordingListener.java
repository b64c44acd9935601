package io.tradewind.sim.book;

import java.util.ArrayList;
import java.util.List;

/** Writes what a match or simulation did as short readable lines, in call order. */
final class RecordingListener implements MatchListener {

    final List<String> calls = new ArrayList<>();

    @Override
    public void onFill(long makerId, int makerAccount, long price, long quantity, long makerRemaining) {
        calls.add(fill(makerId, makerAccount, price, quantity, makerRemaining));
    }

    @Override
    public void onSelfTradeCancel(long makerId, long remaining) {
        calls.add(selfTradeCancel(makerId, remaining));
    }

    static String fill(long makerId, int makerAccount, long price, long quantity, long makerRemaining) {
        return "fill " + makerId + " (account " + makerAccount + ") " + quantity + "@" + price + ", " + makerRemaining + " left";
    }

    static String selfTradeCancel(long makerId, long remaining) {
        return "self-trade cancel " + makerId + ", " + remaining + " left";
    }
}
