package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradewind.marketdata.CandleCursor;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.SeriesKey;
import io.tradewind.marketdata.StoredSeries;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code data list} where no store exists yet: it says so without opening the store, which would create ./data. */
class DataListEmptyDirectoryTest {

    /** Any use of this store is the failure under test: opening the H2 file creates it. */
    static final class UntouchedStore implements CandleStore {
        @Override
        public long write(SeriesKey key, CandleCursor source) {
            throw new AssertionError("wrote to the store");
        }

        @Override
        public CandleCursor read(SeriesKey key, Instant from, Instant to, int chunkSize) {
            throw new AssertionError("read the store");
        }

        @Override
        public List<StoredSeries> list() {
            throw new AssertionError("listed the store");
        }

        @Override
        public Optional<StoredSeries> describe(SeriesKey key) {
            throw new AssertionError("described a series of the store");
        }

        @Override
        public Optional<StoredSeries> delete(SeriesKey key) {
            throw new AssertionError("deleted a series of the store");
        }
    }

    @Test
    void listsNothingAndCreatesNoDataDirectory(@TempDir Path workingDirectory) {
        Path data = workingDirectory.resolve("data");
        StoreLocation location = new StoreLocation(data.toString(), "jdbc:h2:file:" + data + "/tradewind;WRITE_DELAY=0");
        DataListCommand command = new DataListCommand(new UntouchedStore(), new StoreErrors(data.toString(), "h2", "jdbc:h2:file:" + data + "/tradewind"),
                new JsonOutput(new ObjectMapper()), location);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int table = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute();
        int json = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute("--json");

        assertEquals(0, table);
        assertEquals(0, json);
        // the output a script reads is the table's header or an empty JSON list; the note goes to standard error, as the other lists'
        assertEquals(String.join("  ", DataListCommand.COLUMNS) + "\n[ ]\n", out.toString());
        String note = "note: no candles stored in " + data + "; add some with 'data import' or 'data generate'\n";
        assertEquals(note + note, err.toString());
        assertFalse(Files.exists(data));
    }
}
