package io.tradewind.live;

import io.tradewind.domain.Instrument;
import io.tradewind.execution.StoreException;
import io.tradewind.sim.Market;
import io.tradewind.sim.SimulatedExchange;
import io.tradewind.sim.book.FastOrderBook;
import io.tradewind.sim.gateway.DurablePaperGateway;
import io.tradewind.sim.gateway.PaperVenueStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes the paper venue from its configuration: the one place that decides what a paper venue is
 * made of.
 */
public final class PaperVenueFactory {

    private PaperVenueFactory() {
    }

    /**
     * Resumes the paper venue kept in {@code store}, or creates it the first time. Configuration
     * only adds to a kept venue: instruments it does not list yet, and accounts it has not opened
     * yet, funded with their configured balances. An account it has keeps its own balances, as a
     * real venue's would: the configured ones are where a new account starts.
     *
     * @param instruments the instruments it lists, by symbol
     * @param accounts    starting balances of new accounts, by account, then asset
     * @param slippage    fraction of the price a market order's fill moves against it
     * @param maxVolumeShare largest share of a candle's volume an account's fills may take, 0 for no limit
     * @throws IllegalArgumentException an instrument's configuration differs from what the kept venue lists
     * @throws StoreException           the store cannot be read or written
     */
    public static PaperVenue open(PaperVenueStore store, Map<String, Instrument> instruments,
            Map<String, Map<String, BigDecimal>> accounts, BigDecimal slippage, BigDecimal maxVolumeShare) {
        DurablePaperGateway durable = DurablePaperGateway.open(PaperVenue.NAME, store, FastOrderBook::new, created -> {
        });
        for (Instrument instrument : instruments.values()) {
            Market listed = durable.exchange().market(instrument.symbol());
            List<String> changed = listed == null ? List.of() : changedTerms(listed.instrument(), instrument);
            if (!changed.isEmpty()) {
                throw new IllegalArgumentException("the paper venue kept in the store lists " + instrument.symbol()
                        + " with other terms than the configuration: " + String.join(", ", changed)
                        + "; a kept paper venue cannot change an instrument: configure the kept terms again,"
                        + " or start the service on a new data directory for a fresh paper venue");
            }
        }
        durable.update(exchange -> addConfigured(exchange, instruments, accounts));
        return new PaperVenue(durable, instruments.keySet(), slippage, maxVolumeShare);
    }

    /** The terms that differ, as "name kept → configured"; decimals compare by value, not scale. */
    private static List<String> changedTerms(Instrument kept, Instrument configured) {
        List<String> changed = new ArrayList<>();
        compare(changed, "base", kept.base(), configured.base());
        compare(changed, "quote", kept.quote(), configured.quote());
        compare(changed, "tick", kept.tickSize(), configured.tickSize());
        compare(changed, "step", kept.stepSize(), configured.stepSize());
        compare(changed, "min", kept.minQuantity(), configured.minQuantity());
        compare(changed, "min-notional", kept.minNotional(), configured.minNotional());
        compare(changed, "max-quantity", kept.maxQuantity(), configured.maxQuantity());
        compare(changed, "maker-fee", kept.makerFee(), configured.makerFee());
        compare(changed, "taker-fee", kept.takerFee(), configured.takerFee());
        compare(changed, "status", kept.status(), configured.status());
        compare(changed, "price-band", kept.priceBand(), configured.priceBand());
        compare(changed, "sessions", kept.sessions(), configured.sessions());
        return changed;
    }

    private static void compare(List<String> changed, String term, Object kept, Object configured) {
        boolean same = kept instanceof BigDecimal a && configured instanceof BigDecimal b ? a.compareTo(b) == 0
                : Objects.equals(kept, configured);
        if (!same) {
            changed.add(term + " " + text(kept) + " → " + text(configured));
        }
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    private static void addConfigured(SimulatedExchange exchange, Map<String, Instrument> instruments,
            Map<String, Map<String, BigDecimal>> accounts) {
        for (Instrument instrument : instruments.values()) {
            if (exchange.market(instrument.symbol()) == null) {
                exchange.addInstrument(instrument);
            }
        }
        accounts.forEach((name, balances) -> {
            if (exchange.account(name) == null) {
                var opened = exchange.openAccount(name);
                balances.forEach((asset, amount) -> exchange.deposit(opened, asset, amount));
            }
        });
    }
}
