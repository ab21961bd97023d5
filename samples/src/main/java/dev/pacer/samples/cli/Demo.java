package dev.pacer.samples.cli;

import dev.pacer.event.PacerListener;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.time.PacerClock;
import java.io.Closeable;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * A vendor's demo burst for {@code pacer demo}: a few steps, each many calls of one endpoint,
 * that can run through the vendor's typed client (with Pacer) or as the same requests through a
 * plain {@link OkHttpClient} (without it). A vendor whose limits are counted per minute runs on a
 * clock {@link #speedUp()} times as fast as real time, shared by the sandbox and the client, so
 * the demo shows minutes of the limit in seconds. Immutable.
 *
 * @param <C> the typed client (or a holder of it)
 */
final class Demo<C extends Closeable> {
  /** Builds the typed client for a sandbox at {@code baseUrl}. */
  interface ClientFactory<C> {
    C create(HttpUrl baseUrl, OkHttpClient http, PacerListener listener, PacerClock clock);
  }

  /** Starts call {@code i} of a step through the typed client. */
  interface TypedCall<C> {
    CompletableFuture<?> start(C client, int i);
  }

  /** Call {@code i} of a step as a plain request. */
  interface PlainCall {
    Request request(HttpUrl baseUrl, int i);
  }

  /**
   * One step of the burst.
   *
   * @param label what the calls are, for people
   * @param limit the vendor's limit for them, for people
   * @param count how many calls at scale 1
   */
  record Step<C>(String label, String limit, int count, TypedCall<C> typed, PlainCall plain) {
    /** The number of calls at {@code scale}, at least one. */
    int count(double scale) {
      return (int) Math.max(1, Math.round(count * scale));
    }
  }

  private final ClientFactory<C> factory;
  private final List<Step<C>> steps;
  private final int speedUp;
  private final Supplier<VendorProfile> profile;
  private final String note;

  /** A demo on real time, against the vendor's default sandbox. */
  Demo(ClientFactory<C> factory, List<Step<C>> steps) {
    this(factory, steps, 1, null, null);
  }

  /**
   * A demo on a clock {@code speedUp} times as fast as real time, against a sandbox playing
   * {@code profile} (null: the vendor's default), with {@code note} (or null) printed first.
   */
  Demo(ClientFactory<C> factory, List<Step<C>> steps, int speedUp, Supplier<VendorProfile> profile, String note) {
    this.factory = Objects.requireNonNull(factory, "factory == null");
    this.steps = List.copyOf(steps);
    if (speedUp < 1) throw new IllegalArgumentException("speedUp < 1: " + speedUp);
    this.speedUp = speedUp;
    this.profile = profile;
    this.note = note;
  }

  List<Step<C>> steps() {
    return steps;
  }

  /** How many times as fast as real time the sandbox's and the client's clock runs. */
  int speedUp() {
    return speedUp;
  }

  /** The sandbox to run against, or null for the vendor's default. */
  Supplier<VendorProfile> profile() {
    return profile;
  }

  /** What to tell people before the burst, or null. */
  String note() {
    return note;
  }

  C newClient(HttpUrl baseUrl, OkHttpClient http, PacerListener listener, PacerClock clock) {
    return factory.create(baseUrl, http, listener, clock);
  }
}
