package io.tradewind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Types that our own ObjectMapper reads or writes (the REST clients hand us text, and some answers
 * are written outside a REST method's signature) are invisible to Quarkus: a native executable
 * keeps their accessors only when they are registered for reflection. Without it Jackson reads
 * nothing and writes {@code {}} there, while the JVM build works.
 */
class JsonTypesAreRegisteredForReflectionTest {

    /** Every type declared in a venue's DTO class is in that class's registration. */
    @ParameterizedTest
    @ValueSource(strings = {"io.tradewind.exchange.nobitex.NobitexDtos", "io.tradewind.exchange.ordersapi.OrdersApiDtos",
        "io.tradewind.exchange.negociecoins.NegocieCoinsDtos"})
    void everyDtoOfAVenueIsRegistered(String holderName) throws ClassNotFoundException {
        Class<?> holder = Class.forName(holderName);
        RegisterForReflection registration = holder.getAnnotation(RegisterForReflection.class);
        assertTrue(registration != null, holderName + " is not registered for reflection");
        Set<Class<?>> registered = Set.of(registration.targets());
        List<String> missing = new ArrayList<>();
        for (Class<?> dto : holder.getDeclaredClasses()) {
            if (!registered.contains(dto)) {
                missing.add(dto.getSimpleName());
            }
        }
        assertEquals(List.of(), missing, holderName + " declares types its registration leaves out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.tradewind.service.ServiceEvent", "io.tradewind.service.api.ApiError",
        "io.tradewind.service.ordersapi.ErrorDetail", "io.tradewind.service.api.ServiceFile",
        "io.tradewind.service.api.KillSwitchResource$KillSwitchRequest"})
    void typesWrittenOrReadByOurOwnMapperAreRegistered(String name) throws ClassNotFoundException {
        Class<?> type = Class.forName(name);
        assertTrue(type.isAnnotationPresent(RegisterForReflection.class),
                name + " is not registered for reflection; registered: " + Arrays.toString(type.getAnnotations()));
    }

    /**
     * A type that carries Jackson's annotations is one Jackson reads by reflection, wherever it is
     * declared: TopArz's DTOs, say, are top-level records that {@code TopArzJsonTypes} lists.
     */
    @Test
    void everyTypeAnnotatedForJacksonIsRegistered() {
        Set<Class<?>> registered = NativeReflection.registered();
        List<String> missing = NativeReflection.applicationClasses().stream()
                .filter(JsonTypesAreRegisteredForReflectionTest::annotatedForJackson)
                .filter(type -> !registered.contains(type))
                .map(Class::getName)
                .sorted()
                .toList();
        assertEquals(List.of(), missing, "types annotated for Jackson but not registered for reflection");
    }

    private static boolean annotatedForJackson(Class<?> type) {
        Stream<AnnotatedElement> members = Stream.of(
                Stream.of(type),
                Arrays.stream(type.getDeclaredFields()),
                Arrays.stream(type.getDeclaredMethods()),
                Arrays.stream(type.getDeclaredConstructors()),
                Stream.concat(Arrays.stream(type.getDeclaredMethods()), Arrays.stream(type.getDeclaredConstructors()))
                        .map(Executable::getParameters).flatMap(Arrays::stream))
                .flatMap(elements -> elements);
        return members.flatMap(member -> Arrays.stream(member.getDeclaredAnnotations()))
                .map(Annotation::annotationType)
                .anyMatch(annotation -> annotation.getPackageName().startsWith("com.fasterxml.jackson."));
    }
}
