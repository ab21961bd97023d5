package dev.pacer.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pacer.RetryConfig;
import dev.pacer.esputnik.EsputnikClient;
import dev.pacer.intercom.IntercomClient;
import dev.pacer.vendor.support.ApiException;
import dev.pacer.vendor.support.VendorClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Hostile answers through two typed clients (Intercom and eSputnik): an endless chunked error
 * body, a 200 MB error body (streamed by the server from one 64 KiB array, never built in
 * memory), and Intercom timestamps with a tiny exponent or a million digits. Each ends in a clear
 * exception within 2 s (after a warm-up call, so class loading is not measured), the calling
 * thread allocates at most 16 MB, and the heap retained after a full GC grows by at most 16 MB.
 */
final class HostileBodiesTest {
  private static final long MB = 1024 * 1024;
  private static final long BUDGET = 16 * MB;
  private static final Duration BOUND = Duration.ofSeconds(2);
  private static final byte[] FILL = new byte[64 * 1024];

  static {
    java.util.Arrays.fill(FILL, (byte) 'z');
  }

  /** {@code total} bytes of 'z' (forever if negative), chunk-framed when the length is unknown; stops when the client hangs up. */
  private static MockResponseBody streamed(long total) {
    return new MockResponseBody() {
      @Override
      public long getContentLength() {
        return total;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        long stopAt = System.nanoTime() + 20_000_000_000L; // bounded in time too
        long left = total < 0 ? Long.MAX_VALUE : total;
        while (left > 0 && System.nanoTime() < stopAt) {
          int n = (int) Math.min(FILL.length, left);
          if (total < 0) sink.writeUtf8(Integer.toHexString(n) + "\r\n");
          sink.write(FILL, 0, n);
          if (total < 0) sink.writeUtf8("\r\n");
          sink.flush();
          left -= n;
        }
      }
    };
  }

  private static MockResponse endlessChunked(int code) {
    return new MockResponse.Builder().code(code).body(streamed(-1)).removeHeader("Content-Length")
        .addHeader("Transfer-Encoding", "chunked").build();
  }

  private static MockResponse twoHundredMegabytes(int code) {
    return new MockResponse.Builder().code(code).body(streamed(200 * MB)).build();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
  }

  private static IntercomClient intercom(MockWebServer server) {
    return IntercomClient.builder().accessToken("tok_hostile").baseUrl(server.url("/")).retry(RetryConfig.disabled()).build();
  }

  private static EsputnikClient esputnik(MockWebServer server) {
    return EsputnikClient.builder().apiKey("key_hostile").baseUrl(server.url("/")).retry(RetryConfig.disabled()).build();
  }

  /** Heap in use after full collections (several, so finalizable and soft garbage is gone too). */
  private static long retainedHeap() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(20);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Runs {@code call} within {@link #BOUND} and checks what it cost; returns its exception. */
  private static <T extends Throwable> T failsCheaply(Class<T> expected, VendorClient client, ThrowingSupplier<retrofit2.Call<?>> call)
      throws Exception {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = retainedHeap();
    long[] allocated = new long[1];
    T e = assertTimeoutPreemptively(BOUND, () -> {
      long start = threads.getCurrentThreadAllocatedBytes();
      T thrown = assertThrows(expected, () -> client.execute(call.get()));
      allocated[0] = threads.getCurrentThreadAllocatedBytes() - start;
      return thrown;
    });
    long growth = retainedHeap() - before;
    assertTrue(allocated[0] <= BUDGET, "the calling thread allocated " + allocated[0] / MB + " MB");
    assertTrue(growth <= BUDGET, "the heap grew by " + growth / MB + " MB");
    return e;
  }

  /** One successful call, so that class loading and JIT are not inside the timed calls. */
  private static void warmUp(MockWebServer server, VendorClient client, String okBody, ThrowingSupplier<retrofit2.Call<?>> call)
      throws Throwable {
    server.enqueue(json(okBody));
    client.execute(call.get());
  }

  /** An endless chunked 404 and a 200 MB 500 each end {@code call} in an {@link ApiException}, cheaply. */
  private static void errorBodiesFailCheaply(MockWebServer server, VendorClient client, ThrowingSupplier<retrofit2.Call<?>> call)
      throws Exception {
    server.enqueue(endlessChunked(404));
    assertEquals(404, failsCheaply(ApiException.class, client, call).status());
    server.enqueue(twoHundredMegabytes(500));
    assertEquals(500, failsCheaply(ApiException.class, client, call).status());
  }

  @Test
  void intercomEndsEndlessAndHugeErrorBodiesAndHostileTimestampsCheaply() throws Throwable {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      try (IntercomClient client = intercom(server)) {
        warmUp(server, client, "{\"type\":\"contact\",\"id\":\"c-1\",\"created_at\":1700000000}", () -> client.contacts().get("c-1"));

        errorBodiesFailCheaply(server, client, () -> client.contacts().get("c-1"));
        for (String createdAt : new String[] {"\"1e-100000000\"", "1e-100000000", "\"" + "7".repeat(1_000_000) + "\"",
            "7".repeat(1_000_000)}) {
          server.enqueue(json("{\"type\":\"contact\",\"id\":\"c-1\",\"created_at\":" + createdAt + "}"));
          JsonProcessingException e = failsCheaply(JsonProcessingException.class, client, () -> client.contacts().get("c-1"));
          assertTrue(e.getOriginalMessage().length() < 2_000, "a clear, short message");
        }
      }
    }
  }

  @Test
  void esputnikEndsEndlessAndHugeErrorBodiesCheaply() throws Throwable {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      try (EsputnikClient client = esputnik(server)) {
        warmUp(server, client, "{\"id\":42}", () -> client.contacts().get(42L));

        errorBodiesFailCheaply(server, client, () -> client.contacts().get(42L));
      }
    }
  }
}
