package io.tradewind.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.service.api.FakeServiceOperations;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatCommandsTest {

    private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");
    private static final String BOT = "TradewindBot";

    private final FakeServiceOperations service = new FakeServiceOperations()
            .add(FakeServiceOperations.instance("btc-sma", new BigDecimal("12.5"), new BigDecimal("-0.00000001")))
            .add(FakeServiceOperations.instance("eth-grid", BigDecimal.ZERO, BigDecimal.ONE));
    private final ChatCommands commands = new ChatCommands(service);

    @Test
    void status_and_profit_list_every_instance() {
        String status = answer("/status", T);
        assertTrue(status.startsWith("btc-sma: ") && status.contains("\neth-grid: "), status);
        String profit = answer("/profit@tradewindbot", T);
        assertTrue(profit.contains("btc-sma: realised 12.5 IRR, unrealised -0.00000001 IRR"), profit);
    }

    /** The chat spells amounts as the API, dashboard and command line do: 10.3, not 10.30000000. */
    @Test
    void amounts_are_spelled_without_trailing_zeros() {
        service.add(FakeServiceOperations.instance("padded", new BigDecimal("10.30000000"), new BigDecimal("0E-8")));
        String profit = answer("/profit", T);
        assertTrue(profit.contains("padded: realised 10.3 IRR, unrealised 0 IRR"), profit);
    }

    @Test
    void pause_resume_and_flatten_act_on_the_named_instance_and_need_one() {
        answer("/pause btc-sma", T);
        answer("/resume btc-sma", T);
        answer("/flatten eth-grid", T);
        assertEquals(List.of("pause btc-sma", "resume btc-sma", "flatten eth-grid"), service.calls);
        assertEquals("/pause needs an instance id: btc-sma, eth-grid", answer("/pause", T));
    }

    @Test
    void stopentry_makes_every_instance_reduce_only_and_leaves_a_paused_one_paused() {
        service.pause("eth-grid");
        service.calls.clear();

        String answer = answer("/stopentry", T);

        assertTrue(answer.startsWith("entries stopped") && answer.contains("eth-grid: paused (operator)")
                && answer.endsWith("left paused"), answer);
        assertEquals(List.of("stop-entries btc-sma", "stop-entries eth-grid"), service.calls);
    }

    /** An instance paused after /stopentry read the list (over the API, say) stays paused: reduce-only would tick it again. */
    @Test
    void stopentry_leaves_an_instance_paused_meanwhile_paused() {
        FakeServiceOperations racing = new FakeServiceOperations() {
            @Override
            public List<InstanceView> instances() {
                List<InstanceView> listed = super.instances();
                pause("eth-grid");
                return listed;
            }
        };
        racing.add(FakeServiceOperations.instance("btc-sma", BigDecimal.ONE, BigDecimal.ZERO))
                .add(FakeServiceOperations.instance("eth-grid", BigDecimal.ZERO, BigDecimal.ONE));

        String answer = new ChatCommands(racing).answer("/stopentry", BOT, T).orElseThrow();

        assertEquals(InstanceState.PAUSED, racing.instance("eth-grid").orElseThrow().state(), answer);
        assertEquals(InstanceState.REDUCE_ONLY, racing.instance("btc-sma").orElseThrow().state(), answer);
        assertTrue(answer.endsWith("left paused"), answer);
    }

    /** In a group with another bot (freqtrade has /status, /balance, /profit, /stopentry too) its commands are not ours. */
    @Test
    void a_command_addressed_to_another_bot_is_neither_run_nor_answered() {
        assertEquals(Optional.empty(), commands.answer("/stopentry@freqtradebot", BOT, T));
        assertEquals(Optional.empty(), commands.answer("/pause@otherbot btc-sma", BOT, T));
        assertEquals(Optional.empty(), commands.answer("/start@OtherBot", BOT, T), "no help for another bot's command");
        assertEquals(Optional.empty(), commands.answer("/pause@ btc-sma", BOT, T));
        assertEquals(List.of(), service.calls);

        answer("/pause@TRADEWINDBOT btc-sma", T);
        assertEquals(List.of("pause btc-sma"), service.calls, "usernames ignore case");
    }

    @Test
    void until_the_bot_knows_its_username_only_commands_without_one_are_run() {
        assertEquals(Optional.empty(), commands.answer("/pause@TradewindBot btc-sma", null, T));
        assertTrue(commands.answer("/pause btc-sma", null, T).orElseThrow().startsWith("btc-sma: paused"));
        assertEquals(List.of("pause btc-sma"), service.calls);
    }

    @Test
    void the_kill_switch_acts_only_when_confirmed_within_a_minute() {
        assertEquals("nothing to confirm: send /killswitch first", answer("/killswitch confirm", T));
        assertTrue(answer("/killswitch", T).contains("Send /killswitch confirm within 60 s"));
        assertEquals("nothing to confirm: send /killswitch first", answer("/killswitch confirm", T.plusSeconds(61)));
        assertEquals(List.of(), service.calls, "nothing switched yet");

        answer("/killswitch", T.plusSeconds(100));
        assertTrue(answer("/killswitch confirm", T.plusSeconds(130)).startsWith("KILL SWITCH ON"));
        assertEquals(List.of("kill-switch cancelOrders=true by telegram"), service.calls);
    }

    @Test
    void anything_else_gets_the_list_of_commands() {
        assertEquals(ChatCommands.HELP, answer("/start", T));
        assertEquals(ChatCommands.HELP, answer("/start@TradewindBot", T));
    }

    /** The answer to a command addressed to this bot or to none. */
    private String answer(String message, Instant now) {
        return commands.answer(message, BOT, now).orElseThrow();
    }
}
