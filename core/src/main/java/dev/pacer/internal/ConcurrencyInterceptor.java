package dev.pacer.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Caps calls in flight per rule and scope, for {@code execute()} and {@code enqueue()} alike.
 * The permit is held until the response body is closed or read to the end, and returned on
 * every failure path.
 */
public final class ConcurrencyInterceptor implements Interceptor {
  private final Engine engine;

  public ConcurrencyInterceptor(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Charge charge = request.tag(Charge.class);
    if (charge == null) {
      charge = engine.classify(request);
      // Hand the classification to the throttle so it is done once per attempt.
      request = request.newBuilder().tag(Charge.class, charge).build();
    }
    if (!charge.hasSlots()) return chain.proceed(request);
    Call call = chain.call();
    try {
      if (!engine.acquireSlots(charge, call::isCanceled)) throw new IOException("Canceled");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a concurrency permit");
    }
    return proceedHolding(engine, charge, chain, request);
  }

  static Response proceedHolding(Engine engine, Charge charge, Chain chain, Request request) throws IOException {
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException | RuntimeException | Error e) {
      engine.releaseSlots(charge);
      throw e;
    }
    return holdUntilClosed(engine, charge, response);
  }

  /** Returns {@code response} with a body that releases the charge's permits when done. */
  static Response holdUntilClosed(Engine engine, Charge charge, Response response) {
    okhttp3.ResponseBody body = response.body();
    if (body == null) {
      engine.releaseSlots(charge);
      return response;
    }
    return response.newBuilder().body(new ReleasingResponseBody(body, () -> engine.releaseSlots(charge))).build();
  }
}
