package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code data show --limit ٣} showed three candles: picocli read an Arabic-Indic three as Java does. */
class WholeNumberOptionsTest {

    @Command(name = "numbers")
    static class Numbers {
        @Option(names = "--count")
        int count;
        @Option(names = "--seed")
        Long seed;
    }

    @Test
    void ascii_digits_and_a_sign_are_read() {
        Numbers numbers = new Numbers();
        WholeNumberOptions.registerOn(new CommandLine(numbers)).parseArgs("--count", "-12", "--seed", "9223372036854775807");

        assertEquals(-12, numbers.count);
        assertEquals(Long.MAX_VALUE, numbers.seed);
    }

    @Test
    void other_scripts_digits_are_refused_saying_so_and_words_as_picocli_says() {
        assertEquals("Invalid value for option '--count': '\u0663' is not an int: write it in ASCII digits 0-9",
                refusal("--count", "\u0663"));
        assertEquals("Invalid value for option '--seed': '\uFF11\uFF10' is not a long: write it in ASCII digits 0-9",
                refusal("--seed", "\uFF11\uFF10"));
        assertEquals("Invalid value for option '--count': 'abc' is not an int", refusal("--count", "abc"));
        assertEquals("Invalid value for option '--count': '99999999999' is not an int", refusal("--count", "99999999999"));
        assertEquals("Invalid value for option '--count': '0x10' is not an int", refusal("--count", "0x10"));
    }

    private static String refusal(String... args) {
        return assertThrows(CommandLine.ParameterException.class,
                () -> WholeNumberOptions.registerOn(new CommandLine(new Numbers())).parseArgs(args)).getMessage();
    }
}
