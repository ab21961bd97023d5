package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.BucketStore;
import dev.pacer.store.BucketTable;
import dev.pacer.store.StoreUnavailableException;
import dev.pacer.store.Ticket;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bucket store that cannot decide (a shared store failing closed) fails the call unsent with
 * {@link BucketStoreUnavailableException}, an {@code IOException} callers already handle, through
 * both drivers; nothing reaches the server and no permit is left behind; the next call after
 * the store is back goes as usual.
 */
final class StoreFailureTest {
  private final MockWebServer server = new MockWebServer();
  private final AtomicBoolean down = new AtomicBoolean();
  private Pacer pacer;
  private OkHttpClient client;

  /** The in-memory store, failing closed while {@link #down} is set. */
  private final class FlakyStore implements BucketStore {
    private final BucketStore inner = BucketStore.inMemory(100);

    @Override
    public BucketTable table(BucketSpec spec, String keyPrefix, String keySuffix) {
      return inner.table(spec, keyPrefix, keySuffix);
    }

    @Override
    public boolean reserve(Ticket ticket, long nowNanos, long limitNanos) {
      if (down.get()) throw new StoreUnavailableException("test-store", "timeout");
      return inner.reserve(ticket, nowNanos, limitNanos);
    }

    @Override
    public boolean confirm(Ticket ticket, long nowNanos) {
      return inner.confirm(ticket, nowNanos);
    }

    @Override
    public void giveBack(Ticket ticket) {
      inner.giveBack(ticket);
    }

    @Override
    public void pause(Bucket bucket, long untilNanos) {
      inner.pause(bucket, untilNanos);
    }

    @Override
    public void reconcile(Ticket ticket, int index, long remaining, long resetAtNanos) {
      inner.reconcile(ticket, index, remaining, resetAtNanos);
    }

    @Override
    public void respec(Bucket bucket, BucketSpec spec) {
      inner.respec(bucket, spec);
    }

    @Override
    public int size() {
      return inner.size();
    }
  }

  @BeforeEach
  void start() throws IOException {
    server.start();
    RateLimitPolicy policy = RateLimitPolicy.builder("store").rule("all", "GET /**", Rate.perSecond(1000)).build();
    pacer = Pacer.builder(policy).store(new FlakyStore()).build();
    client = pacer.install(new OkHttpClient.Builder()).build();
  }

  @AfterEach
  void stop() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    server.close();
  }

  private Request get() {
    return new Request.Builder().url(server.url("/things")).build();
  }

  @Test
  void aStoreThatCannotDecideFailsTheCallUnsentThroughBothDriversThenRecovers() throws Exception {
    down.set(true);
    BucketStoreUnavailableException e = assertThrows(BucketStoreUnavailableException.class, () -> client.newCall(get()).execute());
    assertInstanceOf(StoreUnavailableException.class, e.getCause());
    assertEquals("GET /**", e.endpoint());

    assertInstanceOf(BucketStoreUnavailableException.class, Drivers.enqueuedFailure(pacer.callFactory(new OkHttpClient()).newCall(get())), "the call factory fails it the same way");
    assertEquals(0, server.getRequestCount(), "nothing was sent");
    assertEquals(0, pacer.diagnostics().permitsInFlight());

    down.set(false);
    server.enqueue(new MockResponse.Builder().body("ok").build());
    try (Response r = client.newCall(get()).execute()) {
      assertEquals("ok", r.body().string());
    }
  }
}
