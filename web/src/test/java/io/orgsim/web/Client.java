// SPDX-License-Identifier: Apache-2.0
package io.orgsim.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A real HTTP client for the servers' tests: JSON requests with headers, and raw requests. */
final class Client {

    /** A response: its status and body. */
    record Answer(int status, String body) {
        JsonNode json() throws IOException {
            return Http.JSON.readTree(body);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    Client(URI base) {
        this.base = base;
    }

    Answer get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120)).GET();
        headers.forEach(b::header);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    Answer post(String path, Object body, Map<String, String> headers) throws IOException, InterruptedException {
        String json = body instanceof String s ? s : Http.JSON.writeValueAsString(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(b::header);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    /** Sends a request line exactly as written (no client normalizes the path). */
    Answer raw(String requestLine) throws IOException {
        return raw(requestLine, base.getHost() + ":" + base.getPort());
    }

    /** Sends a request line with the given Host header. */
    Answer raw(String requestLine, String host) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            // the Host header goes right after the request line; what follows (headers, body) stays
            int eol = requestLine.indexOf("\r\n");
            String request = eol < 0
                    ? requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"
                    : requestLine.substring(0, eol) + "\r\nHost: " + host + "\r\nConnection: close"
                            + requestLine.substring(eol);
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(all.substring(9, 12));
            int split = all.indexOf("\r\n\r\n");
            return new Answer(status, split < 0 ? "" : all.substring(split + 4));
        }
    }
}
