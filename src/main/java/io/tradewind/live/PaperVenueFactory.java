package io.tradewind.live;

import io.tradewind.domain.Instrument;
import io.tradewind.execution.BalanceRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the paper venue from its configuration: the one place that decides what a paper venue is
 * made of, so that a venue whose books and balances are kept in the store can replace it.
 */
public final class PaperVenueFactory {

    private PaperVenueFactory() {
    }

    /**
     * The starting balances of a paper venue kept in memory: what the store last reconciled of
     * each account (total, as its open orders are gone with the old venue), so that a restart
     * resumes the paper account with its positions; the configured balances for accounts the
     * store does not know yet.
     */
    public static Map<String, Map<String, BigDecimal>> resumedBalances(List<BalanceRecord> stored,
            Map<String, Map<String, BigDecimal>> configured) {
        Map<String, Map<String, BigDecimal>> balances = new TreeMap<>(configured);
        Map<String, Map<String, BigDecimal>> known = new TreeMap<>();
        for (BalanceRecord balance : stored) {
            if (configured.containsKey(balance.account())) {
                known.computeIfAbsent(balance.account(), a -> new TreeMap<>()).merge(balance.asset(),
                        balance.available().add(balance.held()), BigDecimal::add);
            }
        }
        balances.putAll(known);
        return balances;
    }

    /**
     * @param instruments the instruments it lists, by symbol
     * @param accounts    starting balances by account, then asset
     * @param slippage    fraction of the price a market order's fill moves against it
     */
    public static PaperVenue create(Map<String, Instrument> instruments, Map<String, Map<String, BigDecimal>> accounts,
            BigDecimal slippage) {
        PaperVenue venue = new PaperVenue();
        instruments.values().forEach(instrument -> venue.addInstrument(instrument, slippage));
        accounts.forEach(venue::openAccount);
        return venue;
    }
}
