package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Candles become fills of the strategy's orders at the documented prices. Prices in cents, quantities in 0.0001. */
class CandleLiquidityTest {

    private CandleMarketFixture fixture;
    private List<String> strategyFills;

    @BeforeEach
    void setUp() {
        fixture = new CandleMarketFixture(Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0", "0"));
        fixture.exchange.deposit(fixture.strategy, "USD", new BigDecimal("1000000"));
        fixture.exchange.deposit(fixture.strategy, "BTC", new BigDecimal("100"));
        strategyFills = fixture.strategyFills;
    }

    private CandleLiquidity liquidity(FillModel model, String slippage, String share) {
        return fixture.liquidity(model, slippage, share);
    }

    private void place(CandleLiquidity liquidity, Side side, OrderType type, long price, long stop, long quantity) {
        fixture.place(liquidity, side, type, price, stop, quantity);
    }

    @Test
    void aRestingLimitBuyFillsAtItsOwnPriceWhenTheCandleTradesThrough() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0");
        place(liquidity, Side.BUY, OrderType.LIMIT, 9_900, 0, 10_000);
        liquidity.walk(10_000, 10_100, 9_800, 10_050, 1_000_000);
        assertEquals(List.of("buy 10000 @ 9900"), strategyFills);
    }

    @Test
    void aLimitTheCandleDoesNotReachStaysUnfilled() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0");
        place(liquidity, Side.BUY, OrderType.LIMIT, 9_700, 0, 10_000);
        liquidity.walk(10_000, 10_100, 9_800, 10_050, 1_000_000);
        assertEquals(List.of(), strategyFills);
    }

    @Test
    void aStopLossTriggersWhereThePathReachesItAndFillsAtTheStopPrice() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0");
        place(liquidity, Side.SELL, OrderType.STOP_MARKET, 0, 9_500, 10_000);
        liquidity.walk(10_000, 10_050, 9_400, 9_450, 1_000_000);
        assertEquals(List.of("sell 10000 @ 9500"), strategyFills);
    }

    @Test
    void marketOrdersFillAtTheNextOpenPlusSlippage() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0.001", "0");
        liquidity.walk(10_000, 10_100, 9_900, 10_000, 1_000_000);
        liquidity.openDecisions(20_000, 1_000_000);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 10_000);
        place(liquidity, Side.SELL, OrderType.MARKET, 0, 0, 10_000);
        liquidity.closeDecisions();
        assertEquals(List.of("buy 10000 @ 20020", "sell 10000 @ 19980"), strategyFills);
    }

    @Test
    void theCloseModelFillsAtTheClose() {
        CandleLiquidity liquidity = liquidity(FillModel.CLOSE, "0.001", "0.1");
        liquidity.openDecisions(10_050, 10);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 10_000);
        assertEquals(List.of("buy 10000 @ 10050"), strategyFills);
    }

    @Test
    void fillsAreCappedAtTheVolumeShare() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0.5");
        liquidity.openDecisions(10_000, 30_000);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 20_000);
        liquidity.closeDecisions();
        assertEquals(List.of("buy 15000 @ 10000"), strategyFills);
    }

    /** Two paper instances of one symbol decide on the same candle: together they take its share once. */
    @Test
    void decisionsOnTheSameCandleShareItsVolumeShare() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0.5");
        liquidity.openDecisions(10_000, 30_000);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 10_000);
        liquidity.closeDecisions();
        liquidity.openDecisions(10_000, 30_000);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 10_000);
        liquidity.closeDecisions();
        assertEquals(List.of("buy 10000 @ 10000", "buy 5000 @ 10000"), strategyFills);
        // the next candle has its own share, and a flatten's window (a volume without limit) is not capped by it
        liquidity.walk(10_000, 10_000, 10_000, 10_000, 30_000);
        liquidity.openDecisions(10_000, 30_000);
        place(liquidity, Side.SELL, OrderType.MARKET, 0, 0, 10_000);
        liquidity.closeDecisions();
        liquidity.openDecisions(10_000, Long.MAX_VALUE / 64);
        place(liquidity, Side.SELL, OrderType.MARKET, 0, 0, 15_000);
        liquidity.closeDecisions();
        assertEquals(List.of("buy 10000 @ 10000", "buy 5000 @ 10000", "sell 10000 @ 10000", "sell 15000 @ 10000"), strategyFills);
    }

    @Test
    void aMarketOrderOutsideADecisionWindowFindsNoLiquidity() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0");
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 10_000);
        assertEquals(List.of(), strategyFills);
    }

    @Test
    void aSellStopTheOpenGapsThroughFillsAtTheOpen() {
        assertEquals(List.of("sell 10000 @ 9500"), fillsAfterAGap(Side.SELL, OrderType.STOP_MARKET, 0, 9_900,
                9_500, 9_600, 9_400, 9_550), "99.00 never traded in a 94-96 candle");
    }

    @Test
    void aBuyStopTheOpenGapsThroughFillsAtTheOpen() {
        assertEquals(List.of("buy 10000 @ 11000"), fillsAfterAGap(Side.BUY, OrderType.STOP_MARKET, 0, 10_200,
                11_000, 11_100, 10_900, 11_050), "102.00 never traded in a 109-111 candle");
    }

    @Test
    void aStopLimitTriggeredByAGapRestsAtItsLimitWhileThePathStaysBelowIt() {
        assertEquals(List.of(), fillsAfterAGap(Side.SELL, OrderType.STOP_LIMIT, 9_650, 9_700, 9_600, 9_640, 9_500, 9_550),
                "the candle gapped to 96.00 and never came back to the 96.50 limit");
    }

    @Test
    void aStopLimitTriggeredByAGapFillsAtItsLimitWhereThePathReachesIt() {
        assertEquals(List.of("sell 10000 @ 9650"),
                fillsAfterAGap(Side.SELL, OrderType.STOP_LIMIT, 9_650, 9_700, 9_600, 9_700, 9_550, 9_650));
    }

    /** A candle closes at 100.00, the strategy places a stop for 1, then the given candle opens away from 100.00. */
    private List<String> fillsAfterAGap(Side side, OrderType type, long limit, long stop, long open, long high, long low,
            long close) {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0");
        liquidity.walk(10_000, 10_000, 10_000, 10_000, 1_000_000);
        place(liquidity, side, type, limit, stop, 10_000);
        liquidity.walk(open, high, low, close, 1_000_000);
        return strategyFills;
    }

    /**
     * A bid for 8 at 99.00 fills 5 as the candle falls to 97.00 (half of its volume of 10); the next
     * candle opens at 98.00, above the last close but below the bid, and trades 98.00-100.00: the
     * rest fills at the open, at the bid's own price.
     */
    @Test
    void aBidTheVolumeCapLeftPartlyUnfilledFillsWhereTheNextCandleOpensBelowIt() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0.5");
        liquidity.walk(10_000, 10_000, 10_000, 10_000, 100_000);
        place(liquidity, Side.BUY, OrderType.LIMIT, 9_900, 0, 80_000);
        liquidity.walk(10_000, 10_000, 9_700, 9_700, 100_000);
        liquidity.walk(9_800, 10_000, 9_800, 10_000, 100_000);
        assertEquals(List.of("buy 50000 @ 9900", "buy 30000 @ 9900"), strategyFills);
    }

    /**
     * A bid at 102.20 placed at a close of 100.00 misses the slipped open of 102.31 and rests; the
     * next candle opens at 102.00, under the bid: it fills there at its own price.
     */
    @Test
    void aBidTheSlippedOpenMissedFillsWhereTheCandleOpensUnderIt() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0.003", "0");
        liquidity.walk(10_000, 10_000, 10_000, 10_000, 1_000_000);
        liquidity.openDecisions(10_200, 10_000, 1_000_000);
        place(liquidity, Side.BUY, OrderType.LIMIT, 10_220, 0, 10_000);
        liquidity.closeDecisions();
        assertEquals(List.of(), strategyFills, "102.31 is above the bid");
        liquidity.walk(10_200, 10_300, 10_200, 10_300, 1_000_000);
        assertEquals(List.of("buy 10000 @ 10220"), strategyFills);
    }

    /**
     * The close was 100.00; a market buy fills at the slipped open, 102.31; a buy stop at 101.00
     * placed next in the same decision is judged against the close, not that fill: it waits, and
     * triggers at the next open, 102.00, as it would without the market buy.
     */
    @Test
    void aStopPlacedAfterADecisionFillIsJudgedAgainstTheClose() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0.003", "0");
        liquidity.walk(10_000, 10_000, 10_000, 10_000, 1_000_000);
        liquidity.openDecisions(10_200, 10_000, 1_000_000);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 10_000);
        place(liquidity, Side.BUY, OrderType.STOP_MARKET, 0, 10_100, 10_000);
        liquidity.closeDecisions();
        assertEquals(List.of("buy 10000 @ 10231"), strategyFills, "the stop did not trigger at the decision");
        liquidity.walk(10_200, 10_300, 10_150, 10_250, 1_000_000);
        assertEquals(List.of("buy 10000 @ 10231", "buy 10000 @ 10200"), strategyFills);
    }

    /**
     * Long 2 with a take-profit sell resting at 110.00; a market buy of 8 meets a volume cap of 5:
     * its rest is cancelled at the decision price, not walked on into the take-profit, which
     * self-trade prevention would have cancelled without a word.
     */
    @Test
    void aMarketOrdersRestPastTheVolumeCapLeavesTheStrategysOwnRestingOrderAlone() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0.5");
        liquidity.walk(10_000, 10_000, 10_000, 10_000, 100_000);
        liquidity.openDecisionsAtNextOpen(10_000, 10_000, 100_000);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 20_000);
        place(liquidity, Side.SELL, OrderType.LIMIT, 11_000, 0, 20_000);
        liquidity.closeDecisions();
        liquidity.walk(10_000, 10_000, 10_000, 10_000, 100_000);
        liquidity.openDecisionsAtNextOpen(10_000, 10_000, 100_000);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 80_000);
        liquidity.closeDecisions();
        liquidity.walk(10_000, 10_000, 10_000, 10_000, 100_000); // the candle whose budget the buy took
        liquidity.walk(10_000, 11_000, 10_000, 11_000, 100_000);
        assertEquals(List.of("buy 20000 @ 10000", "buy 50000 @ 10000", "sell 20000 @ 11000"), strategyFills,
                "the take-profit was still there for the rise to 110.00");
    }

    /**
     * A sell resting at 101.00 when the next candle gaps open at 105.00: it sells at 101.00 in the
     * gap, before the market buy the strategy decided at the close reaches the open, which then buys
     * at 105.00. The buy once took the resting sell as its first ask, and self-trade prevention
     * cancelled it.
     */
    @Test
    void theGapToTheNextOpenFillsRestingOrdersBeforeTheDecisionsOrdersTrade() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0");
        liquidity.walk(10_000, 10_000, 10_000, 10_000, 1_000_000);
        liquidity.openDecisionsAtNextOpen(10_000, 10_000, 1_000_000);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 20_000);
        place(liquidity, Side.SELL, OrderType.LIMIT, 10_100, 0, 20_000);
        liquidity.closeDecisions();
        liquidity.walk(10_000, 10_050, 9_900, 10_000, 1_000_000);
        liquidity.openDecisionsAtNextOpen(10_500, 10_000, 1_000_000);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 10_000);
        liquidity.closeDecisions();
        assertEquals(List.of("buy 20000 @ 10000", "sell 20000 @ 10100", "buy 10000 @ 10500"), strategyFills);
    }

    /**
     * A bid at 96.00 and a stop-loss sell at 97.00 below a close of 99.50; the next candle gaps open
     * at 95.00. The bid fills at its own price; the stop triggers at the open and sells there. The
     * bid's fill at 96.00 used to trigger the stop at once, with no liquidity posted for it: it
     * ended cancelled, unfilled, without a reason.
     */
    @Test
    void aStopTheGapPassesStillFillsWhenARestingBidFilledInTheSameGap() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0");
        liquidity.walk(9_950, 9_950, 9_950, 9_950, 1_000_000);
        place(liquidity, Side.BUY, OrderType.LIMIT, 9_600, 0, 10_000);
        place(liquidity, Side.SELL, OrderType.STOP_MARKET, 0, 9_700, 10_000);
        liquidity.walk(9_500, 9_550, 9_450, 9_500, 1_000_000);
        assertEquals(List.of("buy 10000 @ 9600", "sell 10000 @ 9500"), strategyFills);
    }

    @Test
    void decisionFillsAndThePathOfTheSameCandleShareOneVolumeBudget() {
        CandleLiquidity liquidity = buyTwoAtTheOpenAndBidAt99(10);
        liquidity.walk(10_000, 10_100, 9_800, 10_050, 100_000);
        assertEquals(List.of("buy 10000 @ 10000"), strategyFills, "a tenth of the candle's volume of 10 is 1 in all");
    }

    @Test
    void theNextCandleHasItsOwnBudgetForThePath() {
        CandleLiquidity liquidity = buyTwoAtTheOpenAndBidAt99(10);
        liquidity.walk(10_000, 10_100, 9_950, 10_050, 100_000);
        liquidity.walk(10_000, 10_100, 9_800, 10_050, 100_000);
        assertEquals(List.of("buy 10000 @ 10000", "buy 10000 @ 9900"), strategyFills);
    }

    /**
     * With a volume share of 0.1, the strategy decides to buy 2 at the next open (a candle of
     * {@code nextVolume}) and to bid for 1 more at 99.00.
     */
    private CandleLiquidity buyTwoAtTheOpenAndBidAt99(long nextVolume) {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0.1");
        liquidity.openDecisions(10_000, nextVolume * 10_000);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 20_000);
        place(liquidity, Side.BUY, OrderType.LIMIT, 9_900, 0, 10_000);
        liquidity.closeDecisions();
        return liquidity;
    }

    @Test
    void slippageRoundsAgainstTheStrategyBuysUpSellsDown() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0.006005", "0");
        liquidity.openDecisions(10_000, 1_000_000);
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 10_000);
        place(liquidity, Side.SELL, OrderType.MARKET, 0, 0, 10_000);
        liquidity.closeDecisions();
        assertEquals(List.of("buy 10000 @ 10061", "sell 10000 @ 9939"), strategyFills,
                "100.6005 is paid as 100.61 and 99.3995 received as 99.39");
    }
}
