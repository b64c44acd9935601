package io.tradewind.service.api;

import static io.tradewind.service.api.TokenCheck.Access.NONE;
import static io.tradewind.service.api.TokenCheck.Access.OPERATE;
import static io.tradewind.service.api.TokenCheck.Access.READ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A one-letter token was taken without a word, and a read token equal to the operator's let its holders act. */
    @Test
    void a_short_operator_token_is_warned_about_and_a_read_token_that_is_the_operators_refused() {
        String shortToken = new ApiTokens(Optional.of("a"), Optional.empty(), true).startupWarning().orElseThrow();
        assertTrue(shortToken.startsWith("TRADEWIND_API_TOKEN has only 1 characters"), shortToken);

        ApiTokens same = new ApiTokens(Optional.of("a-long-operator-secret"), Optional.of(" a-long-operator-secret"), true);
        assertEquals("TRADEWIND_API_READ_TOKEN is the same as TRADEWIND_API_TOKEN, so a read-only holder could act: give it"
                + " a token of its own (e.g. openssl rand -hex 32)", same.refusal().orElseThrow());
        assertEquals(Optional.empty(), new ApiTokens(Optional.of("a-long-operator-secret"), Optional.of("another-secret"),
                true).refusal());
    }
}
