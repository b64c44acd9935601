package io.tradewind.marketdata.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects bad rows during validation, keeping the first few and counting all. */
final class RowErrors {

    private final List<RowError> listed = new ArrayList<>();
    private long count;

    void add(long line, String message) {
        count++;
        if (listed.size() < CsvImportException.MAX_LISTED) {
            listed.add(new RowError(line, message));
        }
    }

    /** @throws CsvImportException when any row was bad */
    void throwIfAny(Path file) {
        if (count > 0) {
            throw new CsvImportException(file, listed, count);
        }
    }
}
