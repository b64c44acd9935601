package io.tradewind.cli;

import io.quarkus.runtime.QuarkusBindException;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigValidationException;
import io.tradewind.runtime.ConfigKeyNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the user must fix when Quarkus itself refuses to start: a property it cannot use (a
 * misspelt key, a value of the wrong type, an empty one) or an HTTP port another process holds.
 * These are bad input, not internal errors: the command says so in plain words and ends with
 * exit code 2, where Quarkus would end with 1.
 */
final class StartFailure {

    /** SmallRye's message codes ({@code SRCFG00050: }), which tell a user nothing. */
    private static final Pattern CODE = Pattern.compile("^(?:[\\w.$]+Exception: )?SRCFG\\d+: ");
    /** SmallRye's "The config property KEY with the config value "V" threw an Exception ...", whatever follows. */
    private static final Pattern UNCONVERTIBLE = Pattern.compile(
            "(?s)The config property (\\S+) with the config value \"(.*?)\" threw an Exception.*");
    /** Vert.x's refusal of an HTTP port out of range, "port must be <= 65535" (or >= 0). */
    private static final Pattern PORT_OUT_OF_RANGE = Pattern.compile("port must be [<>]= -?\\d+");
    private static final Pattern UNKNOWN_KEY = Pattern.compile("(\\S+) in (.+) does not map to any root");
    private static final Pattern FILE_SOURCE = Pattern.compile(".*\\[source=file:([^\\]]+)\\]:(\\d+)");
    /** How SmallRye reports a property set to nothing: "Failed to load config value ... for: KEY" or "KEY is defined as the empty String". */
    private static final Pattern EMPTY_VALUE = Pattern.compile(
            "(?:Failed to load config value of type \\S+ \\S+ for: (\\S+).*|.*The config property (\\S+) is defined as the empty String.*)");

    private StartFailure() {
    }

    /** The lines to print for {@code failure}, each starting with {@code error:}; empty when it is not the user's to fix. */
    static List<String> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigValidationException invalid) {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < invalid.getProblemCount(); i++) {
                    String problem = CODE.matcher(invalid.getProblem(i).getMessage()).replaceFirst("");
                    String empty = emptyProperty(problem);
                    lines.add(empty != null ? emptyValue(empty) : "error: configuration: " + inWords(problem));
                }
                return lines;
            }
            String empty = cause instanceof ConfigurationException || cause instanceof NoSuchElementException
                    ? emptyProperty(CODE.matcher(firstLine(cause.getMessage())).replaceFirst("")) : null;
            if (empty != null) {
                return List.of(emptyValue(empty));
            }
            if (cause instanceof ConfigurationException unusable) {
                return List.of("error: configuration: " + CODE.matcher(firstLine(unusable.getMessage())).replaceFirst(""));
            }
            if (cause instanceof IllegalArgumentException && PORT_OUT_OF_RANGE.matcher(String.valueOf(cause.getMessage())).matches()) {
                return List.of("error: configuration: quarkus.http.port (QUARKUS_HTTP_PORT) is out of range (" + cause.getMessage()
                        + "): give a port from 1 to 65535, or 0 for any free one");
            }
            if (cause instanceof QuarkusBindException bind) {
                return List.of("error: port " + bind.getPort() + " is in use by another process (another Tradewind"
                        + " service?): stop it, or give this one another port with -Dquarkus.http.port=PORT before -jar"
                        + " (or QUARKUS_HTTP_PORT)");
            }
        }
        return List.of();
    }

    /**
     * SmallRye's "KEY in PropertiesConfigSource[source=file:/x.properties]:31 does not map to any
     * root" as "KEY (/x.properties, line 31) is not a setting Tradewind has", a value that cannot be
     * converted as "KEY: 'V' is not a value this setting takes"; other messages as they are.
     */
    static String inWords(String message) {
        Matcher unconvertible = UNCONVERTIBLE.matcher(message);
        if (unconvertible.matches()) {
            return unconvertible.group(1) + ": '" + unconvertible.group(2) + "' is not a value this setting takes (a number,"
                    + " a duration such as 5s or 500ms, or true or false: README, Running the service, says which)";
        }
        Matcher unknown = UNKNOWN_KEY.matcher(message);
        if (!unknown.matches()) {
            return message;
        }
        Matcher file = FILE_SOURCE.matcher(unknown.group(2));
        String where = file.matches() ? file.group(1) + ", line " + file.group(2)
                : unknown.group(2).startsWith("SysProp") ? "a -D system property" : unknown.group(2);
        String meant = ConfigKeyNames.closest(unknown.group(1)).map(setting -> " (did you mean " + setting + "?)").orElse("");
        return unknown.group(1) + " (" + where + ") is not a setting Tradewind has" + meant + ": correct its name or remove it"
                + " (README, Running the service, lists the settings)";
    }

    /** The property a failure's message says was set to an empty value, or null. */
    private static String emptyProperty(String message) {
        Matcher empty = EMPTY_VALUE.matcher(message);
        return !empty.matches() ? null : empty.group(1) != null ? empty.group(1) : empty.group(2);
    }

    private static String emptyValue(String property) {
        return "error: configuration: " + property + " is set to an empty value (a line " + property + "= with nothing"
                + " after it in the configuration file, or " + environmentName(property) + "= in the environment or an env"
                + " file), which counts as no value and hides its default: give it a value or remove that line";
    }

    /** MicroProfile Config's environment name of a property: upper case, other characters as {@code _}. */
    private static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
