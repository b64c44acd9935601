package io.tradewind.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a backtest can write its report into a folder, checked before the backtest runs and
 * without leaving anything behind: a run that cannot write its report should not run at all.
 */
final class ReportFolder {

    private ReportFolder() {
    }

    /** What stops a report from being written into {@code folder}, or {@code null} when nothing does. */
    static String problem(Path folder) {
        if (folder.toString().isBlank()) {
            // an empty path is the working directory: the report would land among the user's files
            return "is empty; give a folder for report.json and report.html, or leave --out out for a new one under"
                    + " backtests/reports";
        }
        Path absolute = folder.toAbsolutePath();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                return "is a file; give a folder for report.json and report.html (it is created when missing)";
            }
            return canWriteIn(absolute) ? null : "this folder is not writable; give another one";
        }
        Path ancestor = absolute.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return "cannot be created: no part of the path exists";
        }
        if (!Files.isDirectory(ancestor)) {
            return "cannot be created: " + ancestor + " is a file; give a folder elsewhere";
        }
        return canWriteIn(ancestor) ? null : "cannot be created: " + ancestor + " is not writable; give another folder";
    }

    /**
     * Whether a file can be created in {@code folder}, found by creating one and deleting it:
     * permissions alone say yes to root everywhere, also in /proc or on a read-only mount.
     */
    private static boolean canWriteIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, ".tradewind-write-check", ".tmp"));
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
