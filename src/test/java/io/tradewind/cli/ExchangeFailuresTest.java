package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.exchange.SecretMask;
import io.tradewind.exchange.VenueCallException;
import io.tradewind.exchange.VenueCallException.Kind;
import io.tradewind.exchange.VenueFailures;
import io.tradewind.execution.VenueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each kind of failed venue call as one line with what to do, and its exit code. */
class ExchangeFailuresTest {

    @Test
    void authentication_names_the_environment_variables_unless_the_message_already_does() {
        ExchangeFailures.Report refused = ExchangeFailures.of("nobitex", new VenueCallException(Kind.AUTHENTICATION,
                "nobitex wallets: HTTP 401, the venue refused our credentials", false));
        assertEquals("nobitex wallets: HTTP 401, the venue refused our credentials; check the credentials in the"
                + " environment variables TRADEWIND_NOBITEX_*", refused.message());
        assertEquals(ExitCode.VENUE_REFUSED, refused.exitCode());

        String missing = "toparz: set the environment variable TRADEWIND_TOPARZ_TOKEN for private calls";
        assertEquals(missing, ExchangeFailures.of("toparz", new VenueCallException(Kind.AUTHENTICATION, missing, false))
                .message());
    }

    @Test
    void rate_limiting_says_how_long_to_wait_when_the_venue_said() {
        ExchangeFailures.Report timed = ExchangeFailures.of("nobitex", new VenueCallException(Kind.RATE_LIMITED,
                "nobitex depth: HTTP 429, too many requests", false, Duration.ofSeconds(90), null));
        assertEquals("nobitex depth: HTTP 429, too many requests; try again in 90 s", timed.message());
        assertEquals(ExitCode.VENUE_UNAVAILABLE, timed.exitCode());
        assertEquals("x: slow down; wait a minute and try again", ExchangeFailures.of("x",
                new VenueCallException(Kind.RATE_LIMITED, "x: slow down", false)).message());
    }

    @Test
    void a_write_that_may_have_taken_effect_says_how_to_look_it_up() {
        ExchangeFailures.Report lost = ExchangeFailures.of("toparz", new VenueCallException(Kind.TIMEOUT,
                "toparz place: no answer in time; it may have taken effect", true), "c-9");
        assertEquals("toparz place: no answer in time; it may have taken effect; look it up with 'exchange toparz"
                + " status c-9' before trying again", lost.message());
        assertEquals("sim place: lost; it may have taken effect: look it up with 'exchange sim status CLIENT_ID' before"
                + " trying again", ExchangeFailures.of("sim", new VenueException("sim place: lost", true)).message());
        assertEquals(ExitCode.VENUE_UNAVAILABLE, lost.exitCode());
    }

    @Test
    void a_lost_placement_at_a_venue_without_client_order_ids_is_looked_for_among_its_open_orders() {
        VenueCallException timeout = new VenueCallException(Kind.TIMEOUT, "negociecoins place: no answer in time", true);

        String message = ExchangeFailures.of("negociecoins", timeout, "mylost1", false).message();

        assertEquals("negociecoins place: no answer in time; it may have taken effect: look for it with 'exchange"
                + " negociecoins orders' (the same symbol, side, price and quantity, under the venue's id; negociecoins"
                + " does not know our client order ids, so 'status mylost1' cannot find it; a filled one is only in the"
                + " venue's own history) before trying again", message);
        assertTrue(ExchangeFailures.of("negociecoins", timeout, "venue:1001", false).message()
                .endsWith("look it up with 'exchange negociecoins status venue:1001' before trying again"));
    }

    @Test
    void every_other_kind_has_its_code_and_secrets_never_show() {
        SecretMask.register("s3cr3t-token-value");
        assertEquals(new ExchangeFailures.Report("v call: HTTP 400 for ****", ExitCode.VENUE_REFUSED),
                ExchangeFailures.of("v", new VenueCallException(Kind.REFUSED, "v call: HTTP 400 for s3cr3t-token-value", false)));
        assertEquals(new ExchangeFailures.Report("v cannot serve depth", ExitCode.VENUE_CANNOT),
                ExchangeFailures.of("v", VenueCallException.unsupported("v", "serve depth")));
        assertEquals(new ExchangeFailures.Report("v depth: the answer is not JSON; check that the base URL is a v server",
                ExitCode.VENUE_UNAVAILABLE), ExchangeFailures.of("v", new VenueCallException(Kind.MALFORMED_ANSWER,
                        "v depth: the answer is not JSON", false)));
        assertEquals(ExitCode.VENUE_UNAVAILABLE, ExchangeFailures.of("v", new VenueException("gone", false)).exitCode());
    }

    /** A 404 that is not the venue's own answer is a wrong base URL (exit code 7), said once; it was a refusal (8). */
    @Test
    void a_404_that_is_not_the_venues_answer_is_unavailable_and_names_the_base_url_once() {
        ExchangeFailures.Report report = ExchangeFailures.of("nobitex", VenueFailures.notTheVenue("nobitex",
                "GET /v2/options", 404));
        assertEquals(new ExchangeFailures.Report("nobitex GET /v2/options: HTTP 404, an answer nobitex does not give; the"
                + " base URL may not be a nobitex server: check it", ExitCode.VENUE_UNAVAILABLE), report);
    }
}
