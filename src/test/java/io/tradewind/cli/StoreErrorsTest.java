package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StoreErrorsTest {

    @Test
    void anEmptyH2StoreIsAnotherDataDirectory() {
        StoreErrors errors = new StoreErrors("./data", "h2", "jdbc:h2:file:./data/./tradewind;WRITE_DELAY=0");

        assertEquals("./data", errors.where());
        assertEquals("-Dtradewind.data-dir=$(mktemp -d)", errors.freshStore());
    }

    /**
     * bench store after bench latency on PostgreSQL: "the store in /tmp/x is not empty; run the benchmark on a
     * fresh one: -Dtradewind.data-dir=$(mktemp -d)", which changes nothing there, however often it is followed.
     */
    @Test
    void anEmptyPostgresStoreIsAnotherDatabaseNeverAnotherDataDirectory() {
        StoreErrors errors = new StoreErrors("/tmp/x", "postgresql", "jdbc:postgresql://db:5432/tradewind?password=secret");

        assertEquals("the postgresql database at jdbc:postgresql://db:5432/tradewind", errors.where());
        assertEquals("an empty database of its own in TRADEWIND_DB_URL (createdb -O <user> tradewind_bench), not the"
                + " service's", errors.freshStore());
    }
}
