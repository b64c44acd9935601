package io.tradewind.runtime;

/** The service was asked to stop while it was starting: start-up gave up at its next step, with nothing left half-built. */
public final class StartAbandonedException extends RuntimeException {

    StartAbandonedException(String step) {
        super("gave up before " + step);
    }
}
