package io.tradewind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A read token equal to the operator's let its holders act; serve now refuses to start, before anything else. */
class ServeSharedTokensTest {

    @Test
    void serve_refuses_a_read_token_that_is_the_operators_with_exit_2_and_one_line() {
        // nothing else is reached: a null service, store or notifier would fail the test if it were
        ServeCommand serve = new ServeCommand(null, null, null, null, null, Optional.of("a-long-operator-secret"),
                Optional.of("a-long-operator-secret"), Map::of, 8080, null, null, null);
        StringWriter err = new StringWriter();

        int exit = new CommandLine(serve).setErr(new PrintWriter(err)).execute();

        assertEquals(ExitCode.BAD_INPUT, exit);
        assertEquals("error: TRADEWIND_API_READ_TOKEN is the same token as TRADEWIND_API_TOKEN, so one holder could act as"
                + " the other: give each its own (e.g. openssl rand -hex 32)", err.toString().strip());
    }
}
