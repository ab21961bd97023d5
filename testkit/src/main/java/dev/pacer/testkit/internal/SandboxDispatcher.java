package dev.pacer.testkit.internal;

import dev.pacer.time.PacerClock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * Puts a {@link SandboxEngine} behind MockWebServer: turns each recorded request into an
 * {@link Exchange}, and each {@link Reply} into a response whose body releases the reply's
 * lease once sent (or once the client is gone). Per-request latency is a headers delay, so an
 * admitted request holds its slots through it.
 */
public final class SandboxDispatcher extends Dispatcher {
  private final SandboxEngine engine;
  private final Duration latency;
  private final Duration streamHold;
  private final PacerClock realClock;
  private final CountDownLatch closing;
  private final Runnable onRequest;

  /**
   * A dispatcher answering with {@code engine}. Held bodies stay open for {@code streamHold} of
   * {@code realClock} time or until {@code closing} opens; {@code onRequest} runs first on every
   * request (the sandbox uses it to drain MockWebServer's own request queue).
   */
  public SandboxDispatcher(
      SandboxEngine engine,
      Duration latency,
      Duration streamHold,
      PacerClock realClock,
      CountDownLatch closing,
      Runnable onRequest) {
    this.engine = Objects.requireNonNull(engine, "engine == null");
    this.latency = Objects.requireNonNull(latency, "latency == null");
    this.streamHold = Objects.requireNonNull(streamHold, "streamHold == null");
    this.realClock = Objects.requireNonNull(realClock, "realClock == null");
    this.closing = Objects.requireNonNull(closing, "closing == null");
    this.onRequest = Objects.requireNonNull(onRequest, "onRequest == null");
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    onRequest.run();
    Reply reply = engine.handle(new Exchange(request.getMethod(), request.getUrl(), request.getHeaders()));
    MockResponse.Builder response = new MockResponse.Builder()
        .status("HTTP/1.1 " + reply.status() + " " + reason(reply.status()))
        .headers(reply.headers());
    switch (reply.kind()) {
      case DROP:
        return response.onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
      case FIXED:
        response.body(new LeasedBody(reply.body(), reply.lease()));
        break;
      case STREAM:
      case LONG_POLL:
        Duration hold = reply.maxHold() != null && reply.maxHold().compareTo(streamHold) < 0
            ? reply.maxHold()
            : streamHold;
        response.body(new HeldBody(reply, hold, realClock, closing))
            .removeHeader("Content-Length")
            .addHeader("Transfer-Encoding", "chunked");
        break;
      default:
        throw new AssertionError(reply.kind());
    }
    if (!latency.isZero()) {
      response.headersDelay(latency.toNanos(), TimeUnit.NANOSECONDS);
    }
    return response.build();
  }

  static String reason(int status) {
    switch (status) {
      case 200: return "OK";
      case 201: return "Created";
      case 202: return "Accepted";
      case 204: return "No Content";
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 404: return "Not Found";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 503: return "Service Unavailable";
      default: return "Status";
    }
  }
}
