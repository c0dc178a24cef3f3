// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The page's files, read once from the classpath. Only the names listed here are served:
 * a request path is looked up, never joined to a directory, so nothing else on the
 * classpath or the disk can be reached from the page.
 */
final class StaticFiles {

    private static final String OWN = "/io/orgsim/web/static/";
    private static final String UPLOT = "/META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/";

    private record File(String type, byte[] bytes) {
    }

    private final Map<String, File> files = new HashMap<>();

    /**
     * @param pages URL path to file name under the page directory, for the pages of this server
     */
    StaticFiles(Map<String, String> pages) {
        pages.forEach((path, name) -> add(path, OWN + name));
        add("/static/common.css", OWN + "common.css");
        add("/static/common.js", OWN + "common.js");
        add("/static/uplot.js", UPLOT + "uPlot.iife.min.js");
        add("/static/uplot.css", UPLOT + "uPlot.min.css");
    }

    private static String uplotVersion() {
        java.util.Properties p = new java.util.Properties();
        try (InputStream in = StaticFiles.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the uPlot WebJar is not on the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private void add(String path, String resource) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            files.put(path, new File(type(resource), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "application/octet-stream";
    }

    /**
     * Serves a listed file, or 404.
     *
     * @param ex the exchange
     */
    void serve(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            Http.error(ex, 405, method + " " + ex.getRequestURI().getPath() + ": must be GET");
            return;
        }
        File f = files.get(ex.getRequestURI().getPath());
        if (f == null) {
            Http.error(ex, 404, "no such page: " + ex.getRequestURI().getPath());
            return;
        }
        Http.send(ex, 200, f.type(), f.bytes());
    }
}
