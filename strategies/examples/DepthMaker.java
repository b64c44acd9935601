package examples;

import io.tradewind.marketdata.DepthSnapshot;
import io.tradewind.strategy.ParameterSpec;
import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyContext;
import io.tradewind.strategy.StrategyPlugin;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A depth-aware market maker: on every order-book snapshot it cancels its quotes and puts a bid
 * and an ask around the mid price, {@code spread} apart. It buys while its inventory is below
 * {@code max_inventory} (in quote value, as a share of its starting quote balance) and offers
 * what it holds. Cancel-and-replace on every snapshot exercises holds, partial fills and cancels.
 */
@StrategyPlugin
public class DepthMaker implements Strategy {

    private BigDecimal startingQuote;

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.decimal("spread", "0.002", "0.0001", "0.1", "distance between bid and ask, as a fraction of the mid"),
                ParameterSpec.decimal("order_share", "0.1", "0.001", "1", "quote balance share per bid"),
                ParameterSpec.decimal("max_inventory", "0.5", "0", "1", "largest inventory value, as a share of the starting quote balance"));
    }

    @Override
    public void onStart(StrategyContext context) {
        startingQuote = context.available(context.instrument().quote());
    }

    @Override
    public void onDepth(StrategyContext context) {
        DepthSnapshot depth = context.depth();
        BigDecimal mid = depth == null ? null : depth.mid();
        if (mid == null) {
            return;
        }
        context.cancelAll();
        BigDecimal half = context.parameters().decimal("spread").divide(BigDecimal.valueOf(2));
        BigDecimal tick = context.instrument().tickSize();
        BigDecimal step = context.instrument().stepSize();
        BigDecimal bid = mid.multiply(BigDecimal.ONE.subtract(half)).divide(tick, 0, RoundingMode.DOWN).multiply(tick);
        BigDecimal ask = mid.multiply(BigDecimal.ONE.add(half)).divide(tick, 0, RoundingMode.UP).multiply(tick);

        BigDecimal position = context.position();
        BigDecimal inventoryLimit = startingQuote.multiply(context.parameters().decimal("max_inventory"));
        if (position.multiply(mid).compareTo(inventoryLimit) < 0) {
            BigDecimal spend = context.available(context.instrument().quote()).multiply(context.parameters().decimal("order_share"));
            BigDecimal size = spend.divide(bid.multiply(step), 0, RoundingMode.DOWN).multiply(step);
            if (size.compareTo(context.instrument().minQuantity()) >= 0) {
                context.buyLimit(bid, size);
            }
        }
        if (position.compareTo(context.instrument().minQuantity()) >= 0) {
            context.sellLimit(ask, position.divide(step, 0, RoundingMode.DOWN).multiply(step));
        }
    }
}
