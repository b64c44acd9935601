package io.tradewind.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;

/**
 * Makes {@link VenueDouble} a venue of the test application ({@code double}), so that commands and
 * the service can be tested on it through {@link VenueRegistry} like any connector. Every opening
 * forwards to the current shared double; a test resets it with {@link #reset()}.
 */
@ApplicationScoped
public class VenueDoubleFactory implements VenueFactory {

    private static volatile VenueDouble shared = new VenueDouble();

    /** The double every opening returns. */
    public static VenueDouble shared() {
        return shared;
    }

    /** A fresh double for the next test. */
    public static VenueDouble reset() {
        shared = new VenueDouble();
        return shared;
    }

    @Override
    public String id() {
        return VenueDouble.ID;
    }

    @Override
    public URI defaultBaseUrl() {
        return URI.create("http://127.0.0.1:1");
    }

    /** Forwards to whichever double is current, so a connector cached by the registry follows {@link #reset()}. */
    @Override
    public Venue open(VenueSettings settings) {
        return (Venue) Proxy.newProxyInstance(Venue.class.getClassLoader(), new Class<?>[] {Venue.class},
                (proxy, method, arguments) -> {
                    try {
                        return method.invoke(shared, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
