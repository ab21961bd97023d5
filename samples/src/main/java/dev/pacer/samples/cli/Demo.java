package dev.pacer.samples.cli;

import dev.pacer.event.PacerListener;
import java.io.Closeable;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * A vendor's demo burst for {@code pacer demo}: a few steps, each many calls of one endpoint,
 * that can run through the vendor's typed client (with Pacer) or as the same requests through a
 * plain {@link OkHttpClient} (without it). Immutable.
 *
 * @param <C> the typed client (or a holder of it)
 */
final class Demo<C extends Closeable> {
  /** Builds the typed client for a sandbox at {@code baseUrl}. */
  interface ClientFactory<C> {
    C create(HttpUrl baseUrl, OkHttpClient http, PacerListener listener);
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

  Demo(ClientFactory<C> factory, List<Step<C>> steps) {
    this.factory = Objects.requireNonNull(factory, "factory == null");
    this.steps = List.copyOf(steps);
  }

  List<Step<C>> steps() {
    return steps;
  }

  C newClient(HttpUrl baseUrl, OkHttpClient http, PacerListener listener) {
    return factory.create(baseUrl, http, listener);
  }
}
