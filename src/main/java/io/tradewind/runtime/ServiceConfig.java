package io.tradewind.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code serve} runs, e.g.
 *
 * <pre>
 * tradewind.strategies.btc-sma.plugin=sma-crossover
 * tradewind.strategies.btc-sma.symbol=BTC-USD
 * tradewind.strategies.btc-sma.budget.USD=1000
 * tradewind.paper.instruments.BTC-USD.tick=0.01
 * tradewind.paper.accounts.main.balance.USD=10000
 * tradewind.service.max-failures=5
 * </pre>
 *
 * Each part is its own mapping, so other {@code tradewind.*} settings stay outside them. Values are read as text and checked by {@link ServiceConfigReader}, so that a bad one stops
 * start-up with one line naming its property rather than a configuration stack trace.
 */
public interface ServiceConfig {

    /** The strategy instances, by id: {@code tradewind.strategies.<id>.*}. */
    @ConfigMapping(prefix = "tradewind.strategies")
    interface Strategies {
        @WithParentName
        Map<String, Instance> all();
    }

    interface Instance {

        Optional<String> plugin();

        /** {@code paper}, or a connector's id to trade live there. */
        @WithDefault("paper")
        String venue();

        /** {@code replay} (stored candles) or {@code venue} (a connector's market data). */
        @WithDefault("replay")
        String feed();

        /**
         * The connector a paper instance's {@code venue} feed reads (paper trading on live data); for
         * a live instance, another connector than its venue, where the venue serves no market data
         * (the Orders API).
         */
        Optional<String> feedVenue();

        /** The market at the feed venue when it is not {@link #symbol()} there (another connector's spelling). */
        Optional<String> feedSymbol();

        Optional<String> symbol();

        @WithDefault("1m")
        String resolution();

        Map<String, String> params();

        /** The paper account ({@code main} by default); a live instance trades in its venue's {@code tradewind.venues.<id>.account}. */
        Optional<String> account();

        Map<String, String> budget();

        /** Limits with the backtest spec's names: max_notional, max_position, max_open_orders, daily_loss. */
        Map<String, String> risk();

        Replay replay();

        Optional<String> tickInterval();

        Optional<String> seriesBars();

        /** What a {@code venue} feed records besides candles: {@code depth}, {@code trades} or both, comma-separated. */
        Optional<String> record();
    }

    interface Replay {

        @WithDefault("1")
        String candlesPerSecond();

        Optional<String> from();

        /** The venue the stored candles came from (the series key's venue). */
        @WithDefault("sim")
        String sourceVenue();

        /** A CSV imported into the store when the candles are not stored yet, as a backtest's data.file. */
        Optional<String> dataFile();

        @WithDefault("auto")
        String dataFormat();
    }

    @ConfigMapping(prefix = "tradewind.paper")
    interface Paper {

        /** Instruments the paper venue lists, by symbol. */
        Map<String, PaperInstrument> instruments();

        /** Paper accounts and their starting balances, by account name. */
        Map<String, PaperAccount> accounts();

        /** Fraction of the price a market order's fill moves against it, as a backtest's slippage. */
        @WithDefault("0.0005")
        String slippage();

        /** Largest share of a candle's volume the paper venue's fills may take, as a backtest's max_volume_share; 0 for no limit. */
        @WithDefault("0")
        String maxVolumeShare();
    }

    interface PaperInstrument {

        Optional<String> base();

        Optional<String> quote();

        Optional<String> tick();

        Optional<String> step();

        Optional<String> min();

        @WithDefault("0")
        String makerFee();

        @WithDefault("0")
        String takerFee();

        /** {@code active} or {@code inactive} (listed, but refusing orders). */
        @WithDefault("active")
        String status();

        /** Largest order quantity accepted; none by default. */
        Optional<String> maxQuantity();

        /** Largest distance of a limit price from the last trade price, as a fraction (0.1 = ±10%); none by default. */
        Optional<String> priceBand();

        /** Trading windows, e.g. {@code SATURDAY,SUNDAY 09:00 12:30 Asia/Tehran;MONDAY 10:00 11:00 UTC}; around the clock by default. */
        Optional<String> sessions();
    }

    interface PaperAccount {

        Map<String, String> balance();
    }

    /** The Orders API's users, by name: {@code tradewind.orders-api.users.<name>.*}. */
    @ConfigMapping(prefix = "tradewind.orders-api")
    interface OrdersApi {
        Map<String, ApiUser> users();
    }

    interface ApiUser {

        /** The user's token, e.g. {@code ${TRADEWIND_API_TOKEN_ALICE:}}: from the environment, never written in a file. */
        Optional<String> token();

        /** {@code user} (own orders only) or {@code admin} (everyone's). */
        @WithDefault("user")
        String role();

        /** The {@code user_id} the API shows; the user's name by default. */
        Optional<String> userId();

        /** The venue of the user's wallet: {@code paper} or a connector's id. */
        @WithDefault("paper")
        String venue();

        /** The account at that venue the user trades in (the {@code wallet_id}); an admin may have none. */
        Optional<String> account();
    }

    @ConfigMapping(prefix = "tradewind.service")
    interface Service {

        /** Failed ticks in a row that pause an instance. */
        @WithDefault("5")
        String maxFailures();

        /** How long an instance waits after its first failure; doubled for each further one, up to a minute. */
        @WithDefault("1s")
        String backOff();

        /** Whether stopping the service cancels every open order: true or false (checked by {@link ServiceConfigReader}). */
        @WithDefault("false")
        String cancelOrdersOnStop();
    }
}
