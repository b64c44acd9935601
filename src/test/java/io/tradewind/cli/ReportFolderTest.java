package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {

    @Test
    void an_empty_or_blank_out_is_refused_rather_than_writing_into_the_working_directory() {
        String expected = "is empty; give a folder for report.json and report.html, or leave --out out for a new one"
                + " under backtests/reports";
        assertEquals(expected, ReportFolder.problem(Path.of("")));
        assertEquals(expected, ReportFolder.problem(Path.of("   ")));
    }

    @Test
    void a_folder_that_does_not_exist_yet_under_a_writable_one_is_fine(@TempDir Path dir) throws IOException {
        assertNull(ReportFolder.problem(dir.resolve("reports").resolve("run-1")));
        assertNull(ReportFolder.problem(dir));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "the check leaves nothing behind");
        }
    }

    /** Root may write anywhere by its permissions, yet not in /proc: the run went on and failed at its end. */
    @Test
    void a_folder_where_nothing_can_be_created_is_refused_before_the_run_whoever_runs_it() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        assertEquals("cannot be created: /proc is not writable; give another folder", ReportFolder.problem(Path.of("/proc/foo")));
    }
}
