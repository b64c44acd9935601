package io.tradewind.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @Test
    void aRequestSignatureEchoedByAVenueIsMasked() {
        assertEquals("refused, HTTP 400 (failed Echo: rejected /api/v4/user/balance?type=0&timestamp=1733&signature=****)",
                SecretMask.mask("refused, HTTP 400 (failed Echo: rejected /api/v4/user/balance?type=0&timestamp=1733"
                        + "&signature=92dfe4232d0c55aa8f72011)"));
        assertEquals("GET /x?Signature=**** other=1", SecretMask.mask("GET /x?Signature=abc123def other=1"));
    }

    @Test
    void theSignatureOfANegocieCoinsHeaderIsMaskedAndTheAppIdToo() {
        SecretMask.register("NEGAPPIDdummy-3321");
        assertEquals("Authorization: \"amx ****:****:5f1c9a:1733000000\"", SecretMask.mask(
                "Authorization: \"amx NEGAPPIDdummy-3321:43YB6mL8IzpaDAMVfQQ61hhcFjSzFxhYmJHZnzEQmJc=:5f1c9a:1733000000\""));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertEquals("the signature is checked; amx headers too", SecretMask.mask("the signature is checked; amx headers too"));
        assertEquals("mail ops@example.com; pass the token", SecretMask.mask("mail ops@example.com; pass the token"));
    }

    @Test
    void aPasswordWrittenIntoADatabaseUrlIsMasked() {
        assertEquals("Driver does not support the provided URL: jdbc:postgres://127.0.0.1:15433/tradewind?password=****&ssl=true",
                SecretMask.mask("Driver does not support the provided URL: jdbc:postgres://127.0.0.1:15433/tradewind"
                        + "?password=SECRETdbPW&ssl=true"));
        assertEquals("jdbc:postgresql://bot:****@db.example:5432/tradewind",
                SecretMask.mask("jdbc:postgresql://bot:SECRETdbPW@db.example:5432/tradewind"));
    }
}
