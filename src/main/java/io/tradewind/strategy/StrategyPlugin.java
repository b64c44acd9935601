package io.tradewind.strategy;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class in {@code strategies/} as a strategy plugin. It is a CDI stereotype with the
 * dependent scope, so the application finds every plugin at build time (a native image has no
 * classpath scanning) and gets a fresh instance for each strategy run.
 */
@Stereotype
@Dependent
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StrategyPlugin {
}
