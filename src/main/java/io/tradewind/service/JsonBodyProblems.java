package io.tradewind.service;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.tradewind.domain.InputEcho;
import java.util.stream.Collectors;

/**
 * What was wrong with a request body Jackson could not read, in the client's terms: where the text
 * stopped being JSON, or which field had the wrong kind of value. Jackson's own message names
 * Java classes and parser tokens ({@code Cannot deserialize value of type `…$KillSwitchRequest`
 * from Array value (token `JsonToken.START_ARRAY`)}), which say nothing to an operator.
 */
public final class JsonBodyProblems {

    /** How Jackson's parser begins its message about a field given twice. */
    private static final String DUPLICATE_FIELD = "Duplicate field";
    /** How Jackson begins its message about content after the value. */
    private static final String TRAILING_TOKEN = "Trailing token";

    private JsonBodyProblems() {
    }

    public static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (e instanceof JsonParseException && original != null && original.startsWith(DUPLICATE_FIELD)) {
            // raised where duplicates are refused (STRICT_DUPLICATE_DETECTION): the text is JSON
            String quoted = original.substring(DUPLICATE_FIELD.length()).strip();
            String field = quoted.length() >= 2 ? quoted.substring(1, quoted.length() - 1) : quoted;
            return "the body gives the field '" + InputEcho.shortened(field) + "' twice; give it once";
        }
        if (e instanceof JsonParseException) {
            return "the body is not JSON" + at(e.getLocation());
        }
        if (e instanceof StreamConstraintsException) {
            return beyondReadLimits(original);
        }
        if (original != null && original.startsWith(TRAILING_TOKEN)) {
            // raised where trailing content is refused (FAIL_ON_TRAILING_TOKENS): a second object would be dropped
            return "the body goes on after its JSON value" + at(e.getLocation()) + "; send one JSON object";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "the body's " + field + " has the wrong kind of value";
        }
        return "the body does not have the shape this endpoint takes";
    }

    /** Jackson's read limits, which its message names by their Java settings, in the body's terms. */
    private static String beyondReadLimits(String original) {
        StreamReadConstraints limits = StreamReadConstraints.defaults();
        if (original != null && original.startsWith("Number value length")) {
            return "a number in the body has more than " + limits.getMaxNumberLength() + " characters; no price or amount"
                    + " needs that many";
        }
        if (original != null && original.startsWith("Document nesting depth")) {
            return "the body nests more than " + limits.getMaxNestingDepth() + " levels deep; send one flat JSON object";
        }
        return "the body holds a value larger than the service reads";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (it stops being JSON at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
