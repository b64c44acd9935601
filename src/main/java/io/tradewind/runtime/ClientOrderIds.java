package io.tradewind.runtime;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Client order ids unique across restarts: the service's start time in milliseconds (base 36)
 * and a counter, e.g. {@code s1k2j3h4g5-1f}, well within the 32 characters venues accept.
 */
final class ClientOrderIds implements Supplier<String> {

    private final String prefix;
    private final AtomicLong next = new AtomicLong();

    ClientOrderIds(long startMillis) {
        this.prefix = "s" + Long.toString(startMillis, 36) + "-";
    }

    @Override
    public String get() {
        return prefix + Long.toString(next.incrementAndGet(), 36);
    }
}
