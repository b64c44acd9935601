package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tradewind.strategy.Strategy;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build refuses, naming the class, a {@code @StrategyPlugin} the framework could not run: one
 * that is no {@link Strategy} (it used to be ignored without a word, and "no strategy named …"
 * then said to annotate it) or that has no constructor without parameters (the bean container
 * used to fail with its own trace). The bean container's class model is faked here: only the
 * build itself (ArC) makes real ones.
 */
class StrategyPluginDiscoveryTest {

    private static final ClassInfo STRATEGY = type(Strategy.class.getName(), false, List.of(), null);
    private static final ClassInfo OBJECT = type(Object.class.getName(), false, List.of(), null, 0);

    @Test
    void a_strategy_with_a_constructor_without_parameters_passes_through_its_superclass_too() {
        ClassInfo rules = type("io.tradewind.strategy.SomeRules", false, List.of(STRATEGY), OBJECT, 0);

        assertEquals(List.of(), errors(type("mine.Breakout", true, List.of(), rules, 0, 2)));
        assertEquals(List.of(), errors(type("mine.Direct", true, List.of(STRATEGY), OBJECT, 0)));
    }

    @Test
    void a_plugin_that_is_no_strategy_is_refused() {
        assertEquals(List.of("@StrategyPlugin class mine.NotAStrategy does not implement io.tradewind.strategy.Strategy:"
                + " implement it (or extend RuleStrategy), or take the annotation off"),
                errors(type("mine.NotAStrategy", true, List.of(), OBJECT, 0)));
    }

    @Test
    void a_plugin_whose_constructors_all_take_parameters_is_refused() {
        assertEquals(List.of("@StrategyPlugin class mine.WithSettings needs a constructor without parameters:"
                + " each run makes a fresh instance of it, and reads settings through parameters()"),
                errors(type("mine.WithSettings", true, List.of(STRATEGY), OBJECT, 1, 2)));
    }

    /** An abstract class passed the build and was then skipped by the bean container without a word. */
    @Test
    void an_abstract_plugin_is_refused() {
        assertEquals(List.of("@StrategyPlugin mine.BreakoutBase is abstract: only a class that can be made is a plugin;"
                + " take the annotation off, and put it on the classes that extend it"),
                errors(type("mine.BreakoutBase", true, List.of(STRATEGY), OBJECT, 0)));
    }

    @Test
    void a_class_with_the_annotation_only_on_a_member_is_not_a_plugin() {
        assertEquals(List.of(), errors(type("mine.Helper", false, List.of(), OBJECT, 1)));
    }

    private static List<String> errors(ClassInfo plugin) {
        List<String> errors = new ArrayList<>();
        Messages messages = (Messages) Proxy.newProxyInstance(Messages.class.getClassLoader(), new Class<?>[] {Messages.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("error")) {
                        errors.add((String) args[0]);
                    }
                    return null;
                });
        new StrategyPluginDiscovery().strategyPluginsCanRun(plugin, messages);
        return errors;
    }

    /** A class named {@code name}, with constructors taking {@code constructorParameters} parameters each. */
    private static ClassInfo type(String name, boolean annotated, List<ClassInfo> interfaces, ClassInfo superClass,
            int... constructorParameters) {
        List<MethodInfo> constructors = Arrays.stream(constructorParameters).mapToObj(StrategyPluginDiscoveryTest::constructor).toList();
        return (ClassInfo) Proxy.newProxyInstance(ClassInfo.class.getClassLoader(), new Class<?>[] {ClassInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "name", "toString" -> name;
                    case "hasAnnotation" -> annotated;
                    case "isInterface" -> false;
                    case "isAbstract" -> name.endsWith("Base");
                    case "superInterfacesDeclarations" -> interfaces;
                    case "superClassDeclaration" -> superClass;
                    case "constructors" -> constructors;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static MethodInfo constructor(int parameters) {
        return (MethodInfo) Proxy.newProxyInstance(MethodInfo.class.getClassLoader(), new Class<?>[] {MethodInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("parameters")) {
                        return Collections.nCopies(parameters, null);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
