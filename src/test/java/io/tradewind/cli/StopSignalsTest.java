package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;

/** The signals are handed to {@link StopSignals#handle} directly: none is raised in the test's JVM. */
class StopSignalsTest {

    private final List<Integer> halts = new ArrayList<>();
    private long now = 1_000_000_000_000L;
    private final StopSignals signals = new StopSignals(halts::add, () -> now, "running ticks finish first");
    private int stops;

    @Test
    void the_first_signal_asks_the_service_to_stop_and_names_the_exit_code() {
        signals.onStop(() -> stops++);
        assertFalse(signals.received());
        assertEquals(0, signals.exitCode(0));
        assertNull(signals.signalName());

        signals.handle(new Signal("TERM"));

        assertEquals(1, stops);
        assertTrue(halts.isEmpty());
        assertEquals(143, signals.exitCode(0));
        assertEquals("SIGTERM", signals.signalName());
    }

    @Test
    void a_second_signal_ends_the_process_at_once_with_its_own_exit_code() {
        signals.onStop(() -> stops++);
        signals.handle(new Signal("TERM"));
        now += 2_000_000_000L;

        signals.handle(new Signal("INT"));

        assertEquals(1, stops, "the stop is asked for once");
        assertEquals(List.of(130), halts);
        assertEquals(143, signals.exitCode(0), "the exit code stays the first signal's");
    }

    /**
     * Left to the JVM, Ctrl-C closed the store under a writing data command ("The database is open in
     * exclusive mode"): main takes the signals for the service and for the data commands that write.
     */
    @Test
    void main_takes_the_signals_for_the_service_and_the_data_commands_that_write() {
        assertTrue(StopSignals.takenFor("serve", "--config", "deploy/demo.properties"));
        assertTrue(StopSignals.takenFor("data", "generate", "--count", "10", "--symbol", "X"));
        assertTrue(StopSignals.takenFor("data", "import", "file.csv", "--symbol", "X"));
        assertTrue(StopSignals.takenFor("data", "record", "nobitex", "BTC-IRR"));
        assertFalse(StopSignals.takenFor("data", "list"), "a quick read is left to the JVM");
        assertFalse(StopSignals.takenFor("backtest", "spec.properties"), "a backtest writes no store: Ctrl-C ends it");
        assertFalse(StopSignals.takenFor("data", "generate", "--help"));
        assertFalse(StopSignals.takenFor());
    }

    /** `timeout` signals the process and its group: two SIGTERMs at once skipped the graceful stop. */
    @Test
    void a_second_signal_within_a_second_is_the_same_stop_sent_twice() {
        signals.onStop(() -> stops++);
        signals.handle(new Signal("TERM"));
        now += 5_000_000L;

        signals.handle(new Signal("TERM"));

        assertEquals(1, stops);
        assertTrue(halts.isEmpty(), "the graceful stop goes on");
    }

    @Test
    void a_signal_before_the_service_runs_is_kept_until_it_does() {
        signals.handle(new Signal("INT"));
        assertEquals(0, stops);

        signals.onStop(() -> stops++);

        assertEquals(1, stops);
        assertEquals(130, signals.exitCode(0));
    }

    @Test
    void without_main_taking_the_signals_none_ever_comes() {
        assertFalse(StopSignals.current().received());
    }
}
