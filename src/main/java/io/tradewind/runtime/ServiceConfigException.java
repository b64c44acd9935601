package io.tradewind.runtime;

/** The service's configuration cannot run: a line for each problem, naming the property and what is wrong with it. */
public final class ServiceConfigException extends RuntimeException {

    public ServiceConfigException(String message) {
        super(message);
    }
}
