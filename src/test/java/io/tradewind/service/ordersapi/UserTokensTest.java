package io.tradewind.service.ordersapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserTokensTest {

    private static final ApiUser ALICE = new ApiUser("alice", "alice", false, "paper", "alice");
    private static final ApiUser ADMIN = new ApiUser("admin", "admin", true, "paper", null);
    private static final ApiUser NOBODY = new ApiUser("carol", "carol", false, "paper", "carol");

    private final UserTokens tokens;

    UserTokensTest() {
        Map<ApiUser, String> byUser = new HashMap<>();
        byUser.put(ALICE, "alice-token");
        byUser.put(ADMIN, " admin-token ");
        byUser.put(NOBODY, "");
        tokens = new UserTokens(byUser);
    }

    @Test
    void a_bearer_token_signs_in_its_user() {
        assertEquals(Optional.of(ALICE), tokens.signedIn("Bearer alice-token"));
        assertEquals(Optional.of(ADMIN), tokens.signedIn("bearer admin-token"));
    }

    @Test
    void no_token_another_scheme_an_unknown_or_an_empty_token_sign_nobody_in() {
        assertTrue(tokens.signedIn(null).isEmpty());
        assertTrue(tokens.signedIn("Basic alice-token").isEmpty());
        assertTrue(tokens.signedIn("Bearer alice-token2").isEmpty());
        assertTrue(tokens.signedIn("Bearer ").isEmpty());
        assertFalse(tokens.canSignIn(NOBODY));
        assertTrue(tokens.canSignIn(ALICE));
    }
}
