package io.tradewind.cli;

/**
 * The exit codes of every command, one table (the README's "Exit codes" lists the same). A
 * script can tell bad input it should fix from a store it should retry later.
 */
final class ExitCode {

    /** The command did what it was asked. */
    static final int OK = 0;
    /** Something unexpected went wrong inside Tradewind; the message names a log file with the full trace. */
    static final int INTERNAL_ERROR = 1;
    /** A file, spec, option or value the command cannot use; nothing was written. */
    static final int BAD_INPUT = 2;
    /** The local store (./data) cannot be opened or written, e.g. the disk is full. */
    static final int STORE_UNAVAILABLE = 3;
    /** What the command was asked about does not exist, e.g. an unknown client order id. */
    static final int NOT_FOUND = 4;
    /** A strategy's own code threw during a backtest; the message names the hook, the candle and its frames. */
    static final int STRATEGY_FAILED = 5;
    /** A running service owns the store but cannot be reached or refused the token; or none runs where one is needed. */
    static final int SERVICE_UNAVAILABLE = 6;
    /** A venue could not be reached, did not answer in time, answered unreadably, or asked us to slow down: try again later. */
    static final int VENUE_UNAVAILABLE = 7;
    /** A venue refused our credentials or the request (a rejected order, a refused cancel). */
    static final int VENUE_REFUSED = 8;
    /** The venue does not offer what was asked (its connector declares no such capability). */
    static final int VENUE_CANNOT = 9;
    /**
     * Ctrl-C or SIGTERM stopped the command before it finished; an all-or-nothing write wrote nothing.
     * The process ends with the shell's code for the signal, 130 for Ctrl-C (SIGINT) and 143 for SIGTERM.
     */
    static final int STOPPED = 130;

    private ExitCode() {
    }
}
