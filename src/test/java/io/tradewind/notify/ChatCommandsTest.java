package io.tradewind.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.service.api.FakeServiceOperations;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatCommandsTest {

    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");

    private final FakeServiceOperations service = new FakeServiceOperations()
            .add(FakeServiceOperations.instance("btc-sma", new BigDecimal("12.5"), new BigDecimal("-0.00000001")))
            .add(FakeServiceOperations.instance("eth-grid", BigDecimal.ZERO, BigDecimal.ONE));
    private final ChatCommands commands = new ChatCommands(service);

    @Test
    void status_and_profit_list_every_instance() {
        String status = commands.answer("/status", T);
        assertTrue(status.startsWith("btc-sma: ") && status.contains("\neth-grid: "), status);
        String profit = commands.answer("/profit@TradewindBot", T);
        assertTrue(profit.contains("btc-sma: realised 12.5 IRR, unrealised -0.00000001 IRR"), profit);
    }

    /** The chat spells amounts as the API, dashboard and command line do: 10.3, not 10.30000000. */
    @Test
    void amounts_are_spelled_without_trailing_zeros() {
        service.add(FakeServiceOperations.instance("padded", new BigDecimal("10.30000000"), new BigDecimal("0E-8")));
        String profit = commands.answer("/profit", T);
        assertTrue(profit.contains("padded: realised 10.3 IRR, unrealised 0 IRR"), profit);
    }

    @Test
    void pause_resume_and_flatten_act_on_the_named_instance_and_need_one() {
        commands.answer("/pause btc-sma", T);
        commands.answer("/resume btc-sma", T);
        commands.answer("/flatten eth-grid", T);
        assertEquals(List.of("pause btc-sma", "resume btc-sma", "flatten eth-grid"), service.calls);
        assertEquals("/pause needs an instance id: btc-sma, eth-grid", commands.answer("/pause", T));
    }

    @Test
    void stopentry_makes_every_instance_reduce_only_and_leaves_a_paused_one_paused() {
        service.pause("eth-grid");
        service.calls.clear();

        String answer = commands.answer("/stopentry", T);

        assertTrue(answer.startsWith("entries stopped") && answer.contains("eth-grid: paused (operator)")
                && answer.endsWith("left paused"), answer);
        assertEquals(List.of("reduce-only btc-sma"), service.calls);
    }

    @Test
    void the_kill_switch_acts_only_when_confirmed_within_a_minute() {
        assertEquals("nothing to confirm: send /killswitch first", commands.answer("/killswitch confirm", T));
        assertTrue(commands.answer("/killswitch", T).contains("Send /killswitch confirm within 60 s"));
        assertEquals("nothing to confirm: send /killswitch first", commands.answer("/killswitch confirm", T.plusSeconds(61)));
        assertEquals(List.of(), service.calls, "nothing switched yet");

        commands.answer("/killswitch", T.plusSeconds(100));
        assertTrue(commands.answer("/killswitch confirm", T.plusSeconds(130)).startsWith("KILL SWITCH ON"));
        assertEquals(List.of("kill-switch cancelOrders=true by telegram"), service.calls);
    }

    @Test
    void anything_else_gets_the_list_of_commands() {
        assertEquals(ChatCommands.HELP, commands.answer("/start", T));
    }
}
