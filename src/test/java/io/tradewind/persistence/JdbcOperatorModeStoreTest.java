package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.service.OperatorMode;
import io.tradewind.service.OperatorModeStore;
import io.tradewind.service.OperatorModeStoreContractTest;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The JDBC operator mode store on a private in-memory H2 database per store, migrated by Flyway. */
class JdbcOperatorModeStoreTest extends OperatorModeStoreContractTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private DataSource dataSource;

    @Override
    protected OperatorModeStore newStore() {
        dataSource = JdbcPaperVenueStoreTest.migrated("jdbc:h2:mem:operator-modes-" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1");
        return new JdbcOperatorModeStore(dataSource, () -> { });
    }

    @Test
    void anotherStoreOnTheSameDatabaseReadsTheModesBack() {
        OperatorMode paused = OperatorMode.paused("paused by the operator", Instant.parse("2026-03-04T05:06:07.891Z"));
        newStore().keep("btc-sma", paused);

        assertEquals(Map.of("btc-sma", paused), new JdbcOperatorModeStore(dataSource, () -> { }).modes());
    }
}
