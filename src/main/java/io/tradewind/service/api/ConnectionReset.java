package io.tradewind.service.api;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Drops a client's connection at once, with what it has not read. Vert.x's own close waits until
 * everything written has reached the client, which a client that stopped reading never allows: the
 * connection and the system's send buffer for it (megabytes of events) stayed until the idle timeout.
 * A zero linger turns the close into a reset, which frees both. Over HTTP/2 the connection carries
 * the client's other streams (a proxy's, other clients'): only the request's own stream is reset.
 */
final class ConnectionReset {

    private ConnectionReset() {
    }

    static void of(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            request.response().reset();
        } else {
            of(request.connection());
        }
    }

    private static void of(HttpConnection connection) {
        if (connection instanceof ConnectionBase base) {
            Channel channel = base.channel();
            channel.config().setOption(ChannelOption.SO_LINGER, 0);
            channel.close();
        } else {
            connection.close();
        }
    }
}
