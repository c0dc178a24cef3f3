// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** What every endpoint shares: JSON in and out, capped request bodies, one-line errors. */
final class Http {

    /** Largest request body accepted, in bytes: a lever change or a join is a few dozen. */
    static final int MAX_BODY = 4_096;

    static final ObjectMapper JSON = new ObjectMapper();

    private Http() {
    }

    /** A request that cannot be served: its status and a one-line message for the page. */
    static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    static Refused bad(String message) {
        return new Refused(400, message);
    }

    /**
     * @param ex the exchange
     * @return the request body as JSON (an empty object when there is none)
     * @throws Refused when it is larger than {@link #MAX_BODY} or not JSON
     */
    static JsonNode body(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw bad("Content-Length = " + length + ": must be a number");
            }
            if (n > MAX_BODY) {
                throw new Refused(413, "request body of " + n + " bytes: must be at most " + MAX_BODY);
            }
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (InputStream in = ex.getRequestBody()) {
            byte[] chunk = new byte[1024];
            for (int r = in.read(chunk); r >= 0; r = in.read(chunk)) {
                buf.write(chunk, 0, r);
                if (buf.size() > MAX_BODY) {
                    throw new Refused(413, "request body: must be at most " + MAX_BODY + " bytes");
                }
            }
        }
        if (buf.size() == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(buf.toByteArray());
            if (node == null || !node.isObject()) {
                throw bad("request body: must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw bad("request body: not valid JSON");
        }
    }

    /**
     * @param node a request body
     * @param field a field name
     * @return the field as text
     * @throws Refused when it is missing or not text
     */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw bad(field + ": missing (must be text)");
        }
        return v.asText();
    }

    /**
     * @param node a request body
     * @param field a field name
     * @return the field as a finite number
     * @throws Refused when it is missing or not a finite number
     */
    static double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw bad(field + ": missing (must be a number)");
        }
        return v.asDouble();
    }

    /**
     * @param node a request body
     * @param field a field name
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the field as a whole number in [min, max]
     */
    static int whole(JsonNode node, String field, int min, int max) {
        double v = number(node, field);
        if (v != Math.rint(v) || v < min || v > max) {
            throw bad(field + " = " + v + ": must be a whole number in [" + min + ", " + max + "]");
        }
        return (int) v;
    }

    /**
     * @param ex the exchange
     * @return the query string's parameters (the last value of each)
     */
    static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                q.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw bad("query: badly encoded");
            }
        }
        return q;
    }

    static void json(HttpExchange ex, int status, Object value) throws IOException {
        send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
    }

    static void error(HttpExchange ex, int status, String message) throws IOException {
        json(ex, status, Map.of("error", message));
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'");
        if ("HEAD".equals(ex.getRequestMethod())) {
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * @param ex the exchange
     * @param method the method the endpoint accepts
     * @throws Refused with 405 for any other
     */
    static void require(HttpExchange ex, String method) {
        if (!method.equals(ex.getRequestMethod())) {
            throw new Refused(405, ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + ": must be " + method);
        }
    }
}
