package io.tradewind.marketdata;

import java.util.ArrayList;
import java.util.List;

/** One line of {@code data list}: a stored series with its range and the buckets it misses. */
public record SeriesListing(StoredSeries stored, GapReport gaps) {

    /** Every series of {@code store} with its gaps, listing at most {@code maxGapsListed} per series. */
    public static List<SeriesListing> of(CandleStore store, int maxGapsListed) {
        List<SeriesListing> listings = new ArrayList<>();
        for (StoredSeries stored : store.list()) {
            listings.add(new SeriesListing(stored, GapFinder.find(store, stored.key(), maxGapsListed)));
        }
        return listings;
    }
}
