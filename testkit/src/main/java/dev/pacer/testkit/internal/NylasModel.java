package dev.pacer.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Nylas API v2 as its rate-limit page describes it. Bucket names, where {@code <endpoint>} is
 * the method and path template (such as {@code GET /messages/{id}}) and {@code <tokenHash>} the
 * first 12 hex digits of the SHA-256 of the access token (Bearer token, or Basic user):
 * <ul>
 *   <li>{@code app|<endpoint>}: 500 per second per endpoint for the application;
 *   <li>{@code account:<tokenHash>|<endpoint>}: 50 per second per endpoint per account (not for
 *       the application endpoints under {@code /a/{client_id}});
 *   <li>{@code account:<tokenHash>|concurrent /delta/streaming}: 10 in flight;
 *   <li>{@code account:<tokenHash>|concurrent /delta/longpoll}: 10 in flight;
 *   <li>{@code account:<tokenHash>|concurrent /messages,/threads,/contacts}: 5 in flight
 *       across the three collections and their items (not their search endpoints nor
 *       {@code /contacts/groups});
 *   <li>{@code app|GET /a/{client_id}/ip_addresses}: 10 per hour, instead of the general limit.
 * </ul>
 * A 429 carries {@code X-RateLimit-Limit} (the limit hit) and {@code X-RateLimit-Reset} (seconds
 * until the window ends; 1 for a concurrency cap, which has no window) and the body
 * {@code {"message": ..., "type": "invalid_request_error"}} with the page's messages.
 */
public final class NylasModel implements VendorModel {
  static final String APP_TOO_MANY = "Too many requests from this application";
  static final String ACCOUNT_TOO_MANY = "Too many requests";
  static final String STREAMING_TOO_MANY = "Too many concurrent streaming requests";
  static final String QUERY_TOO_MANY = "Too many concurrent query requests";

  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Set<String> LITERAL_WORDS = Set.of(
      "search", "groups", "longpoll", "streaming", "latest_cursor", "free-busy", "availability",
      "ip_addresses", "accounts", "webhooks", "download", "picture", "revoke");
  private static final Set<String> QUERY_COLLECTIONS = Set.of("messages", "threads", "contacts");

  private final NylasBodies bodies = new NylasBodies();

  @Override
  public String name() {
    return "nylas";
  }

  /** The endpoint of {@code exchange}: its method and path template, such as {@code GET /messages/{id}}. */
  static String endpoint(Exchange exchange) {
    List<String> segments = exchange.segments();
    StringBuilder path = new StringBuilder();
    boolean application = !segments.isEmpty() && segments.get(0).equals("a");
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      path.append('/');
      if (i == 1 && application) {
        path.append("{client_id}");
      } else if (i % 2 == 0 || LITERAL_WORDS.contains(segment)) {
        path.append(segment);
      } else {
        path.append("{id}");
      }
    }
    return exchange.method() + " " + (path.length() == 0 ? "/" : path);
  }

  @Override
  public List<Limit> limits(Exchange exchange) {
    String endpoint = endpoint(exchange);
    List<String> segments = exchange.segments();
    String first = segments.isEmpty() ? "" : segments.get(0);
    List<Limit> limits = new ArrayList<>(3);
    if (first.equals("a")) {
      if (endpoint.equals("GET /a/{client_id}/ip_addresses")) {
        limits.add(Limit.window("app|" + endpoint, 10, Duration.ofHours(1), APP_TOO_MANY));
      } else {
        limits.add(Limit.window("app|" + endpoint, 500, SECOND, APP_TOO_MANY));
      }
      return limits;
    }
    String account = "account:" + Secrets.hash(accessToken(exchange));
    limits.add(Limit.window("app|" + endpoint, 500, SECOND, APP_TOO_MANY));
    limits.add(Limit.window(account + "|" + endpoint, 50, SECOND, ACCOUNT_TOO_MANY));
    if (segments.size() == 2 && first.equals("delta") && segments.get(1).equals("streaming")) {
      limits.add(Limit.concurrency(
          account + "|concurrent /delta/streaming", 10, STREAMING_TOO_MANY));
    } else if (segments.size() == 2 && first.equals("delta") && segments.get(1).equals("longpoll")) {
      limits.add(Limit.concurrency(
          account + "|concurrent /delta/longpoll", 10, STREAMING_TOO_MANY));
    } else if (QUERY_COLLECTIONS.contains(first) && !endpoint.endsWith("/search")
        && !endpoint.endsWith(" /contacts/groups")) {
      limits.add(Limit.concurrency(
          account + "|concurrent /messages,/threads,/contacts", 5, QUERY_TOO_MANY));
    }
    return limits;
  }

  /** The access token: the Bearer token, or the user of Basic credentials; "" when absent. */
  static String accessToken(Exchange exchange) {
    String authorization = exchange.header("Authorization");
    if (authorization == null) {
      return "";
    }
    String value = authorization.trim();
    if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return value.substring(7).trim();
    }
    if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(
            Base64.getDecoder().decode(value.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return value;
      }
    }
    return value;
  }

  @Override
  public Limit undeclaredLimit(int permits, Duration period) {
    return Limit.window(SandboxEngine.UNDECLARED_BUCKET, permits, period, APP_TOO_MANY);
  }

  @Override
  public Reply rejected(Exchange exchange, Admission admission, long nowMillis) {
    Limit limit = admission.rejectedBy();
    long reset = limit.isWindow()
        ? admission.window(limit.bucket()).secondsUntilReset(nowMillis)
        : 1L;
    return Reply.json(429, "{\"message\":" + Json.quote(limit.message())
            + ",\"type\":\"invalid_request_error\"}")
        .newBuilder()
        .header("X-RateLimit-Limit", Integer.toString(limit.permits()))
        .header("X-RateLimit-Reset", Long.toString(reset))
        .build();
  }

  @Override
  public Reply admitted(Exchange exchange, Admission admission, long nowMillis) {
    return bodies.respond(exchange, nowMillis);
  }
}
