package io.tradewind.strategy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class in {@code strategies/} as a strategy plugin. A plain annotation, so a strategy
 * depends on nothing but the strategy SPI and the domain; the application finds plugins at build
 * time ({@code io.tradewind.runtime.StrategyPluginDiscovery} declares this annotation a
 * dependent-scoped stereotype: a native image has no classpath scanning) and gets a fresh instance
 * for each strategy run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StrategyPlugin {
}
