package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/train-class-archive.sh}, as {@code deploy/install.sh} runs it: it trains a
 * class-data archive on the packaged application with the JDK that JAVA names, and a JVM started
 * with that archive and {@code -Xshare:on} (which refuses to start on an archive it cannot use)
 * loads the application's own classes from it.
 */
class ClassArchiveTrainingIT {

    private static final Path JAVA_BIN = Path.of(System.getProperty("java.home"), "bin");

    @Test
    void theTrainedArchiveHoldsTheApplicationsClasses() throws Exception {
        assertTrue(Files.isRegularFile(PackagedApp.JAR), "package the application first: no " + PackagedApp.JAR);
        Path work = Files.createDirectories(Path.of("target", "ClassArchiveTrainingIT", "run-" + System.currentTimeMillis()));
        Path archive = work.resolve("tradewind.jsa").toAbsolutePath();

        String training = run(work.resolve("training.log"),
                "sh", "deploy/train-class-archive.sh", "target/quarkus-app", archive.toString(), "-XX:TieredStopAtLevel=1");
        assertTrue(training.startsWith("class-data archive written to " + archive), training);
        assertTrue(Files.size(archive) > 10_000_000, "an archive of " + Files.size(archive) + " bytes");

        String classes = run(work.resolve("classes.log"), JAVA_BIN.resolve("java").toString(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info", "-jar", PackagedApp.JAR.toString(), "--version");
        assertTrue(classes.contains("io.tradewind.cli.TradewindMain source: shared objects file (top)"), classes);
    }

    /** Runs a command in the project's folder, with JAVA naming this JVM; returns its output. */
    private static String run(Path log, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA", JAVA_BIN.resolve("java").toString());
        Process process = builder.start();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, String.join(" ", command) + " did not end within three minutes:\n" + output);
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
        return output;
    }
}
