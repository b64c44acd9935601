package io.tradewind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.NativeReflection;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ConfigKeyNames} names the setting a mistyped key was meant to be by reading the
 * configuration mappings by reflection. A native executable answers those reads only for
 * registered interfaces (otherwise it finds no method, and a typo gets no "did you mean").
 */
class ConfigKeyNamesReflectionTest {

    @Test
    void every_mapping_interface_it_reads_is_registered_for_reflection() {
        Set<Class<?>> read = new LinkedHashSet<>();
        ConfigKeyNames.MAPPINGS.forEach(mapping -> walk(mapping, read));
        assertTrue(read.size() > ConfigKeyNames.MAPPINGS.size(), "the walk found no nested mapping: " + read);

        List<String> missing = read.stream().filter(type -> !NativeReflection.registered().contains(type))
                .map(Class::getName).toList();

        assertEquals(List.of(), missing, "mapping interfaces ConfigKeyNames reads but a native image would not keep");
    }

    /** The interfaces {@link ConfigKeyNames} walks from {@code type}, as it walks them. */
    private static void walk(Class<?> type, Set<Class<?>> read) {
        if (!read.add(type)) {
            return;
        }
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && !method.isDefault() && !Modifier.isStatic(method.getModifiers())) {
                Class<?> value = valueType(method.getGenericReturnType());
                if (value != null && value.isInterface()) {
                    walk(value, read);
                }
            }
        }
    }

    private static Class<?> valueType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            if (raw == Map.class) {
                return valueType(parameterized.getActualTypeArguments()[1]);
            }
            if (raw == Optional.class) {
                return valueType(parameterized.getActualTypeArguments()[0]);
            }
        }
        return type instanceof Class<?> plain ? plain : null;
    }
}
