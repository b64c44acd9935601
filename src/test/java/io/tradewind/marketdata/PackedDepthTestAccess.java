package io.tradewind.marketdata;

import java.time.Instant;
import java.util.Random;

/** The packed-depth test's books and checks, for the store tests in other packages. */
public final class PackedDepthTestAccess {

    public static final int MAX_BYTES_20_BY_20 = PackedDepthTest.MAX_BYTES_20_BY_20;

    private PackedDepthTestAccess() {
    }

    public static DepthSnapshot randomRialBook(Random random, Instant time, int bids, int asks) {
        DepthSnapshot book = PackedDepthTest.randomRialBook(random, bids, asks);
        return new DepthSnapshot(book.symbol(), time, book.bids(), book.asks());
    }

    public static void assertSameValues(DepthSnapshot expected, DepthSnapshot actual) {
        PackedDepthTest.assertSameValues(expected, actual);
    }
}
