package io.tradewind.execution;

import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Positions and realised profit per strategy instance and instrument, built from fills with
 * average-cost accounting. Quantities are exact; the cost share released by a partial reduction
 * is a quotient and is rounded to 34 significant digits (it feeds risk limits, never moves money).
 */
public final class PositionBook {

    private final Map<String, Position> positions = new HashMap<>();
    private final Map<String, BigDecimal> realisedByDay = new HashMap<>();

    /**
     * Books one fill.
     *
     * @param quoteAsset the quote asset of the fill's instrument; fees in it reduce realised
     *                   profit, fees in other assets are left to the balances
     */
    public void apply(FillRecord fill, String quoteAsset) {
        String key = fill.strategyInstance() + '\n' + fill.symbol();
        Position before = positions.getOrDefault(key, Position.flat(fill.strategyInstance(), fill.symbol()));
        BigDecimal signed = fill.side() == Side.BUY ? fill.quantity() : fill.quantity().negate();
        BigDecimal signedCost = fill.side() == Side.BUY ? fill.notional() : fill.notional().negate();
        BigDecimal realised = BigDecimal.ZERO;
        BigDecimal quantity = before.quantity();
        BigDecimal cost = before.cost();
        if (quantity.signum() == 0 || quantity.signum() == signed.signum()) {
            quantity = quantity.add(signed);
            cost = cost.add(signedCost);
        } else {
            BigDecimal closing = signed.abs().min(quantity.abs());
            BigDecimal releasedCost = cost.multiply(closing).divide(quantity.abs(), MathContext.DECIMAL128);
            BigDecimal closingValue = fill.price().multiply(closing);
            realised = quantity.signum() > 0
                    ? closingValue.subtract(releasedCost)
                    : releasedCost.negate().subtract(closingValue);
            quantity = quantity.add(signed);
            cost = cost.subtract(releasedCost);
            if (quantity.signum() == 0) {
                cost = BigDecimal.ZERO;
            } else if (quantity.signum() == signed.signum()) {
                // flipped through zero: the rest opens a new position at the fill price
                cost = fill.price().multiply(quantity);
            }
        }
        if (fill.feeAsset().equals(quoteAsset)) {
            realised = realised.subtract(fill.fee());
        }
        positions.put(key, new Position(fill.strategyInstance(), fill.symbol(), quantity, cost,
                before.realisedPnl().add(realised)));
        realisedByDay.merge(fill.strategyInstance() + '\n' + day(fill), realised, BigDecimal::add);
    }

    public Position position(String strategyInstance, String symbol) {
        return positions.getOrDefault(strategyInstance + '\n' + symbol, Position.flat(strategyInstance, symbol));
    }

    /** Net position of all strategy instances in one instrument. */
    public BigDecimal netQuantity(String symbol) {
        return positions.values().stream()
                .filter(p -> p.symbol().equals(symbol))
                .map(Position::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Realised profit (negative: loss) of one strategy instance on a UTC day. */
    public BigDecimal realisedOn(String strategyInstance, LocalDate day) {
        return realisedByDay.getOrDefault(strategyInstance + '\n' + day, BigDecimal.ZERO);
    }

    /** Realised profit of all strategy instances on a UTC day. */
    public BigDecimal realisedOn(LocalDate day) {
        String suffix = "\n" + day;
        return realisedByDay.entrySet().stream()
                .filter(e -> e.getKey().endsWith(suffix))
                .map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Position> all() {
        return new ArrayList<>(positions.values());
    }

    private static LocalDate day(FillRecord fill) {
        return LocalDate.ofInstant(fill.time(), ZoneOffset.UTC);
    }
}
