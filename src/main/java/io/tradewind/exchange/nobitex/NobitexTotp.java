package io.tradewind.exchange.nobitex;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import java.time.Instant;

/** The six-digit RFC 6238 code (SHA-1, 30 s steps) of a Base32 secret, for Nobitex's {@code X-TOTP}. */
final class NobitexTotp {

    private static final int PERIOD_SECONDS = 30;
    private static final DefaultCodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private NobitexTotp() {
    }

    static String code(String base32Secret, Instant now) throws VenueCallException {
        try {
            return GENERATOR.generate(base32Secret, Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS));
        } catch (CodeGenerationException | RuntimeException e) {
            throw new VenueCallException(Kind.AUTHENTICATION, NobitexTransport.VENUE
                    + ": TRADEWIND_NOBITEX_TOTP_SECRET is not a Base32 TOTP secret", false);
        }
    }
}
