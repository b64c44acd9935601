package io.tradewind.backtest;

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
import io.tradewind.sim.book.FastOrderBook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated exchange with one market and the strategy's account, for tests of the candle market.
 * The strategy's fills are recorded as "side quantity @ price" in the market's units.
 */
final class CandleMarketFixture {

    final List<String> strategyFills = new ArrayList<>();
    final SimulatedExchange exchange;
    final Market market;
    final SimAccount strategy;
    private long nextId = 1;

    CandleMarketFixture(Instrument instrument) {
        exchange = new SimulatedExchange(FastOrderBook::new, new ExchangeListener() {
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
        market = exchange.addInstrument(instrument);
        strategy = exchange.openAccount("strategy");
    }

    CandleLiquidity liquidity(FillModel model, String slippage, String share) {
        return new CandleLiquidity(exchange, market, model, new BigDecimal(slippage), new BigDecimal(share));
    }

    /**
     * Places a strategy order as the gateway does, between the liquidity's before and after
     * calls. Orders with a limit price rest; market and stop-market orders are immediate-or-cancel.
     */
    void place(CandleLiquidity liquidity, Side side, OrderType type, long price, long stop, long quantity) {
        PlaceOrder request = new PlaceOrder().id(nextId++).account(strategy).market(market).side(side).type(type)
                .price(price).stopPrice(stop).quantity(quantity).timeInForce(type.needsPrice()
                        ? TimeInForce.GOOD_TILL_CANCELED : TimeInForce.IMMEDIATE_OR_CANCEL);
        liquidity.beforeOrder(side, type, price, quantity);
        exchange.place(request);
        liquidity.afterOrder();
    }
}
