package io.tradewind.cli;

import java.io.PrintWriter;

/**
 * The lower bounds of a command's number options, checked before it does anything: the first one
 * out of range is refused in one line naming the option, the value given and the least it takes
 * (a benchmark given {@code --batch 0} looped for ever; one given {@code --file-orders -1} printed
 * negative rates).
 */
final class NumberOptions {

    private final PrintWriter err;
    private boolean refused;

    NumberOptions(PrintWriter err) {
        this.err = err;
    }

    /** Refuses {@code value} when it is below {@code least}, unless an earlier option was refused already. */
    NumberOptions atLeast(String option, long value, long least, String why) {
        if (!refused && value < least) {
            err.println("error: " + option + " must be at least " + least + " (" + why + "); it is " + value);
            refused = true;
        }
        return this;
    }

    /** Whether an option was refused, and the command must exit with {@link ExitCode#BAD_INPUT}. */
    boolean refused() {
        return refused;
    }
}
