package io.tradewind.runtime;

import io.tradewind.strategy.Strategy;
import io.tradewind.strategy.StrategyPlugin;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.Discovery;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.MetaAnnotations;
import jakarta.enterprise.lang.model.declarations.ClassInfo;

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

    /**
     * Fails the build, naming the class, for a plugin the framework could not run: one that is no
     * {@link Strategy} (it would be ignored without a word) or has no constructor without
     * parameters (the bean container would try to inject them and fail with its own trace).
     */
    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = StrategyPlugin.class)
    public void strategyPluginsCanRun(ClassInfo plugin, Messages messages) {
        if (!plugin.hasAnnotation(StrategyPlugin.class)) {
            return;
        }
        if (plugin.isInterface() || plugin.isAbstract()) {
            messages.error("@StrategyPlugin " + plugin.name() + " is " + (plugin.isInterface() ? "an interface" : "abstract")
                    + ": only a class that can be made is a plugin; take the annotation off, and put it on the classes"
                    + " that extend it", plugin);
            return;
        }
        if (!isStrategy(plugin)) {
            messages.error("@StrategyPlugin class " + plugin.name() + " does not implement " + Strategy.class.getName()
                    + ": implement it (or extend RuleStrategy), or take the annotation off", plugin);
        }
        if (plugin.constructors().stream().noneMatch(constructor -> constructor.parameters().isEmpty())) {
            messages.error("@StrategyPlugin class " + plugin.name() + " needs a constructor without parameters:"
                    + " each run makes a fresh instance of it, and reads settings through parameters()", plugin);
        }
    }

    private static boolean isStrategy(ClassInfo type) {
        if (type.name().equals(Strategy.class.getName())) {
            return true;
        }
        for (ClassInfo implemented : type.superInterfacesDeclarations()) {
            if (isStrategy(implemented)) {
                return true;
            }
        }
        ClassInfo superClass = type.superClassDeclaration();
        return superClass != null && isStrategy(superClass);
    }
}
