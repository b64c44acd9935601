package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, a kill test through the execution service: the packaged service trades on the paper
 * venue (a market maker whose limit orders rest and are replaced on every candle, and an SMA
 * crossover whose market orders fill at once), and is killed with SIGKILL at a seeded-random moment
 * after its first order, then started again on the same data directory, {@value #KILLS} times. After
 * a last run, stopped gracefully, the store is read with the application's own commands and checked
 * against the durable paper venue: nothing lost, nothing twice, holds and balances right. Every line
 * any of these JVMs wrote is scanned for the configured secrets.
 *
 * <p>Where a kill lands is only as random as the delay after the first order line (up to one tick,
 * a second): without hooks in the application the test cannot choose the instant between the
 * write-ahead record and the venue's answer. The replay plays its candles in bursts once a second,
 * each placing and cancelling orders, so some kills land inside a burst; the test prints, from the
 * order journal, how many orders each kill caught between the write-ahead record and the venue's
 * answer, but cannot assert that any was caught. It asserts that most kills came while orders were open.
 *
 * <p>Rerun with the seed from a failure: {@code -Dtradewind.kill-test.seed=N}. The logs of every run
 * stay under {@code target/ServiceKillIT/}.
 */
class ServiceKillIT {

    private static final long SEED = Long.getLong("tradewind.kill-test.seed", 9);
    private static final int KILLS = 20;
    private static final int MAX_KILL_DELAY_MILLIS = 1000;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern ORDER_LINE = Pattern.compile(
            "instance (\\S+): order (\\S+) (new|queued|active|partial|filled|cancelled|expired|rejected) \\(");
    private static final Set<String> TERMINAL = Set.of("filled", "cancelled", "expired", "rejected");

    /** The secrets the service is given, by environment variable; none may ever be written out. */
    private static final Map<String, String> SECRETS = Map.of(
            "TRADEWIND_API_TOKEN", "kill-it-operator-token-7Qx2Vb9",
            "TRADEWIND_API_READ_TOKEN", "kill-it-read-token-3Mz8Kd1",
            "TRADEWIND_NOBITEX_PASSWORD", "kill-it-nobitex-password-5Lr9Wq4",
            "TRADEWIND_DB_PASSWORD", "kill-it-db-password-8Hs2Tn6");

    private static final Map<String, StoreInvariants.Terms> INSTRUMENTS = Map.of(
            "BTC-USD", new StoreInvariants.Terms("BTC", "USD", new BigDecimal("0.002")),
            "ETH-USD", new StoreInvariants.Terms("ETH", "USD", new BigDecimal("0.002")));
    private static final Map<String, Map<String, BigDecimal>> BALANCES = Map.of(
            "maker", Map.of("USD", new BigDecimal("10000")),
            "trend", Map.of("USD", new BigDecimal("10000")));

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one killed run did, read from its log, and when it was dead. */
    private record Run(int number, long delayMillis, Instant dead, int ordersLogged, int fillsLogged) {
    }

    @Test
    void killedAtRandomMomentsTheServiceLosesAndDuplicatesNothing() throws Exception {
        assertTrue(Files.isRegularFile(PackagedApp.JAR), "package the application first: no " + PackagedApp.JAR);
        Path work = Files.createDirectories(Path.of("target", "ServiceKillIT", "seed-" + SEED + "-" + System.currentTimeMillis()));
        String context = "seed " + SEED + " (rerun with -Dtradewind.kill-test.seed=" + SEED + "), logs in " + work.toAbsolutePath();
        Path dataDir = work.resolve("data");
        Path config = writeConfig(work.resolve("service.properties"));
        List<Path> outputs = new ArrayList<>();
        Set<String> loggedOrders = new LinkedHashSet<>();
        long began = System.nanoTime();

        List<Run> runs = killRepeatedly(work, dataDir, config, context, outputs, loggedOrders);
        Map<String, BigDecimal> reported = lastRunToTheEnd(work, dataDir, config, context, outputs, loggedOrders);
        List<JsonNode> orders = list("orders", dataDir, work, outputs);
        List<JsonNode> fills = list("fills", dataDir, work, outputs);
        List<JsonNode> holds = list("holds", dataDir, work, outputs);
        PaperTables venue = PaperTables.read(dataDir);
        System.out.printf("kill test: %d runs in %d s; the store has %d orders (%s), %d fills, %d holds%n", KILLS + 1,
                Duration.ofNanos(System.nanoTime() - began).toSeconds(), orders.size(), countByStatus(orders), fills.size(),
                holds.size());
        long killedWithOrdersOpen = reportKills(runs, venue);

        StoreInvariants invariants = new StoreInvariants(INSTRUMENTS, BALANCES, orders, fills, holds, venue);
        invariants.nothingTwice();
        invariants.noOrderLost(loggedOrders);
        invariants.agreesWithVenue();
        invariants.holdsMatchLiveOrders();
        invariants.holdsMatchVenue();
        invariants.balancesConserved(reported);
        invariants.writeAheadAlwaysFirst();
        List<String> problems = new ArrayList<>(invariants.problems());
        problems.addAll(secretsWritten(outputs));
        assertTrue(problems.isEmpty(), context + ": " + problems.size() + " problems:\n"
                + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));

        assertTrue(killedWithOrdersOpen > KILLS / 2, context + ": only " + killedWithOrdersOpen + " of " + KILLS
                + " kills came while orders were open");
        assertTrue(fills.stream().anyMatch(f -> f.path("wallet_id").asText().equals("maker"))
                && fills.stream().anyMatch(f -> f.path("wallet_id").asText().equals("trend")),
                context + ": both instances should have traded");
    }

    /** Starts the service {@value #KILLS} times, each time killing it a seeded-random delay after its first order. */
    private static List<Run> killRepeatedly(Path work, Path dataDir, Path config, String context, List<Path> outputs,
            Set<String> loggedOrders) throws Exception {
        Random random = new Random(SEED);
        List<Run> runs = new ArrayList<>();
        for (int number = 1; number <= KILLS; number++) {
            Path log = work.resolve("run-" + number + ".log");
            outputs.add(log);
            long delay = random.nextInt(MAX_KILL_DELAY_MILLIS + 1);
            PackagedApp app = PackagedApp.start(jvmArgs(dataDir), serve(config), SECRETS, log);
            try {
                int first = app.awaitLine(0, line -> ORDER_LINE.matcher(line).find(), START_TIMEOUT);
                assertTrue(first >= 0, context + ": run " + number + " placed no order:\n" + app.tail(40));
                Thread.sleep(delay);
            } finally {
                app.kill();
            }
            Run run = summarize(number, delay, Instant.now(), app.lines(), loggedOrders);
            runs.add(run);
            System.out.printf("kill test: run %2d killed %4d ms after its first order line; it logged %3d orders, %3d fills%n",
                    run.number(), run.delayMillis(), run.ordersLogged(), run.fillsLogged());
        }
        return runs;
    }

    /**
     * Starts the service once more, lets both replays finish, reads the balances it reports and
     * stops it with SIGTERM; returns the balances by account/asset.
     */
    private static Map<String, BigDecimal> lastRunToTheEnd(Path work, Path dataDir, Path config, String context,
            List<Path> outputs, Set<String> loggedOrders) throws Exception {
        Path log = work.resolve("run-last.log");
        outputs.add(log);
        Map<String, BigDecimal> reported;
        PackagedApp last = PackagedApp.start(jvmArgs(dataDir), serve(config), SECRETS, log);
        int exit;
        try {
            for (String instance : List.of("maker", "trend")) {
                assertTrue(last.awaitLine(0, line -> line.contains("instance " + instance + ": replay finished"),
                        Duration.ofMinutes(2)) >= 0, context + ": the last run did not finish its replay:\n" + last.tail(40));
            }
            reported = balancesReported(dataDir, last.pid());
        } finally {
            exit = last.stop();
        }
        assertEquals(143, exit, context + ": SIGTERM ends the service gracefully with 143:\n" + last.tail(20));
        summarize(KILLS + 1, 0, Instant.now(), last.lines(), loggedOrders);
        return reported;
    }

    /**
     * Two instances on their own accounts and symbols, replaying the same candles fast: the maker
     * keeps a bid and an ask resting and replaces them every candle; the crossover buys and sells at market.
     */
    private static Path writeConfig(Path file) throws IOException {
        String candles = writeCandles(file.resolveSibling("candles.csv")).toAbsolutePath().toString();
        StringBuilder properties = new StringBuilder();
        INSTRUMENTS.keySet().forEach(symbol -> properties.append("""
                tradewind.paper.instruments.%1$s.tick=0.01
                tradewind.paper.instruments.%1$s.step=0.001
                tradewind.paper.instruments.%1$s.maker-fee=0.001
                tradewind.paper.instruments.%1$s.taker-fee=0.002
                """.formatted(symbol)));
        BALANCES.forEach((account, assets) -> assets.forEach((asset, amount) -> properties.append(
                "tradewind.paper.accounts." + account + ".balance." + asset + "=" + amount.toPlainString() + "\n")));
        properties.append(instance("maker", "depth-maker", "BTC-USD", candles)).append(instance("trend", "fast-sma-crossover",
                "ETH-USD", candles)).append("""
                tradewind.strategies.maker.params.spread=0.002
                tradewind.strategies.trend.params.fast=2
                tradewind.strategies.trend.params.slow=5
                tradewind.strategies.trend.budget.USD=5000
                tradewind.execution.reconcile-interval=1s
                quarkus.log.category."io.tradewind".level=INFO
                """);
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * The test's walk of 400 candles three times over, each copy 400 minutes after the one before:
     * a restarted replay goes on where the killed run stopped, so the twenty runs together play
     * far more than one walk from 03:00, and each must still find candles to trade on.
     */
    private static Path writeCandles(Path file) throws IOException {
        List<String> walk = Files.readAllLines(Path.of("src", "test", "resources", "candles", "service-walk.csv"));
        List<String> lines = new ArrayList<>(List.of(walk.get(0)));
        for (int copy = 0; copy < 3; copy++) {
            Duration later = Duration.ofMinutes(400L * copy);
            for (String row : walk.subList(1, walk.size())) {
                int comma = row.indexOf(',');
                lines.add(Instant.parse(row.substring(0, comma)).plus(later) + row.substring(comma));
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String instance(String id, String plugin, String symbol, String candles) {
        return """
                tradewind.strategies.%1$s.plugin=%2$s
                tradewind.strategies.%1$s.symbol=%3$s
                tradewind.strategies.%1$s.account=%1$s
                tradewind.strategies.%1$s.replay.source-venue=kill-test
                tradewind.strategies.%1$s.replay.data-file=%4$s
                tradewind.strategies.%1$s.replay.from=2024-01-01T03:00:00Z
                tradewind.strategies.%1$s.replay.candles-per-second=40
                """.formatted(id, plugin, symbol, candles);
    }

    /**
     * The store under the test's own data directory and a free HTTP port. The JIT's first tier and
     * the serial collector start the JVM faster on the two shared cores; the application is the same.
     */
    private static List<String> jvmArgs(Path dataDir) {
        return List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dtradewind.data-dir=" + dataDir.toAbsolutePath(),
                "-Dquarkus.http.port=0");
    }

    private static List<String> serve(Path config) {
        return List.of("serve", "--config", config.toAbsolutePath().toString());
    }

    /** Reads a run's order lines: the orders it logged (added to {@code logged}) and its fills. */
    private static Run summarize(int number, long delayMillis, Instant dead, List<String> lines, Set<String> logged) {
        Set<String> orders = new LinkedHashSet<>();
        int fills = 0;
        for (String line : lines) {
            Matcher order = ORDER_LINE.matcher(line);
            if (order.find()) {
                orders.add(order.group(2));
            } else if (line.contains(": order ") && line.contains(" fill ")) {
                fills++;
            }
        }
        logged.addAll(orders);
        return new Run(number, delayMillis, dead, orders.size(), fills);
    }

    /** The balances the running service reports through its API, by account/asset, with the operator token. */
    private static Map<String, BigDecimal> balancesReported(Path dataDir, long pid) throws Exception {
        Path serviceFile = dataDir.resolve("service.json");
        JsonNode announced = null;
        for (int i = 0; i < 300 && (announced == null || announced.path("pid").asLong() != pid); i++) {
            announced = Files.isRegularFile(serviceFile) ? JSON.readTree(serviceFile.toFile()) : null;
            Thread.sleep(100);
        }
        assertTrue(announced != null && announced.path("pid").asLong() == pid, "the service never announced itself in " + serviceFile);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(announced.path("baseUrl").asText() + "/api/balances"))
                .header("Authorization", "Bearer " + SECRETS.get("TRADEWIND_API_TOKEN")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (JsonNode balance : JSON.readTree(response.body())) {
            totals.put(balance.path("account").asText() + "/" + balance.path("asset").asText(),
                    new BigDecimal(balance.path("total").asText()));
        }
        return totals;
    }

    /** {@code WHAT list --json} on the stopped service's store. */
    private static List<JsonNode> list(String what, Path dataDir, Path work, List<Path> outputs) throws Exception {
        Path out = work.resolve(what + "-list.json");
        Path err = work.resolve(what + "-list.log");
        outputs.add(out);
        outputs.add(err);
        // orders list shows the latest 1,000 unless asked for more: every order is checked here
        List<String> command = what.equals("orders") ? List.of(what, "list", "--json", "--limit", "100000")
                : List.of(what, "list", "--json");
        int exit = PackagedApp.run(jvmArgs(dataDir), command, SECRETS, out, err);
        assertEquals(0, exit, what + " list failed: " + Files.readString(err));
        assertFalse(Files.readString(err).contains("left out"), what + " list left orders out: " + Files.readString(err));
        List<JsonNode> rows = new ArrayList<>();
        JSON.readTree(out.toFile()).forEach(rows::add);
        return rows;
    }

    private static Map<String, Integer> countByStatus(List<JsonNode> orders) {
        Map<String, Integer> counts = new TreeMap<>();
        orders.forEach(o -> counts.merge(o.path("status").asText(), 1, Integer::sum));
        return counts;
    }

    /**
     * Prints, for each kill, how many orders were open when it came (their write-ahead record before
     * it, their end, if any, after it) and how many it caught between the write-ahead record and the
     * next entry of their journal, which a later run wrote (that is, the record was this run's and
     * the next entry is missing or after the kill): those the venue never got, and those it
     * got while its answer was lost. Returns how many kills came while orders were open.
     */
    private static long reportKills(List<Run> runs, PaperTables venue) {
        Set<String> atVenue = new LinkedHashSet<>();
        venue.clientOrders().forEach(o -> atVenue.add(o.clientOrderId()));
        long withOrdersOpen = 0;
        int caughtInAll = 0;
        Instant previousKill = Instant.MIN;
        for (Run run : runs) {
            int open = 0;
            int neverSent = 0;
            int unanswered = 0;
            for (Map.Entry<String, List<PaperTables.JournalEvent>> order : venue.journal().entrySet()) {
                List<PaperTables.JournalEvent> events = order.getValue();
                if (!events.get(0).type().equals("SUBMITTED") || !events.get(0).at().isBefore(run.dead())) {
                    continue;
                }
                if (events.stream().noneMatch(e -> e.toStatus() != null && TERMINAL.contains(e.toStatus())
                        && e.at().isBefore(run.dead()))) {
                    open++;
                }
                boolean thisRun = events.get(0).at().isAfter(previousKill);
                if (thisRun && (events.size() == 1 || events.get(1).at().isAfter(run.dead()))) {
                    if (atVenue.contains(order.getKey())) {
                        unanswered++;
                    } else {
                        neverSent++;
                    }
                }
            }
            previousKill = run.dead();
            withOrdersOpen += open > 0 ? 1 : 0;
            caughtInAll += neverSent + unanswered;
            System.out.printf("kill test: kill %2d came with %2d orders open; it caught %d after the write-ahead record and"
                    + " before the venue, %d at the venue before its answer was stored%n", run.number(), open, neverSent,
                    unanswered);
        }
        System.out.printf("kill test: %d of %d kills came while orders were open; %d orders were caught between their"
                + " write-ahead record and the venue's answer%n", withOrdersOpen, runs.size(), caughtInAll);
        return withOrdersOpen;
    }

    /** A line for each output file that contains a secret, naming the variable, never the value. */
    private static List<String> secretsWritten(List<Path> outputs) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path output : outputs) {
            String text = Files.readString(output, StandardCharsets.UTF_8);
            SECRETS.forEach((variable, secret) -> {
                if (text.contains(secret)) {
                    found.add(output.getFileName() + " contains the value of " + variable);
                }
            });
        }
        return found;
    }
}
