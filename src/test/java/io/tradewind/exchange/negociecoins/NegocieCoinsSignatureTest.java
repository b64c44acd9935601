package io.tradewind.exchange.negociecoins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The AMX signature against the documented test vector (exchanges.md, NegocieCoins). */
class NegocieCoinsSignatureTest {

    static final String APP_ID = "0123456789abcdef0123456789abcdef";
    static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String NONCE = "5f2b9c1e0d4a4e7f8a6b3c2d1e0f9a8b";
    static final String BALANCE_URL = "https://broker.negociecoins.com.br/tradeapi/v1/user/balance";

    @Test
    void theDocumentedGetVectorSignsAsDocumented() {
        assertEquals("Mib/6eKjiNVn/RRGD+D9E+YWIq30jWQ8AARESVIvLmQ=",
                NegocieCoinsSignature.sign(APP_ID, KEY, "GET", BALANCE_URL, 1_700_000_000L, NONCE, null));
    }

    @Test
    void theMethodIsUpperCasedAndAnEmptyBodyCountsAsNone() {
        String documented = NegocieCoinsSignature.sign(APP_ID, KEY, "GET", BALANCE_URL, 1_700_000_000L, NONCE, null);
        assertEquals(documented,
                NegocieCoinsSignature.sign(APP_ID, KEY, "get", BALANCE_URL, 1_700_000_000L, NONCE, new byte[0]));
    }

    @Test
    void theBodyIsPartOfTheSignature() {
        byte[] one = "{\"pair\":\"BRLBTC\"}".getBytes(StandardCharsets.UTF_8);
        byte[] other = "{\"pair\":\"BRLLTC\"}".getBytes(StandardCharsets.UTF_8);
        String url = "https://broker.negociecoins.com.br/tradeapi/v1/user/orders";
        assertNotEquals(NegocieCoinsSignature.sign(APP_ID, KEY, "POST", url, 1_700_000_000L, NONCE, one),
                NegocieCoinsSignature.sign(APP_ID, KEY, "POST", url, 1_700_000_000L, NONCE, other));
    }

    @Test
    void theHeaderIsAmxWithIdSignatureNonceAndTime() {
        assertEquals("amx id:sig:nonce:1700000000", NegocieCoinsSignature.header("id", "sig", "nonce", 1_700_000_000L));
    }
}
