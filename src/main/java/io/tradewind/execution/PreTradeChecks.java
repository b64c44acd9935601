package io.tradewind.execution;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.RejectionReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything checked before an order is stored and sent: the instrument (known, active, prices
 * the type needs), the global and the strategy instance's risk limits, and the available balance
 * (last known venue balance minus local holds). Pure: the caller passes the state.
 */
final class PreTradeChecks {

    /**
     * The state of the service an order is checked against.
     *
     * @param balance the account's last known balance of the asset the order spends, or
     *                {@code null} at a venue that lists no balances (no balance check then)
     */
    record State(String venue, Instrument instrument, BigDecimal lastPrice, RiskContext global,
            RiskContext strategy, BalanceRecord balance, BigDecimal held) {
    }

    private PreTradeChecks() {
    }

    /** Instrument problems that make the order impossible to size or send; empty if none. */
    static List<RiskRefusal> instrument(OrderRecord order, Instrument instrument, BigDecimal lastPrice,
            String venue, Iterable<String> knownSymbols) {
        List<RiskRefusal> refusals = new ArrayList<>();
        if (instrument == null) {
            String meant = null;
            for (String known : knownSymbols) {
                meant = known.equalsIgnoreCase(order.symbol()) ? known : meant;
            }
            refusals.add(new RiskRefusal(RejectionReason.UNKNOWN_SYMBOL, "instrument", scope(venue),
                    "symbol " + order.symbol() + " is not configured" + (meant == null ? ""
                            : " (did you mean " + meant + "? symbols are matched in their letter case)")
                    + "; known: " + String.join(", ", knownSymbols)));
            return refusals;
        }
        if (instrument.status() != InstrumentStatus.ACTIVE) {
            refusals.add(new RiskRefusal(RejectionReason.SYMBOL_NOT_ACTIVE, "instrument", scope(venue),
                    "symbol " + order.symbol() + " is not active"));
        }
        if (order.type().needsPrice() && order.price() == null) {
            refusals.add(new RiskRefusal(RejectionReason.PRICE_MISSING, "instrument", scope(venue),
                    "a " + order.type().wireName() + " order needs a price"));
        }
        if (order.type().needsStopPrice() && order.stopPrice() == null) {
            refusals.add(new RiskRefusal(RejectionReason.STOP_PRICE_MISSING, "instrument", scope(venue),
                    "a " + order.type().wireName() + " order needs a stop price"));
        }
        if (unitPrice(order, lastPrice) == null) {
            refusals.add(new RiskRefusal(RejectionReason.PRICE_MISSING, "reference_price", scope(venue),
                    "no last price known for " + order.symbol() + " to size a " + order.type().wireName() + " order"));
        }
        return refusals;
    }

    /** Risk limits of both scopes and the balance; call only when {@link #instrument} found nothing. */
    static List<RiskRefusal> limitsAndBalance(OrderRecord order, RiskConfig risk, State state) {
        List<RiskRefusal> refusals = new ArrayList<>();
        BigDecimal notional = unitPrice(order, state.lastPrice()).multiply(order.quantity());
        refusals.addAll(RiskChecks.check(order, notional, risk.global(), state.global()));
        refusals.addAll(RiskChecks.check(order, notional, risk.forStrategy(order.strategyInstance()), state.strategy()));
        if (state.balance() == null) {
            return refusals; // the venue lists no balances and checks funds itself
        }

        String asset = HoldsLedger.heldAsset(order, state.instrument());
        BigDecimal needed = HoldsLedger.requiredHold(order, state.instrument(), state.lastPrice());
        BigDecimal total = state.balance().total();
        BigDecimal available = Decimals.minus(total, state.held());
        if (needed.compareTo(available) > 0) {
            refusals.add(new RiskRefusal(RejectionReason.INSUFFICIENT_BALANCE, "balance", "account " + order.account(),
                    "needs " + plain(needed) + " " + asset + ", available " + plain(available)
                            + " (balance " + plain(total) + " minus held " + plain(state.held()) + "): short by "
                            + plain(needed.subtract(available))));
        }
        return refusals;
    }

    /**
     * The instrument's grid and size limits, which the venue checks when the order reaches it: asked
     * only of an order refused here already, so that the refusal lists every check it fails.
     */
    static List<RiskRefusal> grid(OrderRecord order, Instrument instrument, String venue) {
        List<RiskRefusal> refusals = new ArrayList<>();
        if (order.type().needsPrice() && order.price() != null && !instrument.onTickGrid(order.price())) {
            refusals.add(gridRefusal(RejectionReason.PRICE_NOT_MULTIPLE_OF_TICK_SIZE, venue, "price " + plain(order.price())
                    + " is not a multiple of the tick size " + plain(instrument.tickSize())));
        }
        if (order.type().needsStopPrice() && order.stopPrice() != null && !instrument.onTickGrid(order.stopPrice())) {
            refusals.add(gridRefusal(RejectionReason.STOP_PRICE_NOT_MULTIPLE_OF_TICK_SIZE, venue, "stop price "
                    + plain(order.stopPrice()) + " is not a multiple of the tick size " + plain(instrument.tickSize())));
        }
        if (order.quantity() == null) {
            return refusals; // a market buy sized by a quote budget: the venue sizes it on the grid
        }
        if (order.quantity().compareTo(instrument.minQuantity()) < 0) {
            refusals.add(gridRefusal(RejectionReason.QUANTITY_BELOW_MINIMUM, venue, "quantity " + plain(order.quantity())
                    + " is below the minimum " + plain(instrument.minQuantity())));
        }
        if (!instrument.onStepGrid(order.quantity())) {
            refusals.add(gridRefusal(RejectionReason.QUANTITY_NOT_MULTIPLE_OF_STEP_SIZE, venue, "quantity "
                    + plain(order.quantity()) + " is not a multiple of the step size " + plain(instrument.stepSize())));
        }
        if (instrument.maxQuantity() != null && order.quantity().compareTo(instrument.maxQuantity()) > 0) {
            refusals.add(gridRefusal(RejectionReason.OVER_MAXIMUM_ORDER_SIZE, venue, "quantity " + plain(order.quantity())
                    + " is over the maximum " + plain(instrument.maxQuantity())));
        }
        if (instrument.minNotional() != null && instrument.minNotional().signum() > 0 && order.type().needsPrice()
                && order.price() != null && order.price().multiply(order.quantity()).compareTo(instrument.minNotional()) < 0) {
            refusals.add(gridRefusal(RejectionReason.NOTIONAL_BELOW_MINIMUM, venue, "price × quantity "
                    + plain(order.price().multiply(order.quantity())) + " is below the minimum " + plain(instrument.minNotional())));
        }
        return refusals;
    }

    private static RiskRefusal gridRefusal(RejectionReason reason, String venue, String detail) {
        return new RiskRefusal(reason, "instrument", scope(venue), detail);
    }

    /** Made only for a refusal: the check runs for every order. */
    private static String scope(String venue) {
        return "venue " + venue;
    }

    /** The price an order is sized at: its limit, else its stop, else the last trade price. */
    private static BigDecimal unitPrice(OrderRecord order, BigDecimal lastPrice) {
        return order.price() != null ? order.price() : order.stopPrice() != null ? order.stopPrice() : lastPrice;
    }

    private static String plain(BigDecimal value) {
        return Decimals.format(value);
    }
}
