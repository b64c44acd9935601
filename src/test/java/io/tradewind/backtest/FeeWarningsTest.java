package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Instrument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** taker_fee=0.1 meant as 0.1 % charged 10 %: every order of a strategy sizing to its cash was refused, unexplained. */
class FeeWarningsTest {

    @Test
    void aFeeOfTwoPercentOrMoreIsSaidToBeLikelyAPercentageWrittenAsAFraction() {
        Instrument typo = Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0.001", "0.1");

        assertEquals(List.of("taker_fee=0.1 charges 10 % of every trade's value; a fee of 0.1 % is written taker_fee=0.001"),
                FeeWarnings.of(typo));
        assertEquals(List.of(), FeeWarnings.of(Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0.001",
                "0.0199")), "below 2 %: as exchanges charge");
    }
}
