package io.tradewind.exchange;

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
 * The venue packages under {@code exchange/} stay apart (DESIGN, "Layout"): a venue never imports
 * another venue or the simulator, and nothing outside a venue's package imports it, so its DTOs
 * cannot leave it (connectors are found through {@link VenueRegistry}). A source scan.
 */
class VenuePackagesStayApartTest {

    private static final Path SOURCES = Path.of("src/main/java/io/tradewind");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?io\\.tradewind\\.([\\w.]+)\\.\\w+;",
            Pattern.MULTILINE);

    @Test
    void noVenueImportsAnotherVenueOrTheSimulatorAndNoOneImportsAVenue() throws IOException {
        List<String> venues = venuePackages();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String owner = owningVenue(file, venues);
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String imported = imports.group(1);
                    String importedVenue = imported.startsWith("exchange.") ? imported.substring("exchange.".length()).split("\\.")[0] : null;
                    boolean intoVenue = importedVenue != null && venues.contains(importedVenue);
                    if (intoVenue && !importedVenue.equals(owner)) {
                        offences.add(file + " imports " + imported);
                    }
                    if (owner != null && (imported.equals("sim") || imported.startsWith("sim."))) {
                        offences.add(file + " imports the simulator: " + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theScanSeesAnImportOfAVenuePackage() {
        Matcher matcher = IMPORT.matcher("package x;\nimport io.tradewind.exchange.nobitex.NobitexOrder;\n");
        assertTrue(matcher.find());
        assertEquals("exchange.nobitex", matcher.group(1));
    }

    private static List<String> venuePackages() throws IOException {
        Path exchange = SOURCES.resolve("exchange");
        try (Stream<Path> entries = Files.list(exchange)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String owningVenue(Path file, List<String> venues) {
        Path relative = SOURCES.resolve("exchange").relativize(file);
        if (relative.startsWith("..") || relative.getNameCount() < 2) {
            return null;
        }
        String first = relative.getName(0).toString();
        return venues.contains(first) ? first : null;
    }
}
