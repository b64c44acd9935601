package io.tradewind.backtest.report;

import io.tradewind.domain.FileProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report's two files, {@code report.json} and {@code report.html}, into one folder: both
 * or neither. Each is written under a partial name first and renamed once both are complete, so a
 * run that fails half-way (out of memory while rendering the page, a full disk) leaves the folder
 * as it was, never one run's {@code report.json} beside another run's {@code report.html}.
 */
public final class ReportFiles {

    public static final String JSON = "report.json";
    public static final String HTML = "report.html";
    private static final String PARTIAL = ".partial-";

    private ReportFiles() {
    }

    /**
     * Creates {@code directory} if needed and writes both files into it; on failure it leaves no
     * file, and no folder it created.
     *
     * @return the path of {@code report.html}, the one to point a person at
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static Path write(BacktestReport report, Path directory) {
        boolean existed = Files.exists(directory);
        Path json = directory.resolve(JSON);
        Path html = directory.resolve(HTML);
        for (Path file : new Path[] {json, html}) {
            if (Files.isDirectory(file)) {
                // found before either file is renamed into place: the pair stays as it was
                throw new UncheckedIOException("cannot write " + file + ": it is a folder", new IOException(file.toString()));
            }
        }
        // names of their own: two runs writing into one folder do not write into each other's partial files
        Path jsonPartial = partial(directory, JSON);
        Path htmlPartial = partial(directory, HTML);
        boolean written = false;
        try {
            ReportJsonWriter.write(report, jsonPartial);
            ReportHtmlWriter.write(report, htmlPartial);
            move(jsonPartial, json);
            move(htmlPartial, html);
            written = true;
            return html;
        } finally {
            if (!written) {
                deleteQuietly(jsonPartial);
                deleteQuietly(htmlPartial);
                if (!existed && Files.isDirectory(directory)) {
                    deleteQuietly(directory);
                }
            }
        }
    }

    /** Not a temporary file's: that would be readable by its owner alone, and stay so once renamed. */
    private static Path partial(Path directory, String name) {
        return directory.resolve(PARTIAL + ProcessHandle.current().pid() + "-" + System.nanoTime() + "-" + name);
    }

    private static void move(Path partial, Path file) {
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + FileProblems.reason(e), e);
        }
    }

    /** Cleaning up after a failure that is being reported already: what cannot be deleted stays (a folder not empty). */
    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException | SecurityException e) {
            // the failure on its way up says what went wrong
        }
    }
}
