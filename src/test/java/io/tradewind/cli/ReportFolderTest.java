package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
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
    void a_folder_that_does_not_exist_yet_under_a_writable_one_is_fine(@TempDir Path dir) {
        assertNull(ReportFolder.problem(dir.resolve("reports").resolve("run-1")));
    }
}
