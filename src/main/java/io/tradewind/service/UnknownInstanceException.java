package io.tradewind.service;

/** No strategy instance has the id an operator named. */
public final class UnknownInstanceException extends RuntimeException {

    public UnknownInstanceException(String id) {
        super("no strategy instance '" + id + "': the instances are the keys under tradewind.strategies");
    }
}
