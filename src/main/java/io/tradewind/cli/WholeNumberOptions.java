package io.tradewind.cli;

import io.tradewind.domain.Decimals;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Whole-number options ({@code int}, {@code long}) in ASCII digits only. picocli's own converters
 * read other scripts' digits as Java does ({@code --limit ٣} showed three candles, {@code --count ١٠}
 * generated ten), which the API and the files Tradewind reads refuse; they also took {@code 0x10} for 16.
 */
final class WholeNumberOptions {

    private WholeNumberOptions() {
    }

    /** Registers the converters on {@code commandLine} and every subcommand it has now. */
    static CommandLine registerOn(CommandLine commandLine) {
        CommandLine.ITypeConverter<Integer> anInt = text -> convert(text, "an int", () -> Decimals.parseInt(text));
        CommandLine.ITypeConverter<Long> aLong = text -> convert(text, "a long", () -> Decimals.parseLong(text));
        return commandLine.registerConverter(Integer.class, anInt).registerConverter(int.class, anInt)
                .registerConverter(Long.class, aLong).registerConverter(long.class, aLong);
    }

    private static <T> T convert(String text, String kind, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (NumberFormatException e) {
            boolean ascii = text.chars().allMatch(c -> c < 0x80);
            // picocli's own words for a word or an overflow ("'abc' is not an int"), and why for another script's digits
            throw new CommandLine.TypeConversionException("'" + text + "' is not " + kind
                    + (ascii ? "" : ": write it in ASCII digits 0-9"));
        }
    }
}
