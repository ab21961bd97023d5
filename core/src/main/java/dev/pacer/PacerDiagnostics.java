package dev.pacer;

import dev.pacer.internal.Engine;
import java.util.List;
import java.util.Objects;
import okhttp3.Request;

/**
 * A read-only view of one {@link Pacer}'s state, for tests, dashboards and debugging: which
 * buckets and caps a request would be charged to, how many concurrency permits are held, how many
 * buckets are kept in memory. Keys name the rule, the scope and the endpoint; a credential part
 * is a hash, never the credential. Get it from {@link Pacer#diagnostics()}. Thread-safe.
 */
public final class PacerDiagnostics {
  private final Engine engine;

  PacerDiagnostics(Engine engine) {
    this.engine = engine;
  }

  /**
   * The rate-bucket keys {@code request} would be charged to, as {@code rule|scope|endpoint} (or
   * {@code rule|scope} for a shared rule, {@code server|host:port} where no rate rule applies).
   * Asking may create the buckets, as a call would.
   */
  public List<String> bucketKeys(Request request) {
    Objects.requireNonNull(request, "request == null");
    return engine.classify(request).bucketKeys();
  }

  /** The concurrency-cap keys {@code request} would hold a permit of while in flight. */
  public List<String> concurrencyKeys(Request request) {
    Objects.requireNonNull(request, "request == null");
    return engine.classify(request).slotKeys();
  }

  /** The endpoint label events and errors use for {@code request} ({@code METHOD /template}). */
  public String endpoint(Request request) {
    Objects.requireNonNull(request, "request == null");
    return engine.classify(request).endpoint();
  }

  /** Concurrency permits held now, across all caps (a streaming body holds its permit until closed). */
  public int permitsInFlight() {
    return engine.permitsInFlight();
  }

  /** Concurrency caps whose counts are kept now: only those with calls in flight. */
  public int concurrencyCapsTracked() {
    return engine.concurrencyCapsTracked();
  }

  /**
   * Calls waiting inside Pacer now, in either driver: for a concurrency slot, a rate permit or
   * a retry delay. None of them has a request on its way to the server.
   */
  public int callsWaiting() {
    return engine.callsWaiting();
  }

  /** Rate buckets kept in memory now. */
  public int bucketCount() {
    return engine.bucketCount();
  }

  @Override
  public String toString() {
    return "PacerDiagnostics{buckets=" + bucketCount() + ", permitsInFlight=" + permitsInFlight() + ", callsWaiting=" + callsWaiting() + "}";
  }
}
