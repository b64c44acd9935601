package io.tradewind.exchange.nobitex;

import io.tradewind.exchange.SecretMask;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueCredentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The account's API token: logs in with {@code POST /auth/login/} ({@code captcha: "api"},
 * {@code remember}, {@code X-TOTP} when a TOTP secret is configured), renews the token before it
 * expires (30 days with {@code remember}, else 4 hours) and once when a call is answered 401. The
 * token is registered with {@link SecretMask} as soon as it arrives. Calls refused for their token
 * are counted: too many make private calls wait ({@link NobitexBadTokenCalls}).
 */
final class NobitexSession {

    static final String LOGIN_GROUP = "login";

    private static final Logger LOG = Logger.getLogger(NobitexSession.class);

    private final VenueCredentials credentials;
    private final NobitexPublicApi api;
    private final NobitexTransport transport;
    private final Clock clock;
    private final boolean remember;

    private volatile String token;
    private Instant renewAt = Instant.MIN;
    private final NobitexBadTokenCalls badTokenCalls;

    NobitexSession(VenueCredentials credentials, NobitexPublicApi api, NobitexTransport transport, Clock clock,
            boolean remember) {
        this.credentials = credentials;
        this.api = api;
        this.transport = transport;
        this.clock = clock;
        this.remember = remember;
        this.badTokenCalls = new NobitexBadTokenCalls(clock);
    }

    /** How long a token lives: Nobitex's 30 days with {@code remember}, else 4 hours. */
    Duration lifetime() {
        return remember ? Duration.ofDays(30) : Duration.ofHours(4);
    }

    /** The token the auth filter sends, or {@code null} before the first login. */
    String currentToken() {
        return token;
    }

    /** A token valid for a while yet: logs in first when there is none or it is near its expiry. */
    synchronized String token() throws VenueCallException {
        badTokenCalls.requireAllowed();
        if (token == null || !clock.instant().isBefore(renewAt)) {
            login();
        }
        return token;
    }

    /** Counts a call refused for its token, and forgets the token unless another call has already renewed it. */
    synchronized void refused(String refusedToken) {
        badTokenCalls.refused();
        if (refusedToken != null && refusedToken.equals(token)) {
            token = null;
        }
    }

    private void login() throws VenueCallException {
        String username = credentials.required("username");
        String password = credentials.required("password");
        Optional<String> totpSecret = credentials.optional("totp_secret");
        Instant now = clock.instant();
        String totp = totpSecret.isPresent() ? NobitexTotp.code(totpSecret.get(), now) : null;
        NobitexDtos.LoginRequest body = new NobitexDtos.LoginRequest(username, password, "api", remember ? "yes" : "no");
        NobitexAnswer answer;
        try {
            answer = transport.send(LOGIN_GROUP, "login", false, () -> api.login(body, totp));
        } catch (VenueCallException e) {
            if (e.kind() == Kind.REFUSED) {
                throw new VenueCallException(Kind.AUTHENTICATION, e.getMessage() + "; check TRADEWIND_NOBITEX_USERNAME,"
                        + " _PASSWORD and _TOTP_SECRET", false);
            }
            throw e;
        }
        NobitexDtos.LoginAnswer login = NobitexTransport.as(answer, NobitexDtos.LoginAnswer.class, "login", false);
        if (answer.failed() || login.key() == null || login.key().isBlank()) {
            throw new VenueCallException(Kind.AUTHENTICATION, NobitexTransport.VENUE + " login refused: "
                    + SecretMask.mask(answer.refusal()) + "; check TRADEWIND_NOBITEX_USERNAME, _PASSWORD"
                    + " and _TOTP_SECRET", false);
        }
        SecretMask.register(login.key());
        token = login.key();
        Duration lifetime = lifetime();
        renewAt = now.plus(lifetime).minus(lifetime.dividedBy(10));
        LOG.infof("%s: logged in; the token is renewed after %s", NobitexTransport.VENUE, renewAt);
    }
}
