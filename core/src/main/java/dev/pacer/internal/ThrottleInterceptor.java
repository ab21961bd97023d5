package dev.pacer.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Waits for the request's rate permits (all its buckets booked in one step), sends it, and
 * reads the response's rate-limit headers back into the buckets. A server pause that arrives
 * while a call waits makes it book again behind the pause.
 */
public final class ThrottleInterceptor implements Interceptor {
  private final Engine engine;

  public ThrottleInterceptor(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Charge charge = request.tag(Charge.class);
    if (charge == null) charge = engine.classify(request);
    Reservation r = admit(engine, charge, chain.call());
    Response response = chain.proceed(request);
    engine.onResponse(r, response);
    return response;
  }

  /** Books and waits, re-booking after a server pause; returns the reservation the call went on. */
  static Reservation admit(Engine engine, Charge charge, Call call) throws IOException {
    long start = engine.clock().nanoTime();
    while (true) {
      long elapsed = engine.clock().nanoTime() - start;
      Reservation r = engine.reserve(charge, Math.max(0, engine.maxWaitNanos() - elapsed));
      charge = r.charge;
      try {
        if (r.waitNanos > 0) Waits.sleepUntil(engine.clock(), r.goAtNanos, call);
      } catch (IOException | RuntimeException e) {
        engine.cancel(r);
        throw e;
      }
      if (r.waitNanos == 0 || engine.confirm(r)) {
        engine.reportWait(charge, r, engine.clock().nanoTime() - start);
        return r;
      }
      engine.cancel(r);
      if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("interrupted");
    }
  }
}
