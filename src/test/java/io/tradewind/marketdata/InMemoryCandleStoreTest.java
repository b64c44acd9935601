package io.tradewind.marketdata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InMemoryCandleStoreTest extends CandleStoreContractTest {

    @Override
    protected CandleStore newStore() {
        return new InMemoryCandleStore();
    }

    @Test
    void keepsAbout20BytesPerMinuteCandle() {
        InMemoryCandleStore store = new InMemoryCandleStore();
        store.write(KEY, walk(3, 100_000));
        double perCandle = store.payloadBytes() / 100_000.0;
        assertTrue(perCandle < 24, "bytes per candle: " + perCandle);
    }

    @Test
    void oneCandleAppendsStayCompact() {
        InMemoryCandleStore store = new InMemoryCandleStore();
        appendOneByOne(store, 1_000);
        assertTrue(store.payloadBytes() < 1_000 * 8, "bytes: " + store.payloadBytes());
    }
}
