package io.tradewind.backtest.report;

import static io.tradewind.backtest.report.ReportFormat.number;
import static io.tradewind.backtest.report.ReportFormat.percent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The headline figures of a report as label and display text, shared by the terminal and HTML. */
final class ReportFigures {

    record Figure(String label, String value) {
    }

    private ReportFigures() {
    }

    static List<Figure> of(BacktestReport report) {
        BacktestMetrics m = report.metrics();
        ReportFormat format = new ReportFormat(report.instrument());
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Total return", percent(m.totalReturn())));
        figures.add(new Figure("Buy-and-hold return", percent(m.buyAndHoldReturn())));
        figures.add(new Figure("CAGR", percent(m.cagr())));
        figures.add(new Figure("Max drawdown", percent(m.maxDrawdown())));
        figures.add(new Figure("Longest drawdown", duration(m.maxDrawdownDuration())));
        figures.add(new Figure("Sharpe", number(m.sharpe())));
        figures.add(new Figure("Sortino", number(m.sortino())));
        figures.add(new Figure("Calmar", number(m.calmar())));
        figures.add(new Figure("Trades", count(m.numberOfTrades())));
        figures.add(new Figure("Orders refused", count(report.ordersRefused().count())));
        report.ordersRefused().byLimit().forEach((limit, count) -> figures.add(new Figure("Refused: " + limit, count(count))));
        if (report.ordersRejected().isEmpty()) {
            figures.add(new Figure("Orders rejected", "0"));
        }
        report.ordersRejected().forEach((reason, count) -> figures.add(new Figure("Rejected: " + reason, count(count))));
        String cutShort = report.immediateFills().figure();
        if (cutShort != null) {
            figures.add(new Figure("Market orders cut short", cutShort));
        }
        figures.add(new Figure("Win rate", percent(m.winRate())));
        figures.add(new Figure("Profit factor", number(m.profitFactor())));
        figures.add(new Figure("Expectancy", m.expectancy() == null ? "n/a" : format.money(m.expectancy())));
        figures.add(new Figure("Exposure", percent(m.exposure())));
        figures.add(new Figure("Fees of closed trades", format.money(m.feesPaid())));
        figures.add(new Figure("Initial equity", format.money(m.initialEquity())));
        figures.add(new Figure("Final equity", format.money(m.finalEquity())));
        figures.add(new Figure("Bars processed", count(report.barsProcessed())));
        figures.add(new Figure("Elapsed", String.format(Locale.ROOT, "%,d ms", report.elapsedMillis())));
        if (report.elapsedMillis() > 0) {
            figures.add(new Figure("Speed", String.format(Locale.ROOT, "%,.0f bars/s",
                    report.barsProcessed() * 1000.0 / report.elapsedMillis())));
        }
        return figures;
    }

    /** A count as the page and the terminal print every whole number: 5,894. */
    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String duration(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        return days > 0 ? days + "d " + hours + "h" : hours > 0 ? hours + "h " + minutes + "m" : minutes + "m";
    }
}
