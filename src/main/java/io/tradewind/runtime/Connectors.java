package io.tradewind.runtime;

import io.tradewind.exchange.Venue;
import java.util.Set;

/** The exchange connectors the service may trade on or read market data from. */
interface Connectors {

    /** The connector ids, sorted. */
    Set<String> ids();

    /** The process's one connector for the venue. */
    Venue venue(String id);

    /** The account the service trades in at the venue: {@code tradewind.venues.<id>.account}. */
    String account(String id);
}
