package dev.pacer;

import java.io.Closeable;
import okhttp3.Call;
import okhttp3.OkHttpClient;

/**
 * A {@link Call.Factory} whose calls keep to a {@link Pacer}'s policy without parking threads:
 * {@code enqueue()} waits for rate and concurrency permits and for retry delays on a timer, and
 * {@code execute()} blocks like Pacer's interceptors. Hand it to Retrofit's {@code
 * callFactory(...)}, or call {@link #newCall} directly. Get one from {@link
 * Pacer#callFactory(OkHttpClient)}.
 *
 * <p>Each call's callback runs exactly once, on an OkHttp dispatcher thread; {@code cancel()} at
 * any stage (waiting for a permit, in flight, waiting to retry, or streaming its body) ends the
 * call promptly with an {@code IOException} and returns every permit.
 *
 * <p>The factory owns one daemon timer thread. {@link #close()} stops it, and calls still
 * waiting on it fail with an {@code IOException}; a closed factory fails new async calls at
 * once. Thread-safe.
 */
public interface PacedCallFactory extends Call.Factory, Closeable {
  /** The client calls go out on: the one given to {@link Pacer#callFactory}, without Pacer's blocking interceptors. */
  OkHttpClient client();

  /** Stops the timer thread; calls waiting on it fail with an {@code IOException}. Never throws. */
  @Override
  void close();
}
