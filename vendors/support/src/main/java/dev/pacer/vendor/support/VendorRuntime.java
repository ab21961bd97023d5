package dev.pacer.vendor.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.Pacer;
import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * What a vendor client is built on: the wired {@link Retrofit}, the {@link Pacer} holding the
 * buckets, the Jackson mapper and the vendor's error parser. Made by {@link
 * VendorClientBuilder#buildRuntime}. Thread-safe. {@link #close()} stops Pacer's timer thread and,
 * when the runtime created its own OkHttp client, that client's threads and connections; a
 * caller-supplied client is left running.
 */
public final class VendorRuntime implements Closeable {
  private final Retrofit retrofit;
  private final Pacer pacer;
  private final ObjectMapper mapper;
  private final ErrorBodyParser<?> errors;
  private final Closeable callFactory;
  private final OkHttpClient ownedClient;
  private final AtomicBoolean closed = new AtomicBoolean();

  VendorRuntime(Retrofit retrofit, Pacer pacer, ObjectMapper mapper, ErrorBodyParser<?> errors,
      Closeable callFactory, OkHttpClient ownedClient) {
    this.retrofit = retrofit;
    this.pacer = pacer;
    this.mapper = mapper;
    this.errors = errors;
    this.callFactory = callFactory;
    this.ownedClient = ownedClient;
  }

  /** The Retrofit instance; create service interfaces with {@link #create(Class)}. */
  public Retrofit retrofit() {
    return retrofit;
  }

  /** The Pacer enforcing the client's policy. */
  public Pacer pacer() {
    return pacer;
  }

  /** The Jackson mapper the converters use. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** The vendor's error parser. */
  public ErrorBodyParser<?> errors() {
    return errors;
  }

  /** The base URL requests resolve against. */
  public HttpUrl baseUrl() {
    return retrofit.baseUrl();
  }

  /** An implementation of the Retrofit service interface {@code service}. */
  public <S> S create(Class<S> service) {
    Objects.requireNonNull(service, "service == null");
    return retrofit.create(service);
  }

  /** {@link VendorCalls#execute} with this runtime's error parser. */
  public <T> T execute(Call<T> call) throws IOException {
    return VendorCalls.execute(call, errors);
  }

  /** {@link VendorCalls#async} with this runtime's error parser. */
  public <T> CompletableFuture<T> async(Call<T> call) {
    return VendorCalls.async(call, errors);
  }

  /** Stops Pacer's timer (waiting async calls fail) and releases a client this runtime created. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    try {
      callFactory.close();
    } catch (IOException ignored) {
      // PacedCallFactory.close() does not throw.
    }
    if (ownedClient != null) {
      ownedClient.dispatcher().executorService().shutdown();
      ownedClient.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "VendorRuntime{" + pacer.policy().name() + " @ " + retrofit.baseUrl() + "}";
  }
}
