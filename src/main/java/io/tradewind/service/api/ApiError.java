package io.tradewind.service.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every error the API answers: the HTTP status again and one line saying what went wrong. */
@Schema(description = "An error: the HTTP status and one line saying what went wrong and what to do.")
@RegisterForReflection // also written by our own ObjectMapper (BodyTooLarge), outside a REST endpoint
public record ApiError(int status, String error) {
}
