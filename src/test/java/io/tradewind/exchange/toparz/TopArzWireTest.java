package io.tradewind.exchange.toparz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.RejectionReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Symbols, filters and refusal texts as TopArz spells them. */
class TopArzWireTest {

    @Test
    void symbolsLoseTheirDashOnTheWireAndGetItBack() {
        TopArzSymbols symbols = new TopArzSymbols();

        assertEquals("BTCTMN", TopArzSymbols.wire("BTC-TMN"));
        assertEquals("BTCTMN", TopArzSymbols.wire("btctmn"));
        assertEquals("BTC-TMN", symbols.canonical("BTCTMN"));
        assertEquals("USDT-TMN", symbols.canonical("USDTTMN"));
        assertEquals("TRX-USDT", symbols.canonical("TRXUSDT"));
        assertEquals("BTC-TMN", symbols.canonical("btc-tmn"));
        assertEquals("ABC-XYZ", symbols.canonical("ABC-XYZ"), "a dashed symbol needs no guess");
        assertThrows(IllegalArgumentException.class, () -> symbols.canonical("FOOBAR"));
    }

    @Test
    void listedMarketsWinOverTheQuoteGuess() {
        TopArzSymbols symbols = new TopArzSymbols();
        symbols.learn(Instrument.of("PAXG-USDTTMN", "PAXG", "USDTTMN", "1", "1", "1", "0", "0"));

        assertEquals("PAXG-USDTTMN", symbols.canonical("PAXGUSDTTMN"));
    }

    @Test
    void filtersAreWrittenInTheSeedsSyntax() {
        TopArzFilter filter = TopArzFilter.where("a", TopArzFilter.Op.EQ, "value")
                .and("b", TopArzFilter.Op.GT, 123)
                .and("c", TopArzFilter.Op.LE, 456)
                .and("b", TopArzFilter.Op.IN, 1, 2, 3);

        assertEquals("a=value;b>123;c<=456;b#1,2,3", filter.text());
    }

    @Test
    void aFilterValueThatWouldSplitTheFilterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TopArzFilter.where("a", TopArzFilter.Op.EQ, "x;b=1"));
        assertThrows(IllegalArgumentException.class, () -> TopArzFilter.where("a", TopArzFilter.Op.EQ, 1, 2));
    }

    @Test
    void refusalTextsMapToReasons() {
        assertEquals(List.of(RejectionReason.INSUFFICIENT_BALANCE), TopArzRejections.reasons("Insufficient balance"));
        assertEquals(List.of(RejectionReason.DUPLICATE_UID), TopArzRejections.reasons("Duplicated command id"));
        assertEquals(List.of(RejectionReason.NOTIONAL_BELOW_MINIMUM),
                TopArzRejections.reasons("total price is less than minimum"));
        assertEquals(List.of(RejectionReason.QUANTITY_BELOW_MINIMUM),
                TopArzRejections.reasons("quantity is below the minimum"));
        assertEquals(List.of(RejectionReason.UNKNOWN_SYMBOL), TopArzRejections.reasons("Invalid symbol"));
        assertEquals(List.of(RejectionReason.VENUE_REJECTED), TopArzRejections.reasons("computer says no"));
        assertEquals(List.of(RejectionReason.VENUE_REJECTED), TopArzRejections.reasons(null));
    }
}
