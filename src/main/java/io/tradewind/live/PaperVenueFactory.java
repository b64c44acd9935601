package io.tradewind.live;

import io.tradewind.domain.Instrument;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Makes the paper venue from its configuration: the one place that decides what a paper venue is
 * made of, so that a venue whose books and balances are kept in the store can replace it.
 */
public final class PaperVenueFactory {

    private PaperVenueFactory() {
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
