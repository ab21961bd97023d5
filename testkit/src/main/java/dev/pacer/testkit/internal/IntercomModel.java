package dev.pacer.testkit.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Intercom as its rate-limit answer describes it: one bucket per app, {@value #BUCKET}, of 166
 * requests per 10-second window (configurable). Every response, 200 or 429, carries
 * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (Unix
 * epoch seconds of the window end, on the sandbox clock); a 429 has Intercom's
 * {@code error.list} body with code {@code rate_limit_exceeded}.
 */
public final class IntercomModel implements VendorModel {
  /** The app-wide bucket. */
  public static final String BUCKET = "app";
  /** The declared limit per 10-second window. */
  public static final int DECLARED_PERMITS = 166;

  private static final Duration WINDOW = Duration.ofSeconds(10);

  private final int permits;
  private final IntercomBodies bodies = new IntercomBodies();
  private final AtomicLong requestIds = new AtomicLong();

  /** Intercom with {@code permitsPer10Seconds} per app per 10-second window. */
  public IntercomModel(int permitsPer10Seconds) {
    if (permitsPer10Seconds < 1) {
      throw new IllegalArgumentException("permitsPer10Seconds < 1: " + permitsPer10Seconds);
    }
    this.permits = permitsPer10Seconds;
  }

  @Override
  public String name() {
    return "intercom";
  }

  @Override
  public List<Limit> limits(Exchange exchange) {
    return List.of(Limit.window(BUCKET, permits, WINDOW, message(permits, WINDOW.toMillis())));
  }

  @Override
  public Limit undeclaredLimit(int permits, Duration period) {
    return Limit.window(
        SandboxEngine.UNDECLARED_BUCKET, permits, period, message(permits, period.toMillis()));
  }

  private static String message(int permits, long periodMillis) {
    String window = periodMillis % 1000 == 0 ? (periodMillis / 1000) + "_seconds"
        : periodMillis + "_milliseconds";
    return "Exceeded rate limit of " + permits + " in " + window;
  }

  @Override
  public Reply rejected(Exchange exchange, Admission admission, long nowMillis) {
    String requestId = new UUID(0x5ad0b0c5L, requestIds.incrementAndGet()).toString();
    String body = "{\"type\":\"error.list\",\"request_id\":" + Json.quote(requestId)
        + ",\"errors\":[{\"code\":\"rate_limit_exceeded\",\"message\":"
        + Json.quote(admission.rejectedBy().message()) + "}]}";
    return withHeaders(Reply.json(429, body), admission);
  }

  @Override
  public Reply admitted(Exchange exchange, Admission admission, long nowMillis) {
    return withHeaders(bodies.respond(exchange), admission);
  }

  private static Reply withHeaders(Reply reply, Admission admission) {
    WindowView view = admission.window(BUCKET);
    return reply.newBuilder()
        .setHeader("X-RateLimit-Limit", Integer.toString(view.permits()))
        .setHeader("X-RateLimit-Remaining", Integer.toString(view.remaining()))
        .setHeader("X-RateLimit-Reset", Long.toString(view.resetEpochSeconds()))
        .build();
  }
}
