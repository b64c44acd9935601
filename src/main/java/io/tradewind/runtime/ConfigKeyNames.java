package io.tradewind.runtime;

import io.tradewind.domain.EditDistance;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings Tradewind reads, as name patterns ({@code tradewind.strategies.*.replay.candles-per-second})
 * made from its configuration mappings, to name the one a mistyped key was meant to be. SmallRye
 * reports an unknown key under a mapping's prefix without saying what it looks like.
 */
// read by reflection (their annotations, methods and generic return types): a native image keeps these only when listed
@RegisterForReflection(targets = {ServiceConfig.Strategies.class, ServiceConfig.Instance.class, ServiceConfig.Replay.class,
        ServiceConfig.Paper.class, ServiceConfig.PaperInstrument.class, ServiceConfig.PaperAccount.class,
        ServiceConfig.OrdersApi.class, ServiceConfig.ApiUser.class, ServiceConfig.Service.class, ExecutionConfig.class,
        ExecutionConfig.Limits.class})
public final class ConfigKeyNames {

    private static final String ANY = "*";
    /** The most letters a key may differ by, over all its segments, to be taken for a typo of a setting. */
    private static final int MOST_EDITS = 3;
    static final List<Class<?>> MAPPINGS = List.of(ServiceConfig.Strategies.class, ServiceConfig.Paper.class,
            ServiceConfig.OrdersApi.class, ServiceConfig.Service.class, ExecutionConfig.class);

    private ConfigKeyNames() {
    }

    /** The setting {@code key} most likely misspells, with {@code key}'s own names where the pattern takes any; empty when none is close. */
    public static Optional<String> closest(String key) {
        return closest(key, List.of());
    }

    /** {@link #closest(String)} among the mapped settings and {@code moreSettings}, settings read one by one. */
    static Optional<String> closest(String key, Collection<String> moreSettings) {
        List<List<String>> patterns = patterns();
        moreSettings.forEach(setting -> patterns.add(List.of(setting.split("\\."))));
        String[] segments = key.split("\\.", -1);
        String best = null;
        int bestEdits = MOST_EDITS + 1;
        for (List<String> pattern : patterns) {
            if (pattern.size() != segments.length) {
                continue;
            }
            int edits = 0;
            StringBuilder filled = new StringBuilder();
            for (int i = 0; i < segments.length && edits < bestEdits; i++) {
                String expected = pattern.get(i).equals(ANY) ? segments[i] : pattern.get(i);
                edits += EditDistance.between(segments[i], expected);
                filled.append(i == 0 ? "" : ".").append(expected);
            }
            if (edits > 0 && edits < bestEdits) {
                best = filled.toString();
                bestEdits = edits;
            }
        }
        return Optional.ofNullable(best);
    }

    static List<List<String>> patterns() {
        List<List<String>> patterns = new ArrayList<>();
        for (Class<?> mapping : MAPPINGS) {
            ConfigMapping annotation = mapping.getAnnotation(ConfigMapping.class);
            if (annotation != null) {
                // a native image without the mapping's annotations kept gives no guess rather than a failure
                walk(mapping, new ArrayList<>(Arrays.asList(annotation.prefix().split("\\."))), patterns);
            }
        }
        return patterns;
    }

    private static void walk(Class<?> type, List<String> path, List<List<String>> patterns) {
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() > 0 || method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            List<String> here = new ArrayList<>(path);
            if (!method.isAnnotationPresent(WithParentName.class)) {
                WithName named = method.getAnnotation(WithName.class);
                here.add(named != null ? named.value() : kebab(method.getName()));
            }
            value(method.getGenericReturnType(), here, patterns);
        }
    }

    private static void value(Type type, List<String> path, List<List<String>> patterns) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == java.util.Map.class) {
                List<String> keyed = new ArrayList<>(path);
                keyed.add(ANY);
                value(arguments[1], keyed, patterns);
                return;
            }
            if (raw == Optional.class) {
                value(arguments[0], path, patterns);
                return;
            }
        }
        if (type instanceof Class<?> plain && plain.isInterface()) {
            walk(plain, path, patterns);
            return;
        }
        patterns.add(List.copyOf(path));
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
