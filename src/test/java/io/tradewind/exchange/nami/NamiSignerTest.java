package io.tradewind.exchange.nami;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two test vectors of Nami's "How to generate a signature" guide. */
class NamiSignerTest {

    static final String DOC_SECRET = "UNCZHD1e4501X1WGO9PqjGJBDqWoNjUlc05YZTy38t9Wd7rHWmrmtfKfb1Vpb5RH";
    private final NamiSigner signer = new NamiSigner(DOC_SECRET);

    @Test
    void theFirstDocumentedVector() {
        assertEquals("2cc8df81fc34801e6b6f7dbaf79e72ab098bf5461973239689e32e71368cd145",
                signer.signature("type=0&timestamp=1721284769720"));
    }

    @Test
    void theSecondDocumentedVector() {
        assertEquals("87455e30b15d4d2fe234eeec92cfc165f8b8647bf583ce09f0bdb6b3c6a09b77",
                signer.signature("symbol=NAMIVNDC&side=SELL&type=LIMIT&quantity=50000&price=600&timestamp=1721284021975"));
    }

    @Test
    void theBalanceParametersSignAsTheFirstVector() {
        Map<String, Object> signed = signer.sign(Map.of("type", 0), 1721284769720L);

        assertEquals("2cc8df81fc34801e6b6f7dbaf79e72ab098bf5461973239689e32e71368cd145", signed.get("signature"));
        assertEquals("type=0&timestamp=1721284769720&signature=" + signed.get("signature"),
                NamiSigner.queryString(signed));
    }

    @Test
    void aLimitSellIsSentInTheSecondVectorsOrderAndSignsAsIt() {
        OrderRequest sell = OrderRequest.limit("u-1", "main", "NAMI-VNDC", Side.SELL, "600", "50000", null);

        Map<String, Object> signed = signer.sign(NamiAccountAdapters.placeParams(sell, "NAMIVNDC"), 1721284021975L);

        assertEquals("87455e30b15d4d2fe234eeec92cfc165f8b8647bf583ce09f0bdb6b3c6a09b77", signed.get("signature"));
    }

    /** A quantity sized to four decimals (0.1230) was signed so while its JSON number reads back as 0.123. */
    @Test
    void trailingZerosAreNeitherSignedNorSent() {
        OrderRequest buy = OrderRequest.limit("u-2", "main", "BTC-USDT", Side.BUY, "62877.9900", "0.1230", null);

        Map<String, Object> params = NamiAccountAdapters.placeParams(buy, "BTCUSDT");

        assertEquals("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.123&price=62877.99", NamiSigner.queryString(params));
        assertEquals("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"quantity\":0.123,\"price\":62877.99}",
                NamiJson.write(params));
    }

    @Test
    void decimalsAreSignedPlainAndValuesUrlEncoded() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("quantity", new BigDecimal("1E-8"));
        params.put("note", "a b&c");

        assertEquals("quantity=0.00000001&note=a+b%26c", NamiSigner.queryString(params));
    }
}
