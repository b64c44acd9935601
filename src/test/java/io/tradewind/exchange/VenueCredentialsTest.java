package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VenueCredentialsTest {

    @Test
    void credentialsComeFromTradewindVenueNameVariablesAndAreMaskedOnceRead() {
        VenueCredentials credentials = new VenueCredentials("nobitex",
                Map.of("TRADEWIND_NOBITEX_PASSWORD", "s3cret-pass-41", "TRADEWIND_NOBITEX_USERNAME", " "));

        assertEquals(Optional.of("s3cret-pass-41"), credentials.optional("password"));
        assertEquals(Optional.empty(), credentials.optional("username"), "a blank variable is unset");
        assertEquals("login as u with ****", SecretMask.mask("login as u with s3cret-pass-41"));
    }

    @Test
    void aMissingCredentialNamesItsVariableAndNoValue() {
        VenueCredentials credentials = new VenueCredentials("toparz", Map.of("TRADEWIND_NOBITEX_PASSWORD", "other-venue-pw"));

        VenueCallException missing = assertThrows(VenueCallException.class, () -> credentials.required("token"));

        assertEquals(VenueCallException.Kind.AUTHENTICATION, missing.kind());
        assertEquals("toparz: set the environment variable TRADEWIND_TOPARZ_TOKEN for private calls", missing.getMessage());
        assertFalse(missing.mayHaveTakenEffect());
    }

    @Test
    void shortValuesAreNotTreatedAsSecretsSoOrdinaryTextSurvives() {
        SecretMask.register("abc");
        assertTrue(SecretMask.mask("abc order").contains("abc"));
    }
}
