package io.tradewind.runtime;

import io.tradewind.strategy.StrategyPlugin;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.MetaAnnotations;

/**
 * Makes every class annotated {@link StrategyPlugin} a bean, found at build time: a CDI Lite
 * build compatible extension (ArC runs it while it builds the application; registered in
 * {@code META-INF/services}) declares the plain annotation a stereotype with the dependent scope,
 * so each strategy run gets a fresh instance and the strategy code imports no CDI type.
 */
public class StrategyPluginDiscovery implements BuildCompatibleExtension {

    @Discovery
    public void strategyPluginsAreBeans(MetaAnnotations meta) {
        meta.addStereotype(StrategyPlugin.class).addAnnotation(Dependent.class);
    }
}
