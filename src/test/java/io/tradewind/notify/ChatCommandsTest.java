package io.tradewind.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.api.FakeServiceOperations;
import java.math.BigDecimal;
import java.time.Duration;
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
    private final ChatCommands commands = new ChatCommands(service, T);

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

        String answer = new ChatCommands(racing, T).answer("/stopentry", T, BOT, T).orElseThrow();

        assertEquals(InstanceState.PAUSED, racing.instance("eth-grid").orElseThrow().state(), answer);
        assertEquals(InstanceState.REDUCE_ONLY, racing.instance("btc-sma").orElseThrow().state(), answer);
        assertTrue(answer.endsWith("left paused"), answer);
    }

    /** In a group with another bot (freqtrade has /status, /balance, /profit, /stopentry too) its commands are not ours. */
    @Test
    void a_command_addressed_to_another_bot_is_neither_run_nor_answered() {
        assertEquals(Optional.empty(), commands.answer("/stopentry@freqtradebot", T, BOT, T));
        assertEquals(Optional.empty(), commands.answer("/pause@otherbot btc-sma", T, BOT, T));
        assertEquals(Optional.empty(), commands.answer("/start@OtherBot", T, BOT, T), "no help for another bot's command");
        assertEquals(Optional.empty(), commands.answer("/pause@ btc-sma", T, BOT, T));
        assertEquals(List.of(), service.calls);

        answer("/pause@TRADEWINDBOT btc-sma", T);
        assertEquals(List.of("pause btc-sma"), service.calls, "usernames ignore case");
    }

    @Test
    void until_the_bot_knows_its_username_only_commands_without_one_are_run() {
        assertEquals(Optional.empty(), commands.answer("/pause@TradewindBot btc-sma", T, null, T));
        assertTrue(commands.answer("/pause btc-sma", T, null, T).orElseThrow().startsWith("btc-sma: paused"));
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
        assertEquals(ChatCommands.HELP, answer("/help", T));
        assertEquals("/frobnicate: not a command of this bot; " + ChatCommands.HELP, answer("/frobnicate btc-sma", T));
        assertEquals("/flaten: not a command of this bot; " + ChatCommands.HELP, answer("/FLATEN btc-sma", T));
        assertEquals(List.of(), service.calls);
    }

    /** "btc-sma: running" alone reads as trading again; with the kill switch on it enters nothing. */
    @Test
    void a_resume_while_the_kill_switch_is_on_says_entries_are_still_stopped() {
        answer("/pause btc-sma", T);
        assertTrue(answer("/resume btc-sma", T).endsWith("errors 0"), "kill switch off: nothing more said");
        service.killSwitch(true, KillSwitchSource.API);

        String answer = answer("/resume btc-sma", T);

        assertTrue(answer.startsWith("btc-sma: running"), answer);
        assertTrue(answer.contains("\nbut the KILL SWITCH is ON (since "), answer);
        assertTrue(answer.endsWith("): no entries until it is switched off through the API or 'kill-switch off'"), answer);
    }

    /** Telegram keeps what was sent while the bot was down: a /flatten typed hours ago must not act on today's market. */
    @Test
    void a_command_sent_before_the_service_started_is_not_run_and_the_operator_is_told_to_send_it_again() {
        Instant sent = T.minus(Duration.ofHours(3));
        for (String message : List.of("/flatten btc-sma", "/resume btc-sma", "/pause@TradewindBot eth-grid", "/stopentry",
                "/status")) {
            String answer = commands.answer(message, sent, BOT, T.plusSeconds(5)).orElseThrow();
            assertTrue(answer.contains(": ignored, it was sent at 2029-12-31T21:00:00Z, while the service was down (it"
                    + " started at 2030-01-01T00:00:00Z). Send it again if you still want it."), answer);
        }
        assertEquals(List.of(), service.calls);
        assertTrue(commands.answer("/flatten btc-sma", sent, BOT, T).orElseThrow().startsWith("/flatten btc-sma: ignored"));
        assertEquals(Optional.empty(), commands.answer("/stopentry@freqtradebot", sent, BOT, T), "another bot's: no reply");

        answer("/flatten btc-sma", T.plusSeconds(6));
        assertEquals(List.of("flatten btc-sma"), service.calls, "sent again, it runs");
    }

    /** A command read only minutes after it was sent (Telegram could not be reached) is as stale as one sent while down. */
    @Test
    void a_command_read_more_than_two_minutes_after_it_was_sent_is_not_run() {
        Instant now = T.plus(Duration.ofHours(1));
        String answer = commands.answer("/pause btc-sma", now.minusSeconds(121), BOT, now).orElseThrow();

        assertEquals("/pause btc-sma: ignored, it was sent at 2030-01-01T00:57:59Z, 2 min before the bot could read it"
                + " (Telegram could not be reached, or a command before it took long): a command is run only when read within"
                + " 2 min. Send it again if you still want it.", answer);
        assertTrue(commands.answer("/pause btc-sma", now.minusSeconds(120), BOT, now).orElseThrow().startsWith(
                "btc-sma: paused"), "two minutes old is still fresh");
        assertEquals(List.of("pause btc-sma"), service.calls);
    }

    /** Telegram dates in whole seconds: a command sent in the second the service started is not judged sent before. */
    @Test
    void a_command_sent_in_the_second_the_service_started_is_run() {
        ChatCommands startedMidSecond = new ChatCommands(service, T.plusMillis(700));
        assertTrue(startedMidSecond.answer("/pause btc-sma", T, BOT, T.plusSeconds(1)).orElseThrow().startsWith("btc-sma"));
        assertEquals(List.of("pause btc-sma"), service.calls);
    }

    /** A stale /killswitch arms nothing, and a stale confirmation says how to switch it on now. */
    @Test
    void a_stale_kill_switch_neither_asks_nor_confirms() {
        Instant now = T.plusSeconds(10);
        String asked = commands.answer("/killswitch", T.minusSeconds(30), BOT, now).orElseThrow();
        assertTrue(asked.startsWith("/killswitch: ignored"), asked);
        assertEquals("nothing to confirm: send /killswitch first", answer("/killswitch confirm", now));

        String confirmed = commands.answer("/killswitch confirm", T.minusSeconds(1), BOT, now).orElseThrow();
        assertTrue(confirmed.endsWith("Send /killswitch, then /killswitch confirm, if you still want it."), confirmed);
        assertEquals(List.of(), service.calls);
    }

    /** The answer to a command addressed to this bot or to none. */
    private String answer(String message, Instant now) {
        return commands.answer(message, now, BOT, now).orElseThrow();
    }
}
