package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.execution.ExecutionStore;
import io.tradewind.execution.StoreException;
import io.tradewind.service.KillSwitchEvent;
import io.tradewind.service.KillSwitchStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

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

    /** A mistyped data directory listed as an empty table and nothing more, as if no order had ever been placed. */
    @Test
    void an_empty_list_of_a_store_never_written_says_why_on_standard_error() {
        Path typo = dir.resolve("dat");
        StoreLocation location = new StoreLocation(typo.toString(), "jdbc:h2:file:" + typo + "/tradewind");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = new CommandLine(new FillsCommand.ListFills(UNTOUCHABLE, location, null, null))
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute();

        assertEquals(ExitCode.OK, exit);
        assertFalse(out.toString().contains("note"), "standard output stays the list: " + out);
        assertEquals("note: nothing was ever stored in " + typo + " (tradewind.data-dir), so the list is empty; check the"
                + " data directory if you expected more", err.toString().strip());
        assertFalse(Files.exists(typo));
    }

    /** A data directory that is a file was "nothing stored" to some commands and unusable to others: now unusable to all. */
    @Test
    void a_data_directory_that_is_a_file_is_named_not_listed_as_empty() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "");
        StoreLocation location = new StoreLocation(file.toString(), "jdbc:h2:file:" + file + "/tradewind");

        StoreException refused = assertThrows(StoreException.class,
                () -> new FillsCommand.ListFills(UNTOUCHABLE, location, null, null).rows());

        assertEquals(file + " is a file, not a directory; give the data directory with -Dtradewind.data-dir=DIR before -jar"
                + " (or TRADEWIND_DATA_DIR)", refused.getMessage());
        // a writer said "cannot lock the store … for writing: … exists"
        assertEquals(refused.getMessage(), assertThrows(StoreException.class,
                () -> location.lockForWriting(new PrintWriter(Writer.nullWriter()))).getMessage());
    }

    /**
     * Asking the kill switch's state created a store in a mistyped data directory and said "off";
     * switching it on there created one too and reported an emergency stop that stopped nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"status", "on", "off"})
    void the_kill_switch_of_a_store_never_written_is_refused_without_opening_it(String subcommand) {
        Path typo = dir.resolve("dat");
        StoreLocation location = new StoreLocation(typo.toString(), "jdbc:h2:file:" + typo + "/tradewind");
        KillSwitchStore untouchable = (KillSwitchStore) Proxy.newProxyInstance(KillSwitchStore.class.getClassLoader(),
                new Class<?>[] {KillSwitchStore.class}, (proxy, method, args) -> {
                    throw new AssertionError("the store was opened: " + method.getName());
                });
        Object command = switch (subcommand) {
            case "status" -> new KillSwitchCommand.Status(null, untouchable, location);
            case "on" -> new KillSwitchCommand.On(null, untouchable, UNTOUCHABLE, location);
            default -> new KillSwitchCommand.Off(null, untouchable, location);
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute();

        assertEquals(ExitCode.STORE_UNAVAILABLE, exit);
        assertEquals("", out.toString());
        assertTrue(err.toString().startsWith("error: no store in " + typo + ": no service has run on it, so it has no"
                + " kill switch"), err.toString());
        assertFalse(Files.exists(typo));
    }

    /** Entries stopped before a first serve: said so, the store is then created on purpose. */
    @Test
    void the_kill_switch_goes_on_in_a_new_store_when_asked_to_create_it() {
        Path fresh = dir.resolve("fresh");
        StoreLocation location = new StoreLocation(fresh.toString(), "jdbc:h2:file:" + fresh + "/tradewind");
        List<String> recorded = new ArrayList<>();
        KillSwitchStore switches = (KillSwitchStore) Proxy.newProxyInstance(KillSwitchStore.class.getClassLoader(),
                new Class<?>[] {KillSwitchStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("switchedOn")) {
                        return Optional.empty(); // a new store: never switched
                    }
                    recorded.add(method.getName() + " " + ((KillSwitchEvent) args[0]).on());
                    return null;
                });
        StringWriter out = new StringWriter();

        int exit = new CommandLine(new KillSwitchCommand.On(null, switches, UNTOUCHABLE, location))
                .setOut(new PrintWriter(out)).execute("--create-store");

        assertEquals(ExitCode.OK, exit);
        assertEquals(List.of("record true"), recorded);
        assertTrue(out.toString().startsWith("kill switch on in the store (no service is running)"), out.toString());
    }
}
