package io.tradewind.exchange.nobitex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Symbols, currencies, client order ids and TOTP codes as Nobitex spells them. */
class NobitexNamingTest {

    @Test
    void symbolsInEverySpellingMeanOneMarket() {
        for (String spelling : new String[] {"BTC-IRT", "BTCIRT", "btc-rls", "BTC-RLS", "btcirt", "BTC_RLS", "btc_irr"}) {
            NobitexSymbols.Pair pair = NobitexSymbols.pair(spelling);
            assertEquals("BTC-IRT", pair.canonical(), spelling);
            assertEquals("BTCIRT", pair.wire());
            assertEquals("btc", pair.srcCurrency());
            assertEquals("rls", pair.dstCurrency());
            assertEquals("IRR", pair.quoteAsset());
        }
        assertEquals("usdt", NobitexSymbols.pair("ETHUSDT").dstCurrency());
        assertEquals("USDT", NobitexSymbols.pair("ETH-USDT").quoteAsset());
        assertEquals("BTC-IRT", NobitexSymbols.pair("BTC_IRT").canonical());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NobitexSymbols.pair("BTC"));
        assertTrue(e.getMessage().contains("BTC-IRT"), e.getMessage());
    }

    /** Nobitex's packaged coins carry an underscore in their code: it is part of the base, not a separator. */
    @Test
    void packagedCoinsKeepTheirUnderscore() {
        for (String spelling : new String[] {"100K_FLOKIIRT", "100K_FLOKI-IRT", "100k_floki-rls", "100K_FLOKI_IRT", "100k_floki_rls"}) {
            NobitexSymbols.Pair pair = NobitexSymbols.pair(spelling);
            assertEquals("100K_FLOKI-IRT", pair.canonical(), spelling);
            assertEquals("100K_FLOKIIRT", pair.wire(), spelling);
            assertEquals("100k_floki", pair.srcCurrency(), spelling);
            assertEquals("rls", pair.dstCurrency(), spelling);
            assertEquals("100K_FLOKI", pair.baseAsset(), "the asset of the 100k_floki wallet");
        }
        assertEquals("1B_BABYDOGE-USDT", NobitexSymbols.pair("1B_BABYDOGEUSDT").canonical());
        assertEquals("T-IRT", NobitexSymbols.fromCurrencies("t", "rls"));
        assertTrue(NobitexSymbols.isCurrencyCode("1m_btt"));
        assertTrue(NobitexSymbols.isCurrencyCode("t"));
        assertTrue(!NobitexSymbols.isCurrencyCode("Bitcoin"));
    }

    @Test
    void clientOrderIdsFitThirtyTwoCharactersAndComeBack() {
        NobitexClientIds ids = new NobitexClientIds();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
            String wire = ids.toWire(uuid);
            assertEquals(32, wire.length());
            assertEquals(uuid, new NobitexClientIds().fromWire(wire), "a UUID comes back even after a restart");
        }
        assertEquals("order-0001", ids.toWire("order-0001"));
        assertEquals("order-0001", ids.fromWire("order-0001"));
        assertEquals("kq3X_9-bZ0aQ7rT2uVw", new NobitexClientIds().fromWire(ids.toWire("kq3X_9-bZ0aQ7rT2uVw")),
                "an Orders API create's uid with an Idempotency-Key goes as it is");

        String longId = "strategy-instance-with-a-long-name:0000000123";
        String wire = ids.toWire(longId);
        assertTrue(wire.length() <= NobitexClientIds.MAX_LENGTH);
        assertEquals(wire, new NobitexClientIds().toWire(longId), "deterministic");
        assertEquals(longId, ids.fromWire(wire));

        String hex = "0123456789abcdef0123456789abcdef";
        assertEquals(hex, ids.fromWire(ids.toWire(hex)), "32 hex digits are not mistaken for a UUID");
    }

    @Test
    void totpFollowsRfc6238() throws Exception {
        // RFC 6238 appendix B, SHA-1, secret "12345678901234567890", T = 59 s: 94287082 (8 digits) -> 287082
        assertEquals("287082", NobitexTotp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Instant.ofEpochSecond(59)));
        assertEquals("081804", NobitexTotp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Instant.ofEpochSecond(1111111109)));
    }
}
