package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tradewind.execution.ExecutionStore;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing a data directory where nothing was ever stored (a typo) shows nothing and creates nothing. */
class ReadingAbsentStoreTest {

    /** A store that fails the test when anything opens it. */
    private static final ExecutionStore UNTOUCHABLE = (ExecutionStore) Proxy.newProxyInstance(
            ExecutionStore.class.getClassLoader(), new Class<?>[] {ExecutionStore.class}, (proxy, method, args) -> {
                throw new AssertionError("the store was opened: " + method.getName());
            });

    @TempDir
    Path dir;

    @Test
    void fills_and_holds_of_a_store_never_written_are_empty_without_opening_it() {
        Path typo = dir.resolve("dat");
        StoreLocation location = new StoreLocation(typo.toString(), "jdbc:h2:file:" + typo + "/tradewind");

        assertEquals(List.of(), new FillsCommand.ListFills(UNTOUCHABLE, location, null, null).rows());
        assertEquals(List.of(), new HoldsCommand.ListHolds(UNTOUCHABLE, location, null, null).rows());
        assertFalse(Files.exists(typo));
    }
}
