package io.tradewind.backtest.report;

import java.nio.file.Path;

/** Writes a report's two files, {@code report.json} and {@code report.html}, into one folder. */
public final class ReportFiles {

    public static final String JSON = "report.json";
    public static final String HTML = "report.html";

    private ReportFiles() {
    }

    /**
     * Creates {@code directory} if needed and writes both files into it.
     *
     * @return the path of {@code report.html}, the one to point a person at
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static Path write(BacktestReport report, Path directory) {
        ReportJsonWriter.write(report, directory.resolve(JSON));
        Path html = directory.resolve(HTML);
        ReportHtmlWriter.write(report, html);
        return html;
    }
}
