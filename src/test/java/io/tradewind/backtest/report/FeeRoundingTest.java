package io.tradewind.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.execution.FillRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeeRoundingTest {

    private static final Map<String, String> RATES = Map.of("maker_fee", "0.001", "taker_fee", "0.002");

    /** A tick of 1 and a step of 1 keep USD whole: a 0.1 % fee on fills of about 100 USD was 0, without a word. */
    @Test
    void feesACoarseGridRoundedAwayAreSaid() {
        Instrument whole = instrument("1");
        List<ReportFill> fills = List.of(fill("100", "0", "USD"), fill("110", "0", "USD"), fill("95", "0", "USD"));

        assertEquals("Fees rounded away: the 3 fills charged in USD paid 0 USD, and the lower of maker_fee and taker_fee (0.001)"
                + " on the 305 USD they traded is 0.305: each fee is rounded down to 0 decimals of USD, the precision that"
                + " tick_size and step_size give it, so the figures are better than the rates say; give a finer tick_size"
                + " or step_size.", FeeRounding.inWords(fills, RATES, whole));
    }

    /** A cent a fill, as an exchange keeping cents rounds, is not what the note is for. */
    @Test
    void roundingOfACentAFillIsLeftUnsaid() {
        Instrument cents = instrument("0.01");
        List<ReportFill> fills = List.of(fill("100.50", "0.10", "USD"), fill("110.70", "0.11", "USD"));

        assertNull(FeeRounding.inWords(fills, RATES, cents));
    }

    @Test
    void noRatesNoFillsOrFeesInAnotherAssetAreNotCompared() {
        Instrument whole = instrument("1");
        List<ReportFill> fills = List.of(fill("100", "0", "USD"));

        assertNull(FeeRounding.inWords(fills, Map.of("maker_fee", "0", "taker_fee", "0.001"), whole));
        assertNull(FeeRounding.inWords(fills, Map.of(), whole));
        assertNull(FeeRounding.inWords(List.of(), RATES, whole));
        assertNull(FeeRounding.inWords(List.of(fill("100", "0.001", "BTC")), RATES, whole));
    }

    private static Instrument instrument(String tick) {
        return Instrument.of("BTC-USD", "BTC", "USD", tick, "1", "1", "0.001", "0.002");
    }

    private static ReportFill fill(String price, String fee, String feeAsset) {
        return new ReportFill(new FillRecord("sim", "t-" + price, "c-" + price, "s", "main", "BTC-USD", Side.BUY,
                new BigDecimal(price), BigDecimal.ONE, new BigDecimal(fee), feeAsset, Instant.EPOCH), OrderType.MARKET, null);
    }
}
