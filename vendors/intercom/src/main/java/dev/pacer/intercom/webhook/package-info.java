/**
 * Intercom webhooks: verify a delivery's {@code X-Hub-Signature} and read the notification, in
 * plain Java with no web framework. Intercom recommends webhooks over polling, and deliveries do
 * not count toward its rate limit.
 *
 * <p>Any HTTP server will do: hand {@link dev.pacer.intercom.webhook.IntercomWebhookVerifier}
 * the raw body bytes and the header. With the JDK's own {@code com.sun.net.httpserver}:
 *
 * <pre>{@code
 * IntercomWebhookVerifier verifier = IntercomWebhookVerifier.create(System.getenv("INTERCOM_CLIENT_SECRET"));
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/intercom/webhook", exchange -> {
 *   try (exchange) {
 *     if (!exchange.getRequestMethod().equals("POST")) {
 *       exchange.sendResponseHeaders(405, -1);
 *       return;
 *     }
 *     try {
 *       byte[] body = verifier.readBody(exchange.getRequestBody());
 *       IntercomNotification n = verifier.read(body,
 *           exchange.getRequestHeaders().getFirst(IntercomWebhookVerifier.SIGNATURE_HEADER));
 *       if (n.conversation() != null) {
 *         queue.add(n);                      // act later; answer Intercom quickly
 *       }
 *       exchange.sendResponseHeaders(200, -1);
 *     } catch (WebhookVerificationException e) {
 *       exchange.sendResponseHeaders(e.reason() == Reason.BODY_TOO_LARGE ? 413 : 401, -1);
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
package dev.pacer.intercom.webhook;
