package io.tradewind.marketdata;

import java.time.Instant;

/** A run of missing buckets: open times from {@code from} (inclusive) to {@code to} (exclusive). */
public record Gap(Instant from, Instant to, long missingBars) {
}
