package io.tradewind.cli;

/** A command could not do its work through the running service; the message is the one line to print. */
final class ServiceCallException extends RuntimeException {

    private final int exitCode;

    ServiceCallException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    ServiceCallException(String message) {
        this(message, ExitCode.SERVICE_UNAVAILABLE);
    }

    int exitCode() {
        return exitCode;
    }
}
