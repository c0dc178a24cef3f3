// SPDX-License-Identifier: Apache-2.0
package io.orgsim.cli;

import io.orgsim.core.SpecException;
import java.io.IOException;
import java.net.BindException;
import java.net.UnknownHostException;
import picocli.CommandLine.Option;

/** Where {@code dashboard} and {@code classroom} listen: {@code --host} and {@code --port}. */
final class WebAddress {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: "
            + "${DEFAULT-VALUE}, this computer only; 0.0.0.0 = every network, so that other devices can reach it)")
    String host;

    @Option(names = "--port", defaultValue = "0", description = "port, in [0, 65535]; 0 = a free one (default)")
    int port;

    /** A server that is started on this address. */
    @FunctionalInterface
    interface Start<T> {
        T start(String host, int port) throws IOException;
    }

    /**
     * Starts a server here.
     *
     * @return the server
     * @throws SpecException naming the option when the port is out of range, taken, or the host unknown
     */
    <T> T start(Start<T> server) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new SpecException("--port", Integer.toString(port), "must be in [0, 65535] (0 = a free port)");
        }
        try {
            return server.start(host, port);
        } catch (BindException e) {
            throw new SpecException("--port", Integer.toString(port), "cannot listen on " + host + ":" + port + " ("
                    + e.getMessage() + "); try another port, or 0 for a free one");
        } catch (UnknownHostException e) {
            throw new SpecException("--host", host, "is not an address of this computer");
        }
    }
}
