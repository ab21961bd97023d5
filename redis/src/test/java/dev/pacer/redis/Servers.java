package dev.pacer.redis;

import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** MockWebServer answers shared by this module's tests. */
final class Servers {
  private Servers() {}

  /** Answers 200 "ok" to every request and counts them in {@code received}. */
  static Dispatcher okCounting(AtomicInteger received) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        received.incrementAndGet();
        return new MockResponse.Builder().code(200).body("ok").build();
      }
    };
  }
}
