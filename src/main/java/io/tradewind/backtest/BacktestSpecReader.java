package io.tradewind.backtest;

import io.tradewind.domain.Decimals;
import io.tradewind.domain.FileProblems;
import io.tradewind.domain.InstantOrDate;
import io.tradewind.domain.Instrument;
import io.tradewind.domain.InstrumentStatus;
import io.tradewind.domain.PropertiesLines;
import io.tradewind.execution.RiskLimits;
import io.tradewind.kernel.StrategySetup;
import io.tradewind.marketdata.Resolution;
import io.tradewind.marketdata.SeriesNames;
import io.tradewind.marketdata.csv.CsvFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a backtest spec from a properties file. Every problem is reported as
 * {@code FILE: key: what is wrong}, unknown keys included (as {@code FILE line N: unknown key …}), so
 * a typo never silently falls back to a default.
 */
public final class BacktestSpecReader {

    /** The spec's risk keys, which a report's settings repeat. */
    static final String RISK_MAX_NOTIONAL = "risk.max_notional";
    static final String RISK_MAX_POSITION = "risk.max_position";
    static final String RISK_MAX_OPEN_ORDERS = "risk.max_open_orders";
    static final String RISK_DAILY_LOSS = "risk.daily_loss";
    /** Closed candles kept for {@code context.series()} unless the spec says otherwise: ~1 MB of ta4j bars. */
    static final int DEFAULT_SERIES_BARS = 5_000;
    /** The longest series a spec may ask for, so a typo cannot exhaust the heap. */
    static final int MAX_SERIES_BARS = StrategySetup.MAX_SERIES_BARS;
    private static final Set<String> KEYS = Set.of("strategy", "venue", "symbol", "base", "quote", "tick_size",
            "step_size", "min_quantity", "resolution", "from", "to", "maker_fee", "taker_fee", "fill_model",
            "slippage", "max_volume_share", "seed", "data.file", "data.format", "series_bars", RISK_MAX_NOTIONAL,
            RISK_MAX_POSITION, RISK_MAX_OPEN_ORDERS, RISK_DAILY_LOSS);
    /** The keys every spec gives, in the order a spec usually lists them. */
    private static final List<String> REQUIRED_KEYS = List.of("strategy", "symbol", "tick_size", "step_size");
    private static final String PARAMETER_PREFIX = "param.";
    private static final String BALANCE_PREFIX = "balance.";

    private BacktestSpecReader() {
    }

    /** Where a spec named alone is in the specs folder, the path to give: specs are kept there, run from the project. */
    private static String specsFolderHint(Path file) {
        Path inFolder = Path.of("backtests").resolve(file);
        return file.getParent() == null && Files.isRegularFile(inFolder) ? "; did you mean " + inFolder + "?" : "";
    }

    /**
     * @throws IllegalArgumentException naming the file and key of the first problem
     */
    public static BacktestSpec read(Path file) {
        if (file.toString().isBlank()) {
            // an empty path is the working directory: "cannot read: Is a directory" sent the user looking for one
            throw new IllegalArgumentException("the spec's path is empty; give a backtest spec such as"
                    + " backtests/sma-crossover-demo.properties");
        }
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            // read as properties, a candle file's times made keys ("2024-01-01T00 given more than once")
            throw new IllegalArgumentException(file + ": is a CSV file, not a backtest spec; give a spec (KEY=VALUE lines"
                    + " such as backtests/sma-crossover-demo.properties) that names it as data.file");
        }
        Set<String> repeated = new TreeSet<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    repeated.add(key.toString());
                }
                return super.put(key, value);
            }
        };
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            skipByteOrderMark(in);
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such backtest spec" + specsFolderHint(file));
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException(file + ": is not UTF-8 text; save it as UTF-8 (or plain ASCII)");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + FileProblems.reason(e));
        } catch (IllegalArgumentException e) {
            // Properties.load: a malformed unicode escape
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        if (!repeated.isEmpty()) {
            // Properties keeps the last line silently: which one the user meant is unknown
            throw new IllegalArgumentException(file + ": " + String.join(", ", repeated) + " given more than once;"
                    + " keep one line for each key");
        }
        SortedSet<String> withoutValue = properties.stringPropertyNames().stream()
                .filter(key -> properties.getProperty(key).isBlank() && known(key)).collect(Collectors.toCollection(TreeSet::new));
        if (!withoutValue.isEmpty()) {
            // read as missing, "taker_fee is missing" sent the user looking for a line that is there
            throw new IllegalArgumentException(firstOnItsLine(file, withoutValue,
                    key -> key + " has no value: give one after '=' or remove the line"));
        }
        String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
        try {
            return parse(name, properties);
        } catch (UnknownKeys e) {
            throw new IllegalArgumentException(firstOnItsLine(file, e.keys, UnknownKeys::unknown));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    /** Keys the spec does not know, which the file names with their lines. */
    private static final class UnknownKeys extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        final transient SortedSet<String> keys;

        UnknownKeys(SortedSet<String> keys) {
            super(unknown(keys.first()));
            this.keys = keys;
        }

        static String unknown(String key) {
            return "unknown key '" + key + "' (keys: " + String.join(", ", new TreeSet<>(KEYS)) + ", param.NAME, balance.ASSET)";
        }
    }

    /**
     * "FILE line N: problem" of the first line that gives one of {@code keys} (unknown, or without a value), saying where a
     * space ended the key: the properties format reads {@code just a line} as key {@code just}.
     */
    private static String firstOnItsLine(Path file, SortedSet<String> keys, Function<String, String> problem) {
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return file + ": " + problem.apply(keys.first());
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        int firstLine = Integer.MAX_VALUE;
        String first = keys.first();
        for (String key : keys) {
            List<Integer> giving = PropertiesLines.linesGiving(key, lines);
            if (!giving.isEmpty() && giving.get(0) < firstLine) {
                firstLine = giving.get(0);
                first = key;
            }
        }
        if (firstLine == Integer.MAX_VALUE) {
            // written with escapes: no line starts with it as read
            return file + ": " + problem.apply(first);
        }
        String line = lines.get(firstLine - 1);
        String space = PropertiesLines.spaceEndsTheKey(line, first)
                ? " (\"" + line.strip() + "\": a key ends at the first space)" : "";
        return file + " line " + firstLine + space + ": " + problem.apply(first);
    }

    /** A key of the spec's own, a parameter or a balance: an unknown one is told as such. */
    private static boolean known(String key) {
        return KEYS.contains(key) || key.startsWith(PARAMETER_PREFIX) || key.startsWith(BALANCE_PREFIX);
    }

    /** An editor's UTF-8 byte order mark would become part of the first key ("unknown key 'U+FEFF strategy'"). */
    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }

    static BacktestSpec parse(String name, Properties properties) {
        Map<String, String> parameters = new TreeMap<>();
        Map<String, BigDecimal> balances = new TreeMap<>();
        Map<String, String> values = new HashMap<>();
        SortedSet<String> unknown = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            if (key.startsWith(PARAMETER_PREFIX)) {
                parameters.put(key.substring(PARAMETER_PREFIX.length()), value);
            } else if (key.startsWith(BALANCE_PREFIX)) {
                balances.put(key.substring(BALANCE_PREFIX.length()), Decimals.parseNonNegative(value, key));
            } else if (KEYS.contains(key)) {
                values.put(key, value);
            } else {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownKeys(unknown);
        }
        requireAll(values);
        String symbol = required(values, "symbol");
        // a look-alike (a Unicode hyphen pasted from a web page) is named as such, not as a symbol without a hyphen
        SeriesNames.checkSymbol("symbol", symbol);
        SeriesNames.checkVenue("venue", values.getOrDefault("venue", "sim"));
        String[] assets = symbol.split("[-/_]");
        String base = values.getOrDefault("base", assets.length == 2 ? assets[0] : null);
        String quote = values.getOrDefault("quote", assets.length == 2 ? assets[1] : null);
        if (base == null || quote == null) {
            throw new IllegalArgumentException("symbol '" + symbol + "' is not BASE-QUOTE: give base and quote");
        }
        Instrument instrument = new Instrument(symbol, base, quote,
                Decimals.parsePositive(required(values, "tick_size"), "tick_size"),
                Decimals.parsePositive(required(values, "step_size"), "step_size"),
                Decimals.parsePositive(values.getOrDefault("min_quantity", values.get("step_size")), "min_quantity"),
                null, null,
                Decimals.parseNonNegative(values.getOrDefault("maker_fee", "0"), "maker_fee"),
                Decimals.parseNonNegative(values.getOrDefault("taker_fee", "0"), "taker_fee"),
                InstrumentStatus.ACTIVE, List.of(), null, 0);
        if (!instrument.onStepGrid(instrument.minQuantity())) {
            // accepted, it was recorded in the report as the minimum while no order could be that size
            BigDecimal steps = instrument.minQuantity().divide(instrument.stepSize(), 0, RoundingMode.CEILING);
            throw new IllegalArgumentException("min_quantity " + Decimals.format(instrument.minQuantity())
                    + " is not a whole number of step_size " + Decimals.format(instrument.stepSize())
                    + ": no order can be that size; give a multiple of step_size, e.g. min_quantity="
                    + Decimals.format(instrument.stepSize().multiply(steps.max(BigDecimal.ONE))));
        }
        if (balances.isEmpty()) {
            throw new IllegalArgumentException("no starting balance: add e.g. balance." + quote + "=10000");
        }
        for (String asset : balances.keySet()) {
            if (!asset.equals(base) && !asset.equals(quote)) {
                // symbol=btc-irr beside balance.IRR: the case of the symbol, not the balance, is the likely slip
                boolean caseOnly = (asset.equalsIgnoreCase(base) || asset.equalsIgnoreCase(quote))
                        && !symbol.equals(symbol.toUpperCase(Locale.ROOT));
                throw new IllegalArgumentException(BALANCE_PREFIX + asset + ": " + symbol + " trades " + base + " for "
                        + quote + ", not " + asset + "; give balances in " + base + " or " + quote + (caseOnly
                                ? " (letter case counts: write the symbol as the store spells it, e.g. "
                                        + symbol.toUpperCase(Locale.ROOT) + ")" : ""));
            }
        }
        if (balances.values().stream().allMatch(amount -> amount.signum() == 0)) {
            // the run would stop at its first candle with "initial equity must be greater than zero"
            throw new IllegalArgumentException(balances.keySet().stream().sorted().map(asset -> BALANCE_PREFIX + asset + "=0")
                    .collect(Collectors.joining(", ")) + ": every starting balance is zero, so there is"
                    + " nothing to trade with; give one a positive amount, e.g. balance." + quote + "=10000");
        }
        BigDecimal volumeShare = Decimals.parseNonNegative(values.getOrDefault("max_volume_share", "0"), "max_volume_share");
        if (volumeShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("max_volume_share: " + volumeShare.toPlainString()
                    + " is more than a whole candle's volume; give a share from 0 (no limit) to 1");
        }
        FillModel fillModel = FillModel.fromWire(values.getOrDefault("fill_model", FillModel.NEXT_OPEN.wireName()));
        BigDecimal slippage = Decimals.parseNonNegative(values.getOrDefault("slippage", "0"), "slippage");
        String slippageProblem = slippageProblem(slippage);
        if (slippageProblem != null) {
            throw new IllegalArgumentException("slippage: " + slippageProblem);
        }
        if (fillModel == FillModel.CLOSE) {
            // the close model trades like engines that fill on the close: a cost it would ignore must not look applied
            onlyForNextOpen("slippage", slippage);
            onlyForNextOpen("max_volume_share", volumeShare);
        }
        String dataFile = values.get("data.file");
        Instant from = instant(values, "from");
        Instant to = instant(values, "to");
        if (from != null && to != null && !from.isBefore(to)) {
            // known before any candle is read or imported
            throw new IllegalArgumentException("from " + from + " to " + to + " is an empty range; 'to' must be after 'from'");
        }
        return new BacktestSpec(name, required(values, "strategy"), parameters,
                values.getOrDefault("venue", "sim"), instrument,
                Resolution.parse(values.getOrDefault("resolution", "1m")),
                from, to, balances,
                fillModel,
                slippage,
                volumeShare,
                seed(values.getOrDefault("seed", "1")),
                // a relative data path is taken from the working directory, where the README's commands run
                dataFile == null ? null : Path.of(dataFile),
                dataFormat(values.getOrDefault("data.format", "auto")),
                risk(values),
                wholeNumber(values.getOrDefault("series_bars", Integer.toString(DEFAULT_SERIES_BARS)), "series_bars", 1,
                        MAX_SERIES_BARS));
    }

    /**
     * What is wrong with a slippage (a fraction of the price, not negative) that a backtest and the
     * paper venue cannot apply, or null: one of 1 or more moves a sell's price to zero or below.
     */
    public static String slippageProblem(BigDecimal slippage) {
        return slippage.compareTo(BigDecimal.ONE) < 0 ? null : slippage.toPlainString() + " would move a sell's price to"
                + " zero or below; give a fraction below 1 (0.0005 is 0.05 %)";
    }

    private static void onlyForNextOpen(String key, BigDecimal value) {
        if (value.signum() != 0) {
            throw new IllegalArgumentException(key + "=" + value.toPlainString() + " applies to next-open fills only: fill_model=close"
                    + " fills at the signal candle's close without slippage or volume limit; remove " + key
                    + " or use fill_model=next-open");
        }
    }

    /** Checked with the rest of the spec, not only when the data file is imported: a stored series skips the import. */
    private static String dataFormat(String text) {
        if (!text.trim().equalsIgnoreCase("auto")) {
            try {
                CsvFormat.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("data.format: '" + text + "' is not a file format; use auto (the"
                        + " default), ohlcv or trades");
            }
        }
        return text.trim().toLowerCase(Locale.ROOT);
    }

    /** The spec's risk limits, checked as the service checks its configured ones; an absent key is no limit. */
    private static RiskLimits risk(Map<String, String> values) {
        return new RiskLimits(positiveOrNull(values, RISK_MAX_NOTIONAL), positiveOrNull(values, RISK_MAX_POSITION),
                values.containsKey(RISK_MAX_OPEN_ORDERS)
                        ? wholeNumber(values.get(RISK_MAX_OPEN_ORDERS), RISK_MAX_OPEN_ORDERS, 1, Integer.MAX_VALUE) : null,
                null, positiveOrNull(values, RISK_DAILY_LOSS), false, false);
    }

    private static BigDecimal positiveOrNull(Map<String, String> values, String key) {
        String value = values.get(key);
        return value == null ? null : Decimals.parsePositive(value, key);
    }

    private static int wholeNumber(String value, String key, int min, int max) {
        try {
            int number = Decimals.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new IllegalArgumentException(key + ": '" + value + "' is not a whole number from " + min + " to " + max);
    }

    /** Every missing key at once: a spec written from scratch otherwise took a run per key to complete. */
    private static void requireAll(Map<String, String> values) {
        List<String> missing = REQUIRED_KEYS.stream().filter(key -> values.getOrDefault(key, "").isEmpty()).toList();
        if (missing.size() > 1) {
            String quoted = missing.stream().map(key -> "'" + key + "'").collect(Collectors.joining(", "));
            throw new IllegalArgumentException("keys " + quoted.substring(0, quoted.lastIndexOf(", ")) + " and "
                    + quoted.substring(quoted.lastIndexOf(", ") + 2) + " are missing");
        }
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("key '" + key + "' is missing");
        }
        return value;
    }

    private static Instant instant(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            return null;
        }
        try {
            // a bare date is its first instant in UTC, as data import and data generate read it
            return InstantOrDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not an ISO-8601 UTC time such as"
                    + " 2013-11-25T00:00:00Z, or a date such as 2013-11-25");
        }
    }

    private static long seed(String value) {
        try {
            return Decimals.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed: '" + value + "' is not a whole number");
        }
    }
}
