package io.tradewind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core packages are plain Java (README, "Layout"): they import no Quarkus, CDI, injection,
 * JPA, JTA, Agroal or Hibernate type, so the kernel runs the same in a backtest, a test and the
 * service. A source scan: any import of such a type in a core package fails the build.
 */
class CorePackagesArePlainJavaTest {

    private static final Path SOURCES = Path.of("src/main/java/io/tradewind");
    private static final List<String> CORE = List.of("domain", "marketdata", "strategy", "execution", "sim", "backtest",
            "kernel", "live");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^\\s*import\\s+(static\\s+)?(io\\.quarkus|jakarta\\.(enterprise|inject|persistence|transaction)|io\\.agroal"
                    + "|org\\.hibernate)\\.", Pattern.MULTILINE);

    @Test
    void noCorePackageImportsAFrameworkType() throws IOException {
        List<String> offences = new ArrayList<>();
        int scanned = 0;
        for (String core : CORE) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(core))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    scanned++;
                    offences.addAll(forbiddenImports(file));
                }
            }
        }
        assertTrue(scanned > 50, "scanned only " + scanned + " files: is " + SOURCES + " still the source root?");
        assertEquals(List.of(), offences);
    }

    @Test
    void theScanRecognisesEachForbiddenFramework() {
        for (String type : List.of("io.quarkus.runtime.Startup", "jakarta.enterprise.context.Dependent",
                "jakarta.inject.Inject", "jakarta.persistence.Entity", "jakarta.transaction.Transactional",
                "io.agroal.api.AgroalDataSource", "org.hibernate.Session")) {
            assertTrue(FORBIDDEN.matcher("package x;\nimport " + type + ";\n").find(), type);
        }
        assertTrue(!FORBIDDEN.matcher("import java.util.List;\nimport jakarta.annotation.Nullable;\n").find());
    }

    private static List<String> forbiddenImports(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        Matcher matcher = FORBIDDEN.matcher(Files.readString(file));
        while (matcher.find()) {
            found.add(file + ": " + matcher.group().trim());
        }
        return found;
    }
}
