package dev.pacer.vendor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.RetryConfig;
import dev.pacer.policy.RateLimitPolicy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * Error bodies are read through a cap before anything buffers them: an endless chunked 404 and a
 * 200 MB 500 each end in an {@link ApiException} promptly, and the calling thread allocates at
 * most 16 MB for either. The server streams the bodies from one small array; nothing allocates
 * them whole.
 */
final class HostileErrorBodyTest {
  private static final long MB = 1024 * 1024;
  private static final long HEAP_BUDGET = 16 * MB;
  private static final byte[] CHUNK = new byte[64 * 1024];

  static {
    Arrays.fill(CHUNK, (byte) 'x');
  }

  interface Service {
    @GET("v1/things")
    Call<String> things();
  }

  static final class Builder extends VendorClientBuilder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    VendorRuntime build() {
      return buildRuntime(HttpUrl.get("https://vendor.invalid/"), RateLimitPolicy.none(),
          AuthHeaderInterceptor.bearer("canary-token"), null, ErrorBodyParser.NONE);
    }
  }

  /** Writes up to {@code limit} bytes, chunk-framed when {@code chunked}, until the client hangs up. */
  static final class StreamedBody implements MockResponseBody {
    private final long limit;
    private final boolean chunked;

    StreamedBody(long limit, boolean chunked) {
      this.limit = limit;
      this.chunked = chunked;
    }

    @Override
    public long getContentLength() {
      return chunked ? -1 : limit;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); // bounded in time as well as size
      for (long written = 0; written < limit && System.nanoTime() < deadline; ) {
        int n = (int) Math.min(CHUNK.length, limit - written);
        if (chunked) sink.writeHexadecimalUnsignedLong(n).writeUtf8("\r\n");
        sink.write(CHUNK, 0, n);
        if (chunked) sink.writeUtf8("\r\n");
        sink.emit();
        written += n;
      }
      if (chunked) sink.writeUtf8("0\r\n\r\n");
    }
  }

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private VendorRuntime runtime(Builder b) {
    return b.baseUrl(server.url("/")).retry(RetryConfig.disabled()).build();
  }

  /** Runs {@code call} on one thread, promptly, and returns its exception and what that thread allocated. */
  private static ApiException failWithin(VendorRuntime runtime, long[] allocated) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      long before = threads.getCurrentThreadAllocatedBytes();
      ApiException e = assertThrows(ApiException.class, () -> runtime.execute(runtime.create(Service.class).things()));
      allocated[0] = threads.getCurrentThreadAllocatedBytes() - before;
      return e;
    });
  }

  @Test
  void anEndlessChunkedErrorBodyEndsInAnApiException() {
    server.enqueue(new MockResponse.Builder().code(404)
        .body(new StreamedBody(Long.MAX_VALUE, true))
        .removeHeader("Content-Length")
        .addHeader("Transfer-Encoding", "chunked")
        .build());
    long[] allocated = new long[1];
    try (VendorRuntime runtime = runtime(new Builder())) {
      ApiException e = failWithin(runtime, allocated);
      assertEquals(404, e.status());
      assertEquals(ApiException.MAX_ERROR_BODY, e.errorBody().length());
    }
    assertTrue(allocated[0] <= HEAP_BUDGET, "allocated " + allocated[0] / MB + " MB");
  }

  @Test
  void a200MegabyteErrorBodyEndsInAnApiException() {
    server.enqueue(new MockResponse.Builder().code(500).body(new StreamedBody(200 * MB, false)).build());
    long[] allocated = new long[1];
    try (VendorRuntime runtime = runtime(new Builder())) {
      ApiException e = failWithin(runtime, allocated);
      assertEquals(500, e.status());
      assertEquals(ApiException.MAX_ERROR_BODY, e.errorBody().length());
    }
    assertTrue(allocated[0] <= HEAP_BUDGET, "allocated " + allocated[0] / MB + " MB");
  }

  @Test
  void anAsyncCallIsCappedToo() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404)
        .body(new StreamedBody(Long.MAX_VALUE, true))
        .removeHeader("Content-Length")
        .addHeader("Transfer-Encoding", "chunked")
        .build());
    try (VendorRuntime runtime = runtime(new Builder())) {
      ExecutionException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
          ExecutionException.class, () -> runtime.async(runtime.create(Service.class).things()).get()));
      assertEquals(404, ((ApiException) e.getCause()).status());
    }
  }

  @Test
  void theCapIsConfigurable() {
    server.enqueue(new MockResponse.Builder().code(400).body(new StreamedBody(10_000, false)).build());
    try (VendorRuntime runtime = runtime(new Builder().maxErrorBodyBytes(100))) {
      ApiException e = assertThrows(ApiException.class, () -> runtime.execute(runtime.create(Service.class).things()));
      assertEquals(100, e.errorBody().length());
    }
    assertThrows(IllegalArgumentException.class, () -> new Builder().maxErrorBodyBytes(-1));
  }

  @Test
  void aSmallErrorBodyIsReadWhole() {
    server.enqueue(new MockResponse.Builder().code(422).body("{\"error\":\"bad\"}").build());
    try (VendorRuntime runtime = runtime(new Builder())) {
      ApiException e = assertThrows(ApiException.class, () -> runtime.execute(runtime.create(Service.class).things()));
      assertEquals("{\"error\":\"bad\"}", e.errorBody());
    }
  }
}
