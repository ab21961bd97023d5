package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * A callback for tests: counts how often it runs, keeps the outcome, and lets a test await it.
 * By default it closes the response (returning any concurrency permit); {@link #keepingBody()}
 * leaves the body open so the call keeps holding its permit.
 */
final class RecordingCallback implements Callback {
  private final boolean closeBody;
  private final CountDownLatch done = new CountDownLatch(1);
  private final AtomicInteger invocations = new AtomicInteger();
  private volatile Response response;
  private volatile IOException failure;
  private volatile Thread thread;

  private RecordingCallback(boolean closeBody) {
    this.closeBody = closeBody;
  }

  /** A callback that closes the response body as soon as it arrives. */
  static RecordingCallback closingBody() {
    return new RecordingCallback(true);
  }

  /** A callback that leaves the response body open; the test closes it. */
  static RecordingCallback keepingBody() {
    return new RecordingCallback(false);
  }

  @Override
  public void onResponse(Call call, Response response) {
    invocations.incrementAndGet();
    this.thread = Thread.currentThread();
    this.response = response;
    if (closeBody) response.close();
    done.countDown();
  }

  @Override
  public void onFailure(Call call, IOException e) {
    invocations.incrementAndGet();
    this.thread = Thread.currentThread();
    this.failure = e;
    done.countDown();
  }

  /** True once either method has run. */
  boolean isDone() {
    return done.getCount() == 0;
  }

  /** How often the callback has run; exactly once is the contract. */
  int invocations() {
    return invocations.get();
  }

  /** The thread the callback ran on, or null before it ran. */
  Thread thread() {
    return thread;
  }

  /** Awaits a response; fails the test on a failure or a timeout. */
  Response awaitResponse(Duration timeout) throws InterruptedException {
    await(timeout);
    if (failure != null) throw new AssertionError("expected a response, got a failure", failure);
    assertEquals(1, invocations());
    return response;
  }

  /** Awaits a failure; fails the test on a response or a timeout. */
  IOException awaitFailure(Duration timeout) throws InterruptedException {
    await(timeout);
    assertNotNull(failure, () -> "expected a failure, got " + response);
    assertEquals(1, invocations());
    return failure;
  }

  private void await(Duration timeout) throws InterruptedException {
    if (!done.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
      fail("callback not invoked within " + timeout);
    }
    assertTrue(isDone());
  }
}
