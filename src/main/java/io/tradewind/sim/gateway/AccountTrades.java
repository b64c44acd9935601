package io.tradewind.sim.gateway;

import io.tradewind.execution.VenueTrade;
import java.util.ArrayList;
import java.util.List;

/**
 * One account's own trades at a venue by position (0, 1, 2, … in the order they happened), the
 * cursor of {@code ownTrades}: the recent ones in memory, from {@link #first()} on; a venue that
 * keeps its history elsewhere forgets the older ones.
 */
final class AccountTrades {

    private static final int COMPACT_AT = 1024;

    private final ArrayList<VenueTrade> recent = new ArrayList<>();
    private int head;
    private int first;

    /** Trades kept from position {@code first} on (a venue loaded with its recent trades only). */
    AccountTrades(int first) {
        this.first = first;
    }

    /** The position of the oldest trade in memory. */
    int first() {
        return first;
    }

    /** How many trades the account has made, forgotten ones included: the next trade's position. */
    int size() {
        return first + recent.size() - head;
    }

    void add(VenueTrade trade) {
        recent.add(trade);
    }

    /** The trade at {@code position}, which must be in memory. */
    VenueTrade get(int position) {
        if (position < first || position >= size()) {
            throw new IndexOutOfBoundsException("trade " + position + " is not in memory (" + first + " to " + size() + ")");
        }
        return recent.get(head + position - first);
    }

    /** The trades from {@code from} (in memory) up to {@code to}, exclusive. */
    List<VenueTrade> range(int from, int to) {
        return List.copyOf(recent.subList(head + from - first, head + to - first));
    }

    /** Forgets the trades before {@code position}. */
    void forgetBelow(int position) {
        while (first < position && head < recent.size()) {
            recent.set(head, null);
            head++;
            first++;
        }
        if (head >= COMPACT_AT && head * 2 >= recent.size()) {
            recent.subList(0, head).clear();
            head = 0;
        }
    }
}
