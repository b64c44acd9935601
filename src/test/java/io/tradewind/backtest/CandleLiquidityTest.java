package io.tradewind.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.domain.Instrument;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.domain.TimeInForce;
import io.tradewind.sim.ExchangeListener;
import io.tradewind.sim.Market;
import io.tradewind.sim.PlaceOrder;
import io.tradewind.sim.SimAccount;
import io.tradewind.sim.SimOrder;
import io.tradewind.sim.SimTrade;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.ReferenceOrderBook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Candles become fills of the strategy's orders at the documented prices. Prices in cents, quantities in 0.0001. */
class CandleLiquidityTest {

    private final List<String> strategyFills = new ArrayList<>();
    private SimulatedExchange exchange;
    private Market market;
    private SimAccount strategy;
    private long nextId = 1;

    @BeforeEach
    void setUp() {
        exchange = new SimulatedExchange(ReferenceOrderBook::new, new ExchangeListener() {
            @Override
            public void onOrder(SimOrder order) {
            }

            @Override
            public void onTrade(SimTrade trade) {
                SimOrder mine = trade.maker().id() > 0 ? trade.maker() : trade.taker().id() > 0 ? trade.taker() : null;
                if (mine != null) {
                    strategyFills.add(mine.side().wireName() + " " + trade.quantity() + " @ " + trade.price());
                }
            }
        });
        market = exchange.addInstrument(Instrument.of("BTC-USD", "BTC", "USD", "0.01", "0.0001", "0.0001", "0", "0"));
        strategy = exchange.openAccount("strategy");
        exchange.deposit(strategy, "USD", new BigDecimal("1000000"));
        exchange.deposit(strategy, "BTC", new BigDecimal("100"));
    }

    private CandleLiquidity liquidity(FillModel model, String slippage, String share) {
        return new CandleLiquidity(exchange, market, model, new BigDecimal(slippage), new BigDecimal(share));
    }

    private void place(CandleLiquidity liquidity, Side side, OrderType type, long price, long stop, long quantity) {
        PlaceOrder request = new PlaceOrder().id(nextId++).account(strategy).market(market).side(side).type(type)
                .price(price).stopPrice(stop).quantity(quantity).timeInForce(type == OrderType.LIMIT
                        ? TimeInForce.GOOD_TILL_CANCELED : TimeInForce.IMMEDIATE_OR_CANCEL);
        liquidity.beforeOrder(side, type, price, quantity);
        exchange.place(request);
        liquidity.afterOrder();
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

    @Test
    void aMarketOrderOutsideADecisionWindowFindsNoLiquidity() {
        CandleLiquidity liquidity = liquidity(FillModel.NEXT_OPEN, "0", "0");
        place(liquidity, Side.BUY, OrderType.MARKET, 0, 0, 10_000);
        assertEquals(List.of(), strategyFills);
    }
}
