package io.tradewind.runtime;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.tradewind.exchange.Venue;
import io.tradewind.exchange.VenueDouble;
import io.tradewind.marketdata.CandleStore;
import io.tradewind.marketdata.InMemoryCandleStore;
import io.tradewind.strategy.Strategy;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The service's configuration read from properties alone, as start-up reads it: one connector, the
 * double (whose account is {@value #ACCOUNT}), any strategy plugin name, no stored candles.
 */
final class ServiceConfigFixture {

    static final String ACCOUNT = "venue-account";

    private ServiceConfigFixture() {
    }

    static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(ServiceConfig.Strategies.class)
                .withMapping(ServiceConfig.Paper.class)
                .withMapping(ServiceConfig.Service.class)
                .withMapping(ServiceConfig.OrdersApi.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
    }

    /** The plan, with the Orders API users' wallet venues. */
    static ServicePlan read(Map<String, String> properties, Venue connector) {
        return read(properties, Map.of(VenueDouble.ID, connector));
    }

    /** The plan with several connectors, by id. */
    static ServicePlan read(Map<String, String> properties, Map<String, Venue> byId) {
        return read(properties, byId, new InMemoryCandleStore());
    }

    /** The plan with several connectors and the candles replays play. */
    static ServicePlan read(Map<String, String> properties, Map<String, Venue> byId, CandleStore candles) {
        return read(properties, byId, candles, name -> new Strategy() {
            @Override
            public String name() {
                return name;
            }
        });
    }

    /** The plan with the strategies {@code plugins} makes by name. */
    static ServicePlan read(Map<String, String> properties, Map<String, Venue> byId, CandleStore candles,
            Function<String, Strategy> plugins) {
        SmallRyeConfig config = config(properties);
        Connectors connectors = new Connectors() {
            @Override
            public Set<String> ids() {
                return new TreeSet<>(byId.keySet());
            }

            @Override
            public Venue venue(String id) {
                return byId.get(id);
            }

            @Override
            public String account(String id) {
                return ACCOUNT;
            }
        };
        return new ServiceConfigReader(plugins, candles, connectors).read(config.getConfigMapping(ServiceConfig.Strategies.class),
                config.getConfigMapping(ServiceConfig.Paper.class), config.getConfigMapping(ServiceConfig.Service.class),
                OrdersApiWallets.venues(config.getConfigMapping(ServiceConfig.OrdersApi.class)));
    }
}
