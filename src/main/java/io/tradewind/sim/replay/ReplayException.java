package io.tradewind.sim.replay;

/** A scenario line that cannot be run: the message names the line and what is wrong with it. */
public final class ReplayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long lineNumber;

    public ReplayException(long lineNumber, String problem) {
        super("line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    public long lineNumber() {
        return lineNumber;
    }
}
