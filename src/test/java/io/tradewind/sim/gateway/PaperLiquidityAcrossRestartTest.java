package io.tradewind.sim.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tradewind.backtest.CandleLiquidity;
import io.tradewind.backtest.FillModel;
import io.tradewind.domain.OrderRequest;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paper trading's liquidity comes from market data (the backtest's candle liquidity); a restarted
 * venue takes new liquidity on the accounts the old one opened, and what the liquidity fills is
 * saved like any other change.
 */
class PaperLiquidityAcrossRestartTest {

    private static final long PRICE = 100_000_000_000L;

    @Test
    void liquidityBuiltOnARestoredVenueFillsItsRestingOrdersAndTheFillsSurviveTheNextRestart() throws Exception {
        InMemoryPaperVenueStore store = new InMemoryPaperVenueStore();
        DurablePaperGateway venue = DurablePaperGatewayTest.open(store);
        CandleLiquidity liquidity = liquidity(venue);
        liquidity.openDecisions(PRICE, 100_000_000);
        assertEquals(OrderStatus.FILLED, venue.place(OrderRequest.market("m1", "alice", "BTC-IRR", Side.BUY, "0.1")).status());
        liquidity.closeDecisions();
        venue.place(OrderRequest.limit("s1", "alice", "BTC-IRR", Side.SELL, "101000000000", "0.25", null));

        DurablePaperGateway restarted = DurablePaperGatewayTest.open(store);
        CandleLiquidity again = liquidity(restarted);
        restarted.update(exchange -> again.walk(PRICE, 102_000_000_000L, 99_000_000_000L, 101_500_000_000L, 100_000_000));
        List<String> pushed = new ArrayList<>();
        DurablePaperGatewayTest.open(store).deliverEvents(DurablePaperGatewayTest.recorder(pushed));

        assertEquals(List.of("trade alice s1 0.25000000", "order s1 filled 0.25000000"), pushed,
                "the walk's fill was saved before anyone heard of it");
        assertEquals(restarted.exchange().snapshot(), store.load("paper").orElseThrow().exchange());
        assertNull(PaperInvariants.violation(restarted.exchange().snapshot()));
    }

    private static CandleLiquidity liquidity(DurablePaperGateway venue) {
        CandleLiquidity liquidity = new CandleLiquidity(venue.exchange(), venue.exchange().market("BTC-IRR"),
                FillModel.NEXT_OPEN, BigDecimal.ZERO, BigDecimal.ZERO);
        venue.useLiquidity(liquidity);
        return liquidity;
    }
}
