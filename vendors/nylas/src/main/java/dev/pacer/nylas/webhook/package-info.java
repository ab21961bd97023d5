/**
 * Nylas (API v2) webhooks: answer the {@code challenge} handshake, verify a delivery's {@code
 * X-Nylas-Signature} and read its deltas, in plain Java with no web framework. Nylas recommends
 * webhooks over polling; deliveries do not count toward its rate limits, but fetching the objects
 * they name does.
 *
 * <p>Any HTTP server will do: hand {@link dev.pacer.nylas.webhook.NylasWebhookVerifier} the raw
 * query of the handshake, or the raw body bytes and the header of a delivery. With the JDK's own
 * {@code com.sun.net.httpserver}:
 *
 * <pre>{@code
 * NylasWebhookVerifier verifier = NylasWebhookVerifier.create(System.getenv("NYLAS_CLIENT_SECRET"));
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/nylas/webhook", exchange -> {
 *   try (exchange) {
 *     if (exchange.getRequestMethod().equals("GET")) {
 *       String challenge = NylasWebhookVerifier.challenge(exchange.getRequestURI().getRawQuery());
 *       if (challenge == null) {
 *         exchange.sendResponseHeaders(400, -1);
 *         return;
 *       }
 *       byte[] answer = challenge.getBytes(StandardCharsets.UTF_8);
 *       exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
 *       exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
 *       exchange.sendResponseHeaders(200, answer.length);
 *       exchange.getResponseBody().write(answer);
 *     } else if (exchange.getRequestMethod().equals("POST")) {
 *       try {
 *         byte[] body = verifier.readBody(exchange.getRequestBody());
 *         NylasNotification n = verifier.read(body,
 *             exchange.getRequestHeaders().getFirst(NylasWebhookVerifier.SIGNATURE_HEADER));
 *         queue.addAll(n.deltas());            // act later; answer Nylas quickly
 *         exchange.sendResponseHeaders(200, -1);
 *       } catch (WebhookVerificationException e) {
 *         exchange.sendResponseHeaders(e.reason() == Reason.BODY_TOO_LARGE ? 413 : 401, -1);
 *       }
 *     } else {
 *       exchange.sendResponseHeaders(405, -1);
 *     }
 *   }
 * });
 * server.start();
 * }</pre>
 *
 * <p>Always verify the bytes exactly as received: a body parsed and written again does not carry
 * the same signature. A refused delivery is not acted on; the exception's message is safe to log
 * (it holds neither the secret nor any signature).
 */
package dev.pacer.nylas.webhook;
