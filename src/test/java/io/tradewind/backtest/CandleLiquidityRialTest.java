package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The synthetic market at rial magnitudes (BTC near 1.2e11 IRR, a 1-rial tick, 8-decimal
 * quantities, so IRR amounts keep 8 decimals and a long holds at most about 9.2e10 IRR): it is
 * never the side that runs out of money, and an amount that cannot be represented stops the run.
 */
class CandleLiquidityRialTest {

    private static final long PRICE = 120_000_000_000L;

    private CandleMarketFixture fixture;
    private CandleLiquidity liquidity;

    @BeforeEach
    void setUp() {
        fixture = new CandleMarketFixture(Instrument.of("BTC-IRR", "BTC", "IRR", "1", "0.00000001", "0.00000001", "0", "0"));
        fixture.exchange.deposit(fixture.strategy, "BTC", new BigDecimal("100"));
        liquidity = fixture.liquidity(FillModel.NEXT_OPEN, "0", "0");
    }

    @Test
    void aMarketSellWorthMoreThanASixteenthOfTheLargestAmountFindsABuyer() {
        liquidity.openDecisions(PRICE, 10_000_000_000L);
        place(Side.SELL, OrderType.MARKET, 0, 70_000_000L);
        liquidity.closeDecisions();
        assertEquals(List.of("sell 70000000 @ " + PRICE), fixture.strategyFills, "0.7 BTC is worth 8.4e10 IRR");
    }

    @Test
    void aRestingSellThePathReachesFindsABuyerAtRialMagnitudes() {
        place(Side.SELL, OrderType.LIMIT, PRICE + 1_000_000_000L, 70_000_000L);
        liquidity.walk(PRICE, PRICE + 2_000_000_000L, PRICE - 1_000_000_000L, PRICE, 10_000_000_000L);
        assertEquals(List.of("sell 70000000 @ " + (PRICE + 1_000_000_000L)), fixture.strategyFills);
    }

    @Test
    void aSaleWhoseProceedsCannotBeRepresentedStopsTheRunWithAClearError() {
        liquidity.openDecisions(PRICE, 10_000_000_000L);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> place(Side.SELL, OrderType.MARKET, 0, 10_000_000_000L));
        assertTrue(error.getMessage().contains("IRR"), error.getMessage());
        assertTrue(error.getMessage().contains("92233720368.54775807"), error.getMessage());
    }

    private void place(Side side, OrderType type, long price, long quantity) {
        fixture.place(liquidity, side, type, price, 0, quantity);
    }
}
