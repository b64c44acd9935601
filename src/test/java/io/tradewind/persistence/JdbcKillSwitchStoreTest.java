package io.tradewind.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.execution.StoreException;
import io.tradewind.service.KillSwitchEvent;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.KillSwitchStore;
import io.tradewind.service.KillSwitchStoreContractTest;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The JDBC kill switch store on a private in-memory H2 database per store, migrated by Flyway. */
class JdbcKillSwitchStoreTest extends KillSwitchStoreContractTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private DataSource dataSource;

    @Override
    protected KillSwitchStore newStore() {
        dataSource = JdbcPaperVenueStoreTest.migrated("jdbc:h2:mem:kill-switch-" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1");
        return new JdbcKillSwitchStore(dataSource, () -> { });
    }

    @Test
    void anotherStoreOnTheSameDatabaseReadsTheSwitchBack() {
        KillSwitchEvent on = KillSwitchEvent.on(Instant.parse("2026-03-04T05:06:07.891Z"), KillSwitchSource.API, true);
        newStore().record(on);

        assertEquals(Optional.of(on), new JdbcKillSwitchStore(dataSource, () -> { }).switchedOn());
    }

    @Test
    void aStoreThatCannotPrepareItsTableSaysSoInOneLine() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:kill-switch-unmigrated;DB_CLOSE_DELAY=-1");
        KillSwitchStore broken = new JdbcKillSwitchStore(empty, () -> {
            throw new IllegalStateException("migration failed");
        });
        StoreException prepare = assertThrows(StoreException.class, broken::switchedOn);
        assertEquals("kill switch store: cannot prepare the tables: migration failed", prepare.getMessage());

        StoreException missing = assertThrows(StoreException.class, () -> new JdbcKillSwitchStore(empty, () -> { })
                .record(KillSwitchEvent.off(Instant.EPOCH, KillSwitchSource.CLI)));
        assertTrue(missing.getMessage().startsWith("kill switch store: cannot record the kill switch off: "),
                missing.getMessage());
    }
}
