package io.tradewind.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OpenTradeTest {

    @Test
    void theLineNamesTheTimeZoneOfItsEntryTime() {
        OpenTrade open = new OpenTrade(Side.BUY, Instant.parse("2013-12-01T12:33:00Z"), new BigDecimal("995.78"),
                new BigDecimal("8.05803198"), new BigDecimal("0.12974003"), new BigDecimal("999.00"), new BigDecimal("43.58"),
                new BigDecimal("0.42"), new BigDecimal("16.02"), null);

        assertEquals("long 0.12974003 of 8.05803198 entered 2013-12-01 12:33:00 UTC at 995.78: realised 43.58 (fees included),"
                + " unrealised 0.42 at the last close 999.00", open.describe(new ReportFormat(Instrument.of("BTC-USD", "BTC", "USD",
                        "0.01", "0.00000001", "0.00000001", "0.001", "0.002"))));
    }
}
