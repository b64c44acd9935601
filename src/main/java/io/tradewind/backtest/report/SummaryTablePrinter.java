package io.tradewind.backtest.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints a report's headline figures as a two-column table for the terminal. */
public final class SummaryTablePrinter {

    private SummaryTablePrinter() {
    }

    public static void print(BacktestReport report, PrintStream out) {
        List<ReportFigures.Figure> figures = ReportFigures.of(report);
        int labelWidth = figures.stream().mapToInt(f -> f.label().length()).max().orElse(0);
        int valueWidth = figures.stream().mapToInt(f -> f.value().length()).max().orElse(0);
        String rule = "+" + "-".repeat(labelWidth + 2) + "+" + "-".repeat(valueWidth + 2) + "+";
        out.println("Backtest " + report.name() + " (" + report.strategy() + ") on " + report.venue() + " "
                + report.symbol() + " " + report.resolution().label() + ", " + report.from() + " to " + report.to());
        if (!report.settings().isEmpty()) {
            out.println("Settings: " + ReportFormat.settings(report.settings()));
        }
        if (report.aborted() != null) {
            out.println("ABORTED: " + report.aborted().reason() + "; " + Aborted.COVERAGE);
        }
        out.println(rule);
        for (ReportFigures.Figure f : figures) {
            out.println("| " + pad(f.label(), labelWidth, false) + " | " + pad(f.value(), valueWidth, true) + " |");
        }
        out.println(rule);
        List<ExitReasons.Row> reasons = ExitReasons.of(report.trades());
        if (!reasons.isEmpty()) {
            ReportFormat format = new ReportFormat(report.instrument());
            out.println("Trades by exit reason:");
            int width = reasons.stream().mapToInt(r -> r.reason().length()).max().orElse(0);
            for (ExitReasons.Row row : reasons) {
                out.println("  " + pad(row.reason(), width, false) + "  " + String.format(Locale.ROOT, "%,d", row.trades())
                        + (row.trades() == 1 ? " trade, " : " trades, ") + String.format(Locale.ROOT, "%,d", row.wins())
                        + (row.wins() == 1 ? " win, " : " wins, ") + "P&L " + format.money(row.pnl()) + " "
                        + report.instrument().quote());
            }
        }
        if (report.openTrade() != null) {
            out.println("Open at the end: " + report.openTrade().describe(new ReportFormat(report.instrument())));
        }
        String gaps = report.dataGaps().inWords(report.resolution().label());
        if (gaps != null) {
            out.println(gaps);
        }
        String cutShort = report.immediateFills().inWords(report.settings().get("max_volume_share"));
        if (cutShort != null) {
            out.println(cutShort);
        }
        String feesRounded = FeeRounding.inWords(report.fills(), report.settings(), report.instrument());
        if (feesRounded != null) {
            out.println(feesRounded);
        }
        String refusals = report.ordersRefused().inWords(report.fills().isEmpty());
        if (refusals != null) {
            out.println(refusals);
        }
        String noOrder = report.aborted() == null ? report.decisions().inWords(report.parameters()) : null;
        if (noOrder != null) {
            out.println(noOrder);
        }
    }

    private static String pad(String text, int width, boolean right) {
        String space = " ".repeat(width - text.length());
        return right ? space + text : text + space;
    }
}
