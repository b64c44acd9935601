package io.tradewind.cli;

import io.quarkus.runtime.QuarkusBindException;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigValidationException;
import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern CODE = Pattern.compile("^SRCFG\\d+: ");
    private static final Pattern UNKNOWN_KEY = Pattern.compile("(\\S+) in (.+) does not map to any root");
    private static final Pattern FILE_SOURCE = Pattern.compile(".*\\[source=file:([^\\]]+)\\]:(\\d+)");

    private StartFailure() {
    }

    /** The lines to print for {@code failure}, each starting with {@code error:}; empty when it is not the user's to fix. */
    static List<String> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigValidationException invalid) {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < invalid.getProblemCount(); i++) {
                    lines.add("error: configuration: " + inWords(CODE.matcher(invalid.getProblem(i).getMessage()).replaceFirst("")));
                }
                return lines;
            }
            if (cause instanceof ConfigurationException unusable) {
                String message = CODE.matcher(firstLine(unusable.getMessage())).replaceFirst("");
                // SmallRye's "failed to load" is what an empty value gives: it reads as missing
                return List.of("error: configuration: " + message
                        + (message.startsWith("Failed to load config value") ? " (an empty value counts as none)" : ""));
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
     * root" as "KEY (/x.properties, line 31) is not a setting Tradewind has"; other messages as they are.
     */
    static String inWords(String message) {
        Matcher unknown = UNKNOWN_KEY.matcher(message);
        if (!unknown.matches()) {
            return message;
        }
        Matcher file = FILE_SOURCE.matcher(unknown.group(2));
        String where = file.matches() ? file.group(1) + ", line " + file.group(2)
                : unknown.group(2).startsWith("SysProp") ? "a -D system property" : unknown.group(2);
        return unknown.group(1) + " (" + where + ") is not a setting Tradewind has: correct its name or remove it (README,"
                + " Running the service, lists the settings)";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
