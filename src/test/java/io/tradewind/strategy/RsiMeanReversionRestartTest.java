package io.tradewind.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import examples.RsiMeanReversion;
import io.tradewind.domain.OrderStatus;
import io.tradewind.domain.OrderType;
import io.tradewind.domain.Side;
import io.tradewind.marketdata.Candle;
import io.tradewind.marketdata.CandleChunk;
import io.tradewind.marketdata.CandleScales;
import io.tradewind.strategy.ta4j.Ta4jAdapters;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;

/**
 * After a restart of the service the RSI example starts as a new object: it forgot the stop it
 * had placed, which held the position's base, so each exit sell was refused for lack of balance
 * (found by a user running it in paper mode). It picks its open orders up in onStart.
 */
class RsiMeanReversionRestartTest {

    @Test
    void afterARestartTheExitCancelsTheStopPlacedBeforeIt() {
        BarSeries rising = Ta4jAdapters.newBoundedSeries("BTC-USD", 100);
        CandleChunk chunk = new CandleChunk(new CandleScales(2, 4, 2), 32);
        for (int minute = 0; minute < 20; minute++) {
            BigDecimal price = BigDecimal.valueOf(100 + minute);
            chunk.add(new Candle(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * minute), price, price, price,
                    price, BigDecimal.TEN, price.multiply(BigDecimal.TEN)));
            Ta4jAdapters.addBar(rising, chunk, minute, Duration.ofMinutes(1));
        }
        OpenOrder stopBeforeTheRestart = new OpenOrder("s1k2-7", Side.SELL, OrderType.STOP_MARKET, null,
                new BigDecimal("95"), BigDecimal.ONE, BigDecimal.ZERO, OrderStatus.QUEUED);
        RsiMeanReversion strategy = new RsiMeanReversion();
        StrategyParameters parameters = StrategyParameters.of(strategy, Map.of());
        List<String> actions = new ArrayList<>();
        StrategyContext restarted = (StrategyContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StrategyContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "series" -> rising;
                    case "parameters" -> parameters;
                    case "openOrders" -> List.of(stopBeforeTheRestart);
                    case "position" -> BigDecimal.ONE;
                    case "warmingUp" -> false;
                    case "cancel" -> actions.add("cancel " + args[0]);
                    case "because" -> {
                        actions.add("because " + args[0]);
                        yield proxy;
                    }
                    case "sellMarket" -> {
                        actions.add("sell " + args[0]);
                        yield new OrderHandle("s1k3-1", OrderStatus.FILLED, List.of());
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        strategy.onStart(restarted);
        strategy.onCandle(restarted); // twenty rising closes: the RSI is far above 70

        assertEquals(List.of("cancel s1k2-7", "because overbought", "sell 1"), actions);
    }
}
