package dev.pacer.testkit;

import dev.pacer.testkit.internal.SandboxDispatcher;
import dev.pacer.testkit.internal.SandboxEngine;
import dev.pacer.time.PacerClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.Protocol;

/**
 * An embedded HTTP server on a free loopback port that behaves like one vendor's API as the
 * vendor's own rate-limit page describes it: it counts requests exactly per fixed window aligned
 * to its clock, holds concurrency slots for the life of streamed responses, answers 429s in the
 * vendor's format and headers, and serves canned bodies for the main typed endpoints. Its
 * limiter shares no code with Pacer's, so it is an honest judge of a client: no credentials,
 * no network.
 *
 * <pre>{@code
 * try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom()).start()) {
 *   HttpUrl base = sandbox.baseUrl();
 *   // ... point a client at base, run a burst ...
 *   SandboxStats stats = sandbox.stats();
 *   assertTrue(stats.maxAdmittedInAnyWindow("app") <= 166);
 * }
 * }</pre>
 *
 * <p>Every response carries a {@code Date} from the sandbox clock. Thread-safe; close it to
 * free the port (closing ends held streams at once).
 */
public final class VendorSandbox implements AutoCloseable {
  private final VendorProfile profile;
  private final SandboxEngine engine;
  private final MockWebServer server;
  private final CountDownLatch closing = new CountDownLatch(1);

  private VendorSandbox(Builder builder) {
    this.profile = builder.profile;
    // A fresh model per sandbox: a builder (and so a SandboxExtension) starts many.
    this.engine = builder.engine.build(profile.newModel());
    this.server = new MockWebServer();
    server.setProtocols(List.of(Protocol.HTTP_1_1));
    // MockWebServer writes headers and body separately: without TCP_NODELAY, Nagle's algorithm
    // and the client's delayed ACK add about 40 ms to every answer.
    server.setServerSocketFactory(new dev.pacer.testkit.internal.NoDelayServerSocketFactory());
    server.setBodyLimit(64 * 1024);
    server.setDispatcher(new SandboxDispatcher(
        engine, builder.latency, builder.streamHold, PacerClock.system(), closing,
        this::forgetRecordedRequest));
  }

  /** A builder for a sandbox playing {@code profile}. */
  public static Builder builder(VendorProfile profile) {
    return new Builder(profile);
  }

  private void start(int port) {
    try {
      server.start(InetAddress.getLoopbackAddress(), port);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the sandbox on port " + port, e);
    }
  }

  /** MockWebServer queues every request for takeRequest(); drop them to keep memory flat. */
  private void forgetRecordedRequest() {
    try {
      server.takeRequest(0L, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The URL to use as the vendor's base URL: this server's root plus the vendor's base path
   * ({@code http://localhost:port/api/} for eSputnik, {@code .../lite/} for Context.IO,
   * {@code .../} otherwise). The sandbox serves the vendor's full paths.
   */
  public HttpUrl baseUrl() {
    return server.url(profile.basePath());
  }

  /** The URL of absolute path {@code path} on this server, such as {@code url("/api/v1/contacts")}. */
  public HttpUrl url(String path) {
    Objects.requireNonNull(path, "path == null");
    return server.url(path);
  }

  /** The loopback port this sandbox listens on. */
  public int port() {
    return server.getPort();
  }

  /** The vendor this sandbox plays. */
  public VendorProfile profile() {
    return profile;
  }

  /** How far the sandbox clock is ahead of its clock's reading (negative: behind). */
  public Duration clockOffset() {
    return engine.clockOffset();
  }

  /** The sandbox clock now: the time its {@code Date} headers and windows follow. */
  public Instant serverTime() {
    return Instant.ofEpochMilli(engine.nowMillis());
  }

  /** A consistent snapshot of what the sandbox has counted so far. */
  public SandboxStats stats() {
    return new SandboxStats(engine.stats());
  }

  /** Ends held streams, stops serving and frees the port. Closing twice is harmless. */
  @Override
  public void close() {
    closing.countDown();
    server.close();
  }

  @Override
  public String toString() {
    return "VendorSandbox{" + profile + " at " + server.url("/") + "}";
  }

  /**
   * Configures and starts a {@link VendorSandbox}. {@link #start()} copies the settings, so a
   * builder can start several independent sandboxes, each with fresh windows, statistics and
   * vendor model. The limits, clock, faults and request log are the settings of the sandbox's
   * engine, which this builder holds; latency, stream hold and port are the server's. Not
   * thread-safe.
   */
  public static final class Builder {
    private final VendorProfile profile;
    private final SandboxEngine.Builder engine = SandboxEngine.builder();
    private Duration latency = Duration.ZERO;
    private Duration streamHold = Duration.ofSeconds(1);
    private int port;

    private Builder(VendorProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile == null");
    }

    /**
     * The clock that windows and {@code Date} follow. Default {@link PacerClock#system()}. A
     * {@link dev.pacer.time.ManualClock} makes windows move only when a test advances it
     * (latency and stream holds still pass in real time); an {@link AcceleratedClock} shared with
     * the client lives through minutes of a limit in seconds.
     */
    public Builder clock(PacerClock clock) {
      engine.clock(clock);
      return this;
    }

    /**
     * How far the sandbox clock runs ahead of {@link #clock} (negative: behind), to simulate
     * skew between client and server: shifts {@code Date}, the window boundaries and every
     * epoch reset the sandbox sends. Default zero.
     */
    public Builder clockOffset(Duration clockOffset) {
      engine.clockOffset(clockOffset);
      return this;
    }

    /**
     * How long each response waits before its headers are sent; an admitted request holds its
     * concurrency slots meanwhile. Default zero.
     */
    public Builder latency(Duration latency) {
      Objects.requireNonNull(latency, "latency == null");
      if (latency.isNegative()) {
        throw new IllegalArgumentException("latency < 0: " + latency);
      }
      this.latency = latency;
      return this;
    }

    /**
     * How long streamed and long-poll responses (Nylas {@code /delta/streaming},
     * {@code /delta/longpoll}) stay open, holding their slots; a long-poll's {@code timeout}
     * parameter can shorten it. Default 1 second.
     */
    public Builder streamHold(Duration streamHold) {
      Objects.requireNonNull(streamHold, "streamHold == null");
      if (streamHold.isNegative()) {
        throw new IllegalArgumentException("streamHold < 0: " + streamHold);
      }
      this.streamHold = streamHold;
      return this;
    }

    /** The faults to inject. Default {@link FaultInjection#none()}. */
    public Builder faults(FaultInjection faults) {
      engine.faults(faults);
      return this;
    }

    /**
     * An extra application-wide limit the vendor does not declare, in bucket
     * {@code "undeclared"}: at most {@code permits} requests per fixed window of {@code period}.
     * Requests beyond it get the vendor's 429 plus {@code Retry-After} (seconds until the window
     * ends). Default none.
     */
    public Builder undeclaredLimit(int permits, Duration period) {
      engine.undeclaredLimit(permits, period);
      return this;
    }

    /** How many recent requests {@link SandboxStats#requests()} keeps; 0 keeps none. Default 100,000. */
    public Builder requestLogLimit(int requestLogLimit) {
      engine.requestLogLimit(requestLogLimit);
      return this;
    }

    /** The loopback port to listen on; 0, the default, picks a free one (use 0 in tests). */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port not in [0, 65535]: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Starts a sandbox with these settings.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public VendorSandbox start() {
      VendorSandbox sandbox = new VendorSandbox(this);
      sandbox.start(port);
      return sandbox;
    }
  }
}
