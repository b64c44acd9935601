package io.tradewind.execution;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Positions and realised profit per strategy instance and instrument, built from fills with
 * average-cost accounting. Quantities are exact; the cost share released by a partial reduction
 * is a quotient and is rounded to 34 significant digits (it feeds risk limits, never moves money);
 * closing a whole position releases its whole cost, exactly.
 *
 * <p>Looked up on every order and fill, so the maps are nested by strategy instance instead of
 * keyed by composed strings: a look-up allocates nothing.
 *
 * <p>Each position also remembers what it realised on the day of its newest fill, which is all a
 * restarted service needs for today's loss limits: {@link #record} gives the row to store with the
 * fill, {@link #load} rebuilds the book from those rows without the fills.
 */
public final class PositionBook {

    /**
     * The decimals a partly released cost is kept to: those the store keeps amounts at, so that a
     * position and its realised profit read the same before and after a restart (34 significant
     * digits in memory, 18 decimals once stored and read back).
     */
    private static final int COST_SCALE = 18;

    private final Map<String, Map<String, Position>> positions = new HashMap<>();
    private final Map<String, Map<String, DayRealised>> lastDays = new HashMap<>();
    private final Map<String, Map<LocalDate, BigDecimal>> realisedByDay = new HashMap<>();
    private final Map<LocalDate, BigDecimal> realisedByDayAll = new HashMap<>();
    private final UtcDays utcDays = new UtcDays();

    /**
     * Books one fill.
     *
     * @param quoteAsset the quote asset of the fill's instrument; fees in it reduce realised
     *                   profit, fees in other assets are left to the balances
     */
    public void apply(FillRecord fill, String quoteAsset) {
        Map<String, Position> ofInstance = positions.computeIfAbsent(fill.strategyInstance(), instance -> new HashMap<>());
        Position before = ofInstance.get(fill.symbol());
        if (before == null) {
            before = Position.flat(fill.strategyInstance(), fill.symbol());
        }
        BigDecimal signed = fill.side() == Side.BUY ? fill.quantity() : fill.quantity().negate();
        BigDecimal notional = fill.notional();
        BigDecimal signedCost = fill.side() == Side.BUY ? notional : notional.negate();
        BigDecimal realised = BigDecimal.ZERO;
        BigDecimal quantity = before.quantity();
        BigDecimal cost = before.cost();
        if (quantity.signum() == 0 || quantity.signum() == signed.signum()) {
            quantity = Decimals.plus(quantity, signed);
            cost = Decimals.plus(cost, signedCost);
        } else {
            BigDecimal held = quantity.abs();
            BigDecimal closing = signed.abs().min(held);
            BigDecimal releasedCost = closing.compareTo(held) == 0 ? cost
                    : cost.multiply(closing).divide(held, COST_SCALE, RoundingMode.HALF_EVEN);
            BigDecimal closingValue = fill.price().multiply(closing);
            realised = quantity.signum() > 0
                    ? closingValue.subtract(releasedCost)
                    : releasedCost.negate().subtract(closingValue);
            quantity = Decimals.plus(quantity, signed);
            cost = Decimals.minus(cost, releasedCost);
            if (quantity.signum() == 0) {
                cost = BigDecimal.ZERO;
            } else if (quantity.signum() == signed.signum()) {
                // flipped through zero: the rest opens a new position at the fill price
                cost = fill.price().multiply(quantity);
            }
        }
        if (fill.feeAsset().equals(quoteAsset)) {
            realised = Decimals.minus(realised, fill.fee());
        }
        ofInstance.put(fill.symbol(), new Position(fill.strategyInstance(), fill.symbol(), quantity, cost,
                Decimals.plus(before.realisedPnl(), realised)));
        LocalDate day = utcDays.of(fill.time());
        Map<String, DayRealised> days = lastDays.computeIfAbsent(fill.strategyInstance(), instance -> new HashMap<>());
        DayRealised last = days.get(fill.symbol());
        if (last == null || day.isAfter(last.day())) {
            days.put(fill.symbol(), new DayRealised(day, realised));
        } else if (day.equals(last.day())) {
            days.put(fill.symbol(), new DayRealised(day, Decimals.plus(last.realised(), realised)));
        } // an older day's late fill: today's figure is unchanged
        realisedByDay.computeIfAbsent(fill.strategyInstance(), instance -> new HashMap<>()).merge(day, realised, Decimals::plus);
        realisedByDayAll.merge(day, realised, Decimals::plus);
    }

    /** Replaces the book's content with stored positions; realised profit is known for their last days only. */
    public void load(List<PositionRecord> records) {
        positions.clear();
        lastDays.clear();
        realisedByDay.clear();
        realisedByDayAll.clear();
        for (PositionRecord record : records) {
            positions.computeIfAbsent(record.strategyInstance(), instance -> new HashMap<>())
                    .put(record.symbol(), record.position());
            if (record.realisedDay() != null) {
                lastDays.computeIfAbsent(record.strategyInstance(), instance -> new HashMap<>())
                        .put(record.symbol(), new DayRealised(record.realisedDay(), record.realisedOnDay()));
                realisedByDay.computeIfAbsent(record.strategyInstance(), instance -> new HashMap<>())
                        .merge(record.realisedDay(), record.realisedOnDay(), BigDecimal::add);
                realisedByDayAll.merge(record.realisedDay(), record.realisedOnDay(), BigDecimal::add);
            }
        }
    }

    /** The row to store for a position after {@link #apply}. */
    public PositionRecord record(String venue, String strategyInstance, String symbol) {
        Position position = position(strategyInstance, symbol);
        Map<String, DayRealised> days = lastDays.get(strategyInstance);
        DayRealised last = days == null ? null : days.get(symbol);
        return new PositionRecord(venue, strategyInstance, symbol, position.quantity(), position.cost(),
                position.realisedPnl(), last == null ? null : last.day(), last == null ? BigDecimal.ZERO : last.realised());
    }

    private record DayRealised(LocalDate day, BigDecimal realised) {
    }

    public Position position(String strategyInstance, String symbol) {
        Map<String, Position> ofInstance = positions.get(strategyInstance);
        Position position = ofInstance == null ? null : ofInstance.get(symbol);
        return position != null ? position : Position.flat(strategyInstance, symbol);
    }

    /** Net position of all strategy instances in one instrument. */
    public BigDecimal netQuantity(String symbol) {
        BigDecimal net = BigDecimal.ZERO;
        for (Map<String, Position> ofInstance : positions.values()) {
            Position position = ofInstance.get(symbol);
            if (position != null) {
                net = net.add(position.quantity());
            }
        }
        return net;
    }

    /** Realised profit (negative: loss) of one strategy instance on a UTC day. */
    public BigDecimal realisedOn(String strategyInstance, LocalDate day) {
        Map<LocalDate, BigDecimal> ofInstance = realisedByDay.get(strategyInstance);
        BigDecimal realised = ofInstance == null ? null : ofInstance.get(day);
        return realised != null ? realised : BigDecimal.ZERO;
    }

    /** Realised profit of all strategy instances on a UTC day. */
    public BigDecimal realisedOn(LocalDate day) {
        return realisedByDayAll.getOrDefault(day, BigDecimal.ZERO);
    }

    public List<Position> all() {
        List<Position> all = new ArrayList<>();
        positions.values().forEach(ofInstance -> all.addAll(ofInstance.values()));
        return all;
    }
}
