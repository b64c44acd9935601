package io.tradewind.marketdata.csv;

import java.nio.file.Path;
import java.util.List;

/**
 * An import refused because rows of the file are bad; nothing was written. Lists the first
 * {@value #MAX_LISTED} bad rows with line numbers and counts them all.
 */
public final class CsvImportException extends IllegalArgumentException {

    public static final int MAX_LISTED = 20;

    private final transient Path file;
    private final transient List<RowError> errors;
    private final long badRows;

    CsvImportException(Path file, List<RowError> errors, long badRows) {
        super(message(file, errors, badRows));
        this.file = file;
        this.errors = List.copyOf(errors);
        this.badRows = badRows;
    }

    private static String message(Path file, List<RowError> errors, long badRows) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ").append(badRows).append(badRows == 1 ? " bad row" : " bad rows")
                .append(", nothing imported");
        for (RowError error : errors) {
            sb.append(System.lineSeparator()).append("  ").append(error);
        }
        if (badRows > errors.size()) {
            sb.append(System.lineSeparator()).append("  ... and ").append(badRows - errors.size()).append(" more");
        }
        return sb.toString();
    }

    public Path file() {
        return file;
    }

    /** The first bad rows, in file order. */
    public List<RowError> errors() {
        return errors;
    }

    public long badRows() {
        return badRows;
    }
}
