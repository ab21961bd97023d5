package dev.pacer.vendor.support;

import dev.pacer.Pacer;
import dev.pacer.policy.RateLimitPolicy;
import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import retrofit2.Call;

/**
 * What every typed vendor client offers besides its Retrofit services: its policy and Pacer,
 * its base URL, and {@link #execute}/{@link #async}, which turn error answers into {@link
 * ApiException}s carrying the vendor's parsed error. A vendor's client extends it and adds its
 * services and paging helpers. Thread-safe; share one client per credential, because the
 * rate-limit buckets live in it.
 */
public abstract class VendorClient implements Closeable {
  private final VendorRuntime runtime;

  /** A client over {@code runtime}, built by the vendor's {@link VendorClientBuilder}. */
  protected VendorClient(VendorRuntime runtime) {
    this.runtime = Objects.requireNonNull(runtime, "runtime == null");
  }

  /** The runtime: Retrofit, Pacer, mapper and error parser of this client. */
  protected final VendorRuntime runtime() {
    return runtime;
  }

  /** The policy this client keeps to: the vendor's declared one unless the builder replaced it. */
  public final RateLimitPolicy policy() {
    return runtime.pacer().policy();
  }

  /** The Pacer holding this client's buckets and concurrency permits. */
  public final Pacer pacer() {
    return runtime.pacer();
  }

  /** The base URL requests go to. */
  public final HttpUrl baseUrl() {
    return runtime.baseUrl();
  }

  /**
   * Executes {@code call} on this thread, waiting for Pacer's permits, and returns its body (null
   * for {@code Void}).
   *
   * @throws ApiException for an error answer; its {@code error()} is the vendor's parsed error
   * @throws IOException for a network failure, or when Pacer would have to wait longer than its
   *     {@code maxWait} ({@link dev.pacer.WaitTooLongException}) or the server asks for longer
   *     than allowed ({@link dev.pacer.ServerRetryTooLongException})
   */
  public final <T> T execute(Call<T> call) throws IOException {
    return runtime.execute(call);
  }

  /**
   * Enqueues {@code call}; no thread waits for permits. The future completes with the body, or
   * fails with {@link ApiException} for an error answer or the {@link IOException} that ended
   * the call; cancelling it cancels the call.
   */
  public final <T> CompletableFuture<T> async(Call<T> call) {
    return runtime.async(call);
  }

  /**
   * Stops Pacer's timer thread (waiting async calls fail) and releases the HTTP client if this
   * client created it. Idempotent.
   */
  @Override
  public void close() {
    runtime.close();
  }
}
