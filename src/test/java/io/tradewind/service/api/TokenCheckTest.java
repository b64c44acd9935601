package io.tradewind.service.api;

import static io.tradewind.service.api.TokenCheck.Access.NONE;
import static io.tradewind.service.api.TokenCheck.Access.OPERATE;
import static io.tradewind.service.api.TokenCheck.Access.READ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenCheckTest {

    @Test
    void the_operator_token_operates_the_read_token_reads_anything_else_is_refused() {
        TokenCheck check = new TokenCheck(Optional.of("op-secret"), Optional.of("read-secret"));

        assertEquals(OPERATE, check.accessOf("Bearer op-secret"));
        assertEquals(OPERATE, check.accessOf("bearer op-secret"));
        assertEquals(READ, check.accessOf("Bearer read-secret"));
        assertEquals(NONE, check.accessOf("Bearer op-secre"));
        assertEquals(NONE, check.accessOf("Bearer op-secret2"));
        assertEquals(NONE, check.accessOf("Basic op-secret"));
        assertEquals(NONE, check.accessOf("op-secret"));
        assertEquals(NONE, check.accessOf("Bearer "));
        assertEquals(NONE, check.accessOf(null));
    }

    @Test
    void without_an_operator_token_everything_is_refused_even_the_read_token() {
        for (Optional<String> unset : java.util.List.of(Optional.<String>empty(), Optional.of(""), Optional.of("  "))) {
            TokenCheck check = new TokenCheck(unset, Optional.of("read-secret"));
            assertFalse(check.operatorTokenConfigured());
            assertEquals(NONE, check.accessOf("Bearer read-secret"));
            assertEquals(NONE, check.accessOf("Bearer "));
        }
    }

    @Test
    void a_serving_process_without_operator_token_warns_naming_the_variable_but_no_token() {
        ApiTokens unset = new ApiTokens(Optional.empty(), Optional.of("read-secret"), true);
        String warning = unset.startupWarning().orElseThrow();
        assertTrue(warning.contains("TRADEWIND_API_TOKEN"), warning);
        assertFalse(warning.contains("read-secret"), warning);

        assertEquals(Optional.empty(), new ApiTokens(Optional.empty(), Optional.empty(), false).startupWarning());
        assertEquals(Optional.empty(), new ApiTokens(Optional.of("a-long-operator-secret"), Optional.empty(), true)
                .startupWarning());
    }

    /** A one-letter token was taken without a word. */
    @Test
    void a_short_operator_token_is_warned_about() {
        String shortToken = new ApiTokens(Optional.of("a"), Optional.empty(), true).startupWarning().orElseThrow();
        assertTrue(shortToken.startsWith("TRADEWIND_API_TOKEN has only 1 characters"), shortToken);
    }

    /** A read token equal to the operator's let its holders act; a user's token equal to another's signed in as them. */
    @Test
    void two_holders_of_one_token_are_named_by_their_settings_never_the_token() {
        Map<String, Optional<String>> tokens = new LinkedHashMap<>();
        tokens.put("TRADEWIND_API_TOKEN", Optional.of("a-long-operator-secret"));
        tokens.put("TRADEWIND_API_READ_TOKEN", Optional.of("a-read-secret"));
        tokens.put("tradewind.orders-api.users.alice.token", Optional.of("alice-secret"));
        tokens.put("tradewind.orders-api.users.bob.token", Optional.empty());
        assertEquals(Optional.empty(), SharedTokens.refusal(tokens));

        tokens.put("tradewind.orders-api.users.bob.token", Optional.of(" alice-secret"));
        String refusal = SharedTokens.refusal(tokens).orElseThrow();
        assertEquals("tradewind.orders-api.users.bob.token is the same token as tradewind.orders-api.users.alice.token,"
                + " so one holder could act as the other: give each its own (e.g. openssl rand -hex 32)", refusal);
        assertFalse(refusal.contains("alice-secret"));
    }
}
