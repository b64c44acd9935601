package io.tradewind.strategy;

/** The kinds of values a strategy parameter can take. */
public enum ParameterType {
    INTEGER,
    DECIMAL,
    BOOLEAN
}
