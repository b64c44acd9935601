package io.tradewind.notify;

import io.tradewind.domain.Decimals;
import io.tradewind.service.BalanceView;
import io.tradewind.service.InstanceState;
import io.tradewind.service.InstanceView;
import io.tradewind.service.KillSwitchSource;
import io.tradewind.service.KillSwitchView;
import io.tradewind.service.ServiceOperations;
import io.tradewind.service.UnknownInstanceException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The operator's commands from a chat (Telegram), answered in plain text: {@code /status},
 * {@code /balance}, {@code /profit}, {@code /pause ID}, {@code /resume ID}, {@code /flatten ID},
 * {@code /stopentry} (every running instance reduce-only) and {@code /killswitch}, which acts only when
 * confirmed with {@code /killswitch confirm} within a minute. A command addressed to another bot
 * ({@code /status@OtherBot}) is ignored. A command sent before this service started, or longer than
 * {@link #STALE_AFTER} ago, is not run but answered so: Telegram keeps the messages sent while the
 * bot did not read them, and a {@code /flatten} typed hours ago, or a {@code /resume} typed while the
 * operator thought the bot was up, would act on a market that has moved. Not thread-safe: one chat
 * poller uses it.
 */
public final class ChatCommands {

    static final Duration CONFIRM_WITHIN = Duration.ofMinutes(1);
    /** Longer than a reading of the chat takes, even after its retries (at most a minute apart). */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    static final String HELP = "commands: /status, /balance, /profit, /pause ID, /resume ID, /flatten ID, /stopentry,"
            + " /killswitch";

    private final ServiceOperations service;
    /** When this service started, to the second: Telegram dates a message in whole seconds. */
    private final Instant started;
    private Instant killSwitchAsked;

    /** @param started when this service started: a command sent before is not run */
    public ChatCommands(ServiceOperations service, Instant started) {
        this.service = service;
        this.started = started.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The answer to one message, or none when it is a command addressed to another bot
     * ({@code /stopentry@freqtradebot} in a group that holds both): that bot's command is not ours to
     * run, nor to answer with our help.
     *
     * @param sent        when the message was sent, as Telegram dates it
     * @param botUsername this bot's username, or null while it is not known: then only commands
     *        without an {@code @} suffix are ours
     */
    public Optional<String> answer(String message, Instant sent, String botUsername, Instant now) {
        String[] words = message.trim().split("\\s+");
        // "/status@MyBot" in groups names the bot; Telegram's usernames ignore case
        String[] addressed = words[0].split("@", 2);
        if (addressed.length > 1 && (botUsername == null || !addressed[1].equalsIgnoreCase(botUsername))) {
            return Optional.empty();
        }
        String command = addressed[0].toLowerCase(Locale.ROOT);
        String argument = words.length > 1 ? words[1] : null;
        if (sent.isBefore(started) || sent.isBefore(now.minus(STALE_AFTER))) {
            return Optional.of(ignored(command, argument, sent, now));
        }
        return Optional.of(run(command, argument, now));
    }

    /** Why a stale command was not run, and what to send for it to run now. */
    private String ignored(String command, String argument, Instant sent, Instant now) {
        String why = sent.isBefore(started) ? "while the service was down (it started at " + started + ")"
                : Duration.between(sent, now).toMinutes() + " min before the bot could read it (Telegram could not be"
                        + " reached, or a command before it took long): a command is run only when read within "
                        + STALE_AFTER.toMinutes() + " min";
        String again = "/killswitch".equals(command) && "confirm".equalsIgnoreCase(argument)
                ? "Send /killswitch, then /killswitch confirm, if you still want it." : "Send it again if you still want it.";
        return command + (argument == null ? "" : " " + argument) + ": ignored, it was sent at " + sent + ", " + why + ". " + again;
    }

    private String run(String command, String argument, Instant now) {
        try {
            return switch (command) {
                case "/status" -> status();
                case "/balance" -> balances();
                case "/profit" -> profit();
                case "/pause" -> acting(argument, "pause", id -> line(service.pause(id)));
                case "/resume" -> acting(argument, "resume", id -> line(service.resume(id)) + entriesStillStopped());
                case "/flatten" -> acting(argument, "flatten", id -> line(service.flatten(id)));
                case "/stopentry" -> stopEntries();
                case "/killswitch" -> killSwitch(argument, now);
                case "/start", "/help" -> HELP;
                default -> command + ": not a command of this bot; " + HELP;
            };
        } catch (UnknownInstanceException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return "failed: " + e.getMessage();
        }
    }

    private String status() {
        List<String> lines = new ArrayList<>();
        KillSwitchView kill = service.killSwitchState();
        if (kill.on()) {
            lines.add("KILL SWITCH ON since " + kill.since() + ": no entries");
        }
        service.instances().forEach(i -> lines.add(line(i)));
        return lines.isEmpty() ? "no instances" : String.join("\n", lines);
    }

    private static String line(InstanceView i) {
        return i.id() + ": " + i.state().name().toLowerCase(Locale.ROOT)
                + (i.pausedReason() == null ? "" : " (" + i.pausedReason() + ")")
                + (i.riskHalt() == null ? "" : " (" + i.riskHalt() + ")") + ", " + i.symbol() + " position "
                + Decimals.format(i.position()) + ", last tick " + (i.lastTick() == null ? "never" : i.lastTick().toString())
                + ", errors " + i.errors();
    }

    /** A resumed instance still enters nothing while the kill switch is on: "running" alone would say it does. */
    private String entriesStillStopped() {
        KillSwitchView kill = service.killSwitchState();
        return kill.on() ? "\nbut the KILL SWITCH is ON (since " + kill.since() + "): no entries until it is switched off"
                + " through the API or 'kill-switch off'" : "";
    }

    private String balances() {
        List<String> lines = new ArrayList<>();
        for (BalanceView b : service.balances()) {
            lines.add(b.venue() + " " + b.account() + " " + b.asset() + ": " + Decimals.format(b.total()) + " (held "
                    + Decimals.format(b.held()) + ", available " + Decimals.format(b.available()) + ")");
        }
        return lines.isEmpty() ? "no balances" : String.join("\n", lines);
    }

    private String profit() {
        List<String> lines = new ArrayList<>();
        for (InstanceView i : service.instances()) {
            String quote = quoteOf(i.symbol());
            lines.add(i.id() + ": realised " + Decimals.format(i.realisedPnl()) + " " + quote + ", unrealised "
                    + Decimals.format(i.unrealisedPnl()) + " " + quote + ", orders filled " + i.ordersFilled());
        }
        return lines.isEmpty() ? "no instances" : String.join("\n", lines);
    }

    /** Symbols are BASE-QUOTE across venues; PnL is in the quote asset. */
    private static String quoteOf(String symbol) {
        int dash = symbol.lastIndexOf('-');
        return dash < 0 ? symbol + " quote" : symbol.substring(dash + 1);
    }

    private String acting(String id, String verb, Function<String, String> action) {
        if (id == null) {
            return "/" + verb + " needs an instance id: " + ids();
        }
        return action.apply(id);
    }

    private String stopEntries() {
        List<String> lines = new ArrayList<>();
        for (InstanceView i : service.instances()) {
            // the service checks for a pause as it sets reduce-only: one that came since the list was read stands
            InstanceView after = service.stopEntries(i.id());
            lines.add(line(after) + (after.state() == InstanceState.PAUSED ? ", left paused" : ", reduce-only"));
        }
        return lines.isEmpty() ? "no instances" : "entries stopped; each instance only reduces its position:\n"
                + String.join("\n", lines);
    }

    private String killSwitch(String argument, Instant now) {
        if ("confirm".equalsIgnoreCase(argument)) {
            boolean asked = killSwitchAsked != null && now.isBefore(killSwitchAsked.plus(CONFIRM_WITHIN));
            killSwitchAsked = null;
            if (!asked) {
                return "nothing to confirm: send /killswitch first";
            }
            KillSwitchView on = service.killSwitch(true, KillSwitchSource.TELEGRAM);
            return "KILL SWITCH ON: entries stopped on every venue, " + on.ordersCancelled() + " open orders cancelled."
                    + " Switch it off through the API or 'kill-switch off'.";
        }
        killSwitchAsked = now;
        return "This stops every entry on every venue and cancels every open order. Send /killswitch confirm within "
                + CONFIRM_WITHIN.toSeconds() + " s to do it.";
    }

    private String ids() {
        List<String> ids = service.instances().stream().map(InstanceView::id).toList();
        return ids.isEmpty() ? "there are none" : String.join(", ", ids);
    }
}
