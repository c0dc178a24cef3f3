// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running HTTP server on the JDK's {@code jdk.httpserver}: the page's files, JSON endpoints
 * that answer bad requests with a one-line error, and protection from other web sites (a
 * request that changes anything must be JSON, and a browser's Origin must be this server's).
 */
abstract class Server implements AutoCloseable {

    /** An endpoint: reads the request, answers with {@link Http}. */
    @FunctionalInterface
    interface Endpoint {
        void handle(HttpExchange ex) throws IOException, InterruptedException;
    }

    private final HttpServer http;
    private final ExecutorService pool;
    private final URI address;
    private final String localName;

    /**
     * @param host the address to listen on, for example 127.0.0.1
     * @param port the port, or 0 for a free one
     * @param threads the most requests handled at once
     */
    Server(String host, int port, int threads) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port = " + port + ": must be in [0, 65535] (0 = a free port)");
        }
        InetAddress bind = InetAddress.getByName(host);
        http = HttpServer.create(new InetSocketAddress(bind, port), 64);
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "orgsim-web-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        String shown = bind.isAnyLocalAddress() ? InetAddress.getLocalHost().getHostAddress() : bind.getHostAddress();
        if (shown.contains(":")) {
            shown = "[" + shown + "]";
        }
        String local;
        try {
            local = InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            local = "localhost";
        }
        localName = local;
        address = URI.create("http://" + shown + ":" + http.getAddress().getPort() + "/");
    }

    /** Registers the static files on "/" and starts. */
    final void start(StaticFiles files) {
        route("/", ex -> files.serve(ex));
        http.start();
    }

    /**
     * @param path a path prefix
     * @param endpoint what answers it
     */
    final void route(String path, Endpoint endpoint) {
        http.createContext(path, ex -> {
            try (ex) {
                try {
                    guard(ex);
                    endpoint.handle(ex);
                } catch (Http.Refused r) {
                    Http.error(ex, r.status, r.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    // the client went away
                } catch (RuntimeException e) {
                    Http.error(ex, 500, "server error: " + e);
                }
            } catch (IOException | RuntimeException e) {
                // the client went away while the error was written
            }
        });
    }

    private void guard(HttpExchange ex) {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !knownHost(host)) {
            // a name that is not this computer's: another site's name pointed here (DNS rebinding)
            throw new Http.Refused(403, "Host " + host + ": must be this computer's address or name");
        }
        if (origin != null && !"null".equals(origin) && (host == null || !origin.equals("http://" + host))) {
            throw new Http.Refused(403, "Origin " + origin + ": requests from other sites are refused");
        }
        if ("POST".equals(ex.getRequestMethod())) {
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
                throw new Http.Refused(415, "Content-Type: must be application/json");
            }
        }
    }

    /** True for an address literal, localhost, or this computer's name, with or without the port. */
    private boolean knownHost(String host) {
        String name = host.startsWith("[") ? host.substring(1, Math.max(1, host.indexOf(']')))
                : (host.indexOf(':') >= 0 ? host.substring(0, host.indexOf(':')) : host);
        if (name.equalsIgnoreCase("localhost") || name.equalsIgnoreCase(localName)) {
            return true;
        }
        return name.matches("[0-9.]+") || name.matches("[0-9a-fA-F:.%]+") && name.contains(":");
    }

    /** @return the address to open, for example {@code http://127.0.0.1:8123/} */
    final URI address() {
        return address;
    }

    /** Stops at once: open event streams end. */
    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
