package io.tradewind;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What a native executable's Jackson could see: it reads a class's accessors only where the class
 * is registered for reflection, and Quarkus registers by itself only the types a REST method's
 * signature names. A JSON answer built as a map, or text written by our own mapper, holds types no
 * signature names; these helpers find the classes Jackson had to look into (as the JVM build does,
 * silently) and those the project registers, so a test can say which are missing.
 */
public final class NativeReflection {

    private static volatile Set<Class<?>> registered;

    private NativeReflection() {
    }

    /** A copy of {@code base} that adds to {@code looked} every class it makes a bean (de)serializer for by reflection. */
    public static ObjectMapper recording(ObjectMapper base, Set<Class<?>> looked) {
        SimpleModule module = new SimpleModule("records-reflection");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean, JsonSerializer<?> serializer) {
                looked.add(bean.getBeanClass());
                return serializer;
            }
        });
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                    JsonDeserializer<?> deserializer) {
                looked.add(bean.getBeanClass());
                return deserializer;
            }
        });
        return base.copy().registerModule(module);
    }

    /** The classes among {@code looked} that are the project's own and registered nowhere. */
    public static Set<String> unregistered(Set<Class<?>> looked) {
        Set<Class<?>> known = registered();
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : looked) {
            if (type.getName().startsWith("io.tradewind.") && !known.contains(type)) {
                missing.add(type.getName());
            }
        }
        return missing;
    }

    /** Every class of the application that carries {@link RegisterForReflection} or is one of its targets. */
    public static Set<Class<?>> registered() {
        if (registered == null) {
            Set<Class<?>> found = ConcurrentHashMap.newKeySet();
            for (Class<?> type : applicationClasses()) {
                RegisterForReflection registration = type.getAnnotation(RegisterForReflection.class);
                if (registration == null) {
                    continue;
                }
                if (registration.targets().length == 0 && registration.classNames().length == 0) {
                    found.add(type);
                }
                found.addAll(Arrays.asList(registration.targets()));
                for (String name : registration.classNames()) {
                    found.add(load(name));
                }
            }
            registered = found;
        }
        return registered;
    }

    /** Every class compiled from the application's sources (src/main/java and strategies/). */
    public static Set<Class<?>> applicationClasses() {
        Path classes;
        try {
            classes = Path.of(NativeReflection.class.getClassLoader().getResource("io/tradewind/cli/TradewindMain.class").toURI())
                    .getParent().getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Set<Class<?>> types = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().equals("module-info.class"))
                    .map(file -> classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .forEach(name -> types.add(load(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, NativeReflection.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is registered for reflection but does not exist", e);
        }
    }
}
