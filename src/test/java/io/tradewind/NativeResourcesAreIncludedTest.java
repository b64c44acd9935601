package io.tradewind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A native executable carries only the class-path resources something asked for: Quarkus adds the
 * static web files ({@code META-INF/resources}), the Flyway migrations, the service registrations
 * and its configuration by itself; every other resource the code reads at run time (the report's
 * template and chart library, which the dashboard serves too) must match
 * {@code quarkus.native.resources.includes}, or the JVM build works and the native one finds nothing.
 */
class NativeResourcesAreIncludedTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    /** What Quarkus includes without being told. */
    private static final List<String> INCLUDED_BY_QUARKUS = List.of("META-INF/resources/**", "db/migration/**",
            "META-INF/services/*", "application.properties");

    @Test
    void every_resource_is_included_in_a_native_image() throws IOException {
        List<PathMatcher> included = Stream.concat(INCLUDED_BY_QUARKUS.stream(), nativeIncludes().stream())
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<String> left = files.filter(Files::isRegularFile)
                    .map(RESOURCES::relativize)
                    .filter(resource -> included.stream().noneMatch(matcher -> matcher.matches(resource)))
                    .map(Path::toString)
                    .sorted()
                    .toList();
            assertEquals(List.of(), left, "resources a native image would leave out: add them to quarkus.native.resources.includes");
        }
    }

    private static List<String> nativeIncludes() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve("application.properties"))) {
            properties.load(in);
        }
        String includes = properties.getProperty("quarkus.native.resources.includes", "");
        assertFalse(includes.isBlank(), "application.properties sets no quarkus.native.resources.includes");
        return Arrays.stream(includes.split(",")).map(String::strip).toList();
    }
}
