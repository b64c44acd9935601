package io.tradewind.runtime;

import io.tradewind.service.EquityHistory;
import io.tradewind.service.EventJournal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The service's one event journal (the instances publish into it, the event stream reads it) and its one equity history. */
@ApplicationScoped
public class EventJournalProducer {

    @Produces
    @Singleton
    EventJournal journal() {
        return EventJournal.startingNow(EventJournal.DEFAULT_CAPACITY, Clock.systemUTC());
    }

    @Produces
    @Singleton
    EquityHistory equity() {
        return new EquityHistory();
    }
}
