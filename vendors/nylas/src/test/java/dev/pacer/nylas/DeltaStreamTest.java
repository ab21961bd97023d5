package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.RetryConfig;
import dev.pacer.WaitTooLongException;
import dev.pacer.nylas.model.Delta;
import dev.pacer.nylas.model.DeltaOptions;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.policy.Rule;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class DeltaStreamTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final CountDownLatch release = new CountDownLatch(1);
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private MockNylas nylas;

  @BeforeEach
  void setUp() throws IOException {
    nylas = new MockNylas();
  }

  @AfterEach
  void tearDown() {
    release.countDown();
    scheduler.shutdownNow();
    nylas.close();
  }

  /** A chunked body that sends {@code first}, waits for {@link #release}, then sends {@code rest}. */
  private MockResponse gated(String first, String rest) {
    MockResponseBody body = new MockResponseBody() {
      @Override
      public long getContentLength() {
        return -1L;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        chunk(sink, first);
        try {
          release.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException();
        }
        if (!rest.isEmpty()) chunk(sink, rest);
        sink.writeUtf8("0\r\n");
      }
    };
    return new MockResponse.Builder().code(200)
        .setHeader("Transfer-Encoding", "chunked")
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static void chunk(BufferedSink sink, String text) throws IOException {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    sink.writeHexadecimalUnsignedLong(bytes.length).writeUtf8("\r\n").write(bytes).writeUtf8("\r\n").flush();
  }

  @Test
  void deliversEachDeltaBeforeTheNextHasBeenSent() {
    nylas.enqueue(gated(Fixtures.DELTA_MESSAGE + "\n", Fixtures.DELTA_THREAD + "\n"));
    assertTimeoutPreemptively(TIMEOUT, () -> {
      try (DeltaStream stream = nylas.account().streamDeltas("c-1")) {
        // The server is holding back the second delta until released: the first must arrive alone.
        Delta first = stream.next();
        assertEquals("msg-1", first.id());
        assertEquals("c-2", stream.cursor());
        release.countDown();
        assertEquals("thr-1", stream.next().id());
        assertNull(stream.next());
        assertTrue(stream.isClosed(), "the stream closes itself at its end");
      }
    });
  }

  @Test
  void readsPagesOneDeltaAtATimeAndSkipsKeepAliveLines() {
    nylas.enqueue(gated("\n\n" + Fixtures.DELTA_PAGE.substring(0, Fixtures.DELTA_PAGE.indexOf(",{\"cursor\": \"c-3\"")),
        "," + Fixtures.DELTA_THREAD + "]}\n\n" + Fixtures.DELTA_MESSAGE));
    assertTimeoutPreemptively(TIMEOUT, () -> {
      try (DeltaStream stream = nylas.account().streamDeltas("c-1")) {
        // Only half the page has arrived; its first delta is complete and must be delivered now.
        assertEquals("msg-1", stream.next().id());
        release.countDown();
        assertEquals("thr-1", stream.next().id());
        assertEquals("c-3", stream.cursor());
        assertEquals("msg-1", stream.next().id());
        assertNull(stream.next());
      }
    });
  }

  @Test
  void anEmptyPageOnlyMovesTheCursor() {
    nylas.enqueue(new MockResponse.Builder().code(200)
        .body("{\"cursor_start\": \"c-1\", \"cursor_end\": \"c-9\"}\n" + Fixtures.DELTA_THREAD).build());
    assertTimeoutPreemptively(TIMEOUT, () -> {
      try (DeltaStream stream = nylas.account().streamDeltas("c-1")) {
        assertEquals("thr-1", stream.next().id());
        assertEquals("c-3", stream.cursor());
        assertNull(stream.next());
      }
    });
  }

  @Test
  void closeFromAnotherThreadEndsABlockedNext() {
    nylas.enqueue(gated(Fixtures.DELTA_MESSAGE + "\n", ""));
    assertTimeoutPreemptively(TIMEOUT, () -> {
      DeltaStream stream = nylas.account().streamDeltas("c-1");
      assertEquals("msg-1", stream.next().id());
      scheduler.schedule(stream::close, 200, TimeUnit.MILLISECONDS);
      assertNull(stream.next(), "a blocked next() returns null once another thread closes the stream");
      assertTrue(stream.isClosed());
      assertNull(stream.next());
      stream.close();
    });
  }

  @Test
  void malformedJsonFailsAndClosesTheStream() {
    nylas.enqueue(new MockResponse.Builder().code(200).body(Fixtures.DELTA_MESSAGE + "\n{\"cursor\": ]").build());
    assertTimeoutPreemptively(TIMEOUT, () -> {
      DeltaStream stream = nylas.account().streamDeltas("c-1");
      assertEquals("msg-1", stream.next().id());
      assertThrows(IOException.class, stream::next);
      assertTrue(stream.isClosed());
      assertNull(stream.next());
    });
  }

  @Test
  void closingEarlyFreesTheStreamingSlotAtOnce() throws Exception {
    // One streaming slot, and no patience: a second stream can start only if closing the first freed it.
    RateLimitPolicy.Builder policy = RateLimitPolicy.builder("nylas-one-stream").resetFormat(ResetFormat.SECONDS_UNTIL_RESET);
    for (Rule r : NylasPolicy.POLICY.rules()) {
      policy.rule(r.name().equals("streaming-concurrency") ? r.toBuilder().maxConcurrent(1).build() : r);
    }
    RateLimitPolicy oneStream = policy.build();
    try (NylasClient client = NylasClient.builder().baseUrl(nylas.server.url("/")).policy(oneStream)
        .retry(RetryConfig.disabled()).maxWait(Duration.ofSeconds(1)).build()) {
      NylasAccount account = client.account(MockNylas.TOKEN);
      nylas.enqueue(gated(Fixtures.DELTA_MESSAGE + "\n", ""));
      nylas.enqueue(gated(Fixtures.DELTA_THREAD + "\n", ""));
      nylas.enqueue(gated(Fixtures.DELTA_THREAD + "\n", ""));
      assertTimeoutPreemptively(TIMEOUT, () -> {
        DeltaStream first = account.streamDeltas("c-1", DeltaOptions.none());
        assertEquals("msg-1", first.next().id());
        // While the first is open, a second stream waits for the slot and gives up after maxWait.
        assertThrows(WaitTooLongException.class, () -> account.streamDeltas("c-1", DeltaOptions.none()));
        first.close();
        try (DeltaStream second = account.streamDeltas("c-1", DeltaOptions.none())) {
          assertEquals("thr-1", second.next().id());
        }
      });
    }
  }
}
