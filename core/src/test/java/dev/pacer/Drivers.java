package dev.pacer;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The four ways to drive a call through Pacer (the installed interceptor and the paced call
 * factory, each with {@code execute()} and {@code enqueue()}), for the suites that run one table
 * through all of them. An {@link Outcome} records how a call ended, how many times it ended
 * (a callback that runs twice is a defect), and any unchecked exception that escaped, however it
 * surfaced.
 */
final class Drivers implements AutoCloseable {
  /** How a call is made. */
  enum Driver {
    INTERCEPTOR_EXECUTE, INTERCEPTOR_ENQUEUE, FACTORY_EXECUTE, FACTORY_ENQUEUE;

    boolean async() {
      return this == INTERCEPTOR_ENQUEUE || this == FACTORY_ENQUEUE;
    }
  }

  /**
   * How a call ended: {@code status} of the response (body read to the end) or -1, the failure
   * (checked) or null, an unchecked throwable that escaped or null, and how many times it ended.
   */
  record Outcome(int status, IOException failure, Throwable unchecked, int endings) {
    String describe() {
      if (unchecked != null) return "unchecked " + unchecked;
      return status >= 0 ? "response " + status : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
  }

  private final OkHttpClient installed;
  private final PacedCallFactory factory;
  private final List<OkHttpClient> clients;
  /** How many times each call made so far ended; checked once every callback has run ({@link #close}). */
  private final List<AtomicInteger> endingsOfEveryCall = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Drivers over {@code base} (a client without Pacer) for {@code pacer}. */
  Drivers(Pacer pacer, OkHttpClient base) {
    this.installed = pacer.install(base.newBuilder()).build();
    this.factory = pacer.callFactory(base);
    this.clients = List.of(installed, base);
  }

  Call newCall(Driver driver, Request request) {
    return (driver == Driver.FACTORY_EXECUTE || driver == Driver.FACTORY_ENQUEUE ? factory : installed).newCall(request);
  }

  /**
   * Makes the call with {@code driver} and waits at most {@code boundMillis} of real time for it
   * to end; null if it did not. A second ending of the call, should one come later, fails
   * {@link #close}.
   */
  Outcome run(Driver driver, Request request, long boundMillis) throws InterruptedException {
    Call call = newCall(driver, request);
    AtomicInteger endings = new AtomicInteger();
    endingsOfEveryCall.add(endings);
    CompletableFuture<Outcome> first = new CompletableFuture<>();
    if (driver.async()) {
      call.enqueue(new Callback() {
        @Override
        public void onResponse(Call c, Response response) {
          endings.incrementAndGet();
          first.complete(read(response));
        }

        @Override
        public void onFailure(Call c, IOException e) {
          endings.incrementAndGet();
          first.complete(new Outcome(-1, e, uncheckedIn(e), 0));
        }
      });
    } else {
      Thread t = new Thread(() -> {
        try {
          Response response = call.execute();
          endings.incrementAndGet();
          first.complete(read(response));
        } catch (IOException e) {
          endings.incrementAndGet();
          first.complete(new Outcome(-1, e, uncheckedIn(e), 0));
        } catch (RuntimeException | Error e) {
          endings.incrementAndGet();
          first.complete(new Outcome(-1, null, e, 0));
        }
      }, "drivers-execute");
      t.setDaemon(true);
      t.start();
    }
    Outcome o;
    try {
      o = first.get(boundMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      call.cancel();
      return null;
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
    return new Outcome(o.status(), o.failure(), o.unchecked(), endings.get());
  }

  private static Outcome read(Response response) {
    try (response) {
      response.body().bytes();
      return new Outcome(response.code(), null, null, 0);
    } catch (IOException e) {
      return new Outcome(-1, e, uncheckedIn(e), 0);
    } catch (RuntimeException e) {
      return new Outcome(-1, null, e, 0);
    }
  }

  /**
   * Enqueues {@code call} and returns how it failed, or null when it got a response (closed);
   * waits at most 10 s.
   */
  static IOException enqueuedFailure(Call call) throws Exception {
    CompletableFuture<IOException> failure = new CompletableFuture<>();
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        failure.complete(e);
      }

      @Override
      public void onResponse(Call c, Response response) {
        response.close();
        failure.complete(null);
      }
    });
    return failure.get(10, TimeUnit.SECONDS);
  }

  /**
   * An unchecked throwable carried by {@code e}: OkHttp's {@code enqueue()} turns one thrown by
   * an interceptor into {@code IOException("canceled due to ...")} with it suppressed.
   */
  static Throwable uncheckedIn(Throwable e) {
    for (int depth = 0; e != null && depth < 16; depth++, e = e.getCause()) {
      if (e instanceof RuntimeException || e instanceof Error) return e;
      for (Throwable s : e.getSuppressed()) {
        if (s instanceof RuntimeException || s instanceof Error) return s;
      }
    }
    return null;
  }

  /**
   * Stops the factory's timer and the clients' dispatchers and waits (at most 10 s) until every
   * callback has run; then fails if any call ended more than once.
   */
  @Override
  public void close() {
    factory.close();
    for (OkHttpClient c : clients) {
      c.dispatcher().executorService().shutdown();
      c.connectionPool().evictAll();
    }
    try {
      for (OkHttpClient c : clients) c.dispatcher().executorService().awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the callbacks", e);
    }
    long twice = endingsOfEveryCall.stream().filter(n -> n.get() > 1).count();
    if (twice > 0) throw new AssertionError(twice + " of " + endingsOfEveryCall.size() + " calls ended more than once");
  }
}
