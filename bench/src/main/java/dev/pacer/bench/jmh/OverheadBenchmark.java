package dev.pacer.bench.jmh;

import dev.pacer.Pacer;
import dev.pacer.bench.Limiters;
import dev.pacer.PacedCallFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One loopback round trip to MockWebServer (a 2-byte body, read and closed) through plain
 * OkHttp, through OkHttp with Pacer's interceptors installed, and through Pacer's call
 * factory, both {@code execute()} and {@code enqueue()}. The policy admits every call (a
 * billion per second), so the difference is Pacer's bookkeeping: classify, reserve, read the
 * response headers back, retry and concurrency wrappers, the replay guard.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class OverheadBenchmark {
  MockWebServer server;
  OkHttpClient plain;
  OkHttpClient intercepted;
  PacedCallFactory factory;
  Request request;
  OkHttpClient plainShortCircuit;
  OkHttpClient pacerShortCircuit;
  OkHttpClient noopShortCircuit;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new MockWebServer();
    server.setServerSocketFactory(new dev.pacer.testkit.internal.NoDelayServerSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
        server.takeRequest(0L, TimeUnit.NANOSECONDS); // MockWebServer queues every request; keep memory flat
        return new MockResponse.Builder().code(200).body("ok").build();
      }
    });
    server.start(InetAddress.getLoopbackAddress(), 0);
    plain = new OkHttpClient.Builder().build();
    Pacer pacer = Pacer.builder(Limiters.singleBucketPolicy(Limiters.ALWAYS_ADMIT)).build();
    // Share the connection pool and dispatcher so every variant reuses one warm connection.
    intercepted = pacer.install(plain.newBuilder()).build();
    factory = pacer.callFactory(plain);
    request = new Request.Builder().url(server.url("/users/1")).build();
    // Without the network: the last application interceptor answers, so only the interceptor
    // chains differ (Pacer's network interceptor is not reached here).
    Interceptor answer = chain -> new Response.Builder()
        .request(chain.request())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create("ok", null))
        .build();
    plainShortCircuit = plain.newBuilder().addInterceptor(answer).build();
    OkHttpClient.Builder withPacer = pacer.install(plain.newBuilder());
    pacerShortCircuit = withPacer.addInterceptor(answer).build();
    // The same shape of chain as Pacer's (one application interceptor before the answer, two
    // network interceptors), each doing nothing: what OkHttp itself charges for such a chain.
    Interceptor passOn = chain -> chain.proceed(chain.request());
    noopShortCircuit = plain.newBuilder()
        .addInterceptor(passOn)
        .addNetworkInterceptor(chain -> chain.proceed(chain.request()))
        .addNetworkInterceptor(chain -> chain.proceed(chain.request()))
        .addInterceptor(answer)
        .build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
    plain.dispatcher().executorService().shutdown();
    plain.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public int plainExecute() throws IOException {
    return execute(plain, request);
  }

  @Benchmark
  public int pacerInterceptorsExecute() throws IOException {
    return execute(intercepted, request);
  }

  @Benchmark
  public int pacerCallFactoryExecute() throws IOException {
    return execute(factory, request);
  }

  /** Plain OkHttp's in-process path, answered by an interceptor: the baseline for {@link #pacerShortCircuit}. */
  @Benchmark
  public int plainShortCircuit() throws IOException {
    return execute(plainShortCircuit, request);
  }

  /** Pacer's retry, concurrency and throttle interceptors in front of the same answer. */
  @Benchmark
  public int pacerShortCircuit() throws IOException {
    return execute(pacerShortCircuit, request);
  }

  /**
   * Three interceptors that do nothing, in the places Pacer installs its own: OkHttp's price for
   * such a chain, the floor under {@link #pacerShortCircuit}.
   */
  @Benchmark
  public int noopShortCircuit() throws IOException {
    return execute(noopShortCircuit, request);
  }

  @Benchmark
  public int plainEnqueue() throws Exception {
    return enqueue(plain, request);
  }

  @Benchmark
  public int pacerCallFactoryEnqueue() throws Exception {
    return enqueue(factory, request);
  }

  static int execute(Call.Factory factory, Request request) throws IOException {
    try (Response response = factory.newCall(request).execute()) {
      return response.body().string().length() + response.code();
    }
  }

  static int enqueue(Call.Factory factory, Request request) throws InterruptedException, ExecutionException {
    CompletableFuture<Integer> done = new CompletableFuture<>();
    factory.newCall(request).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        done.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        try (response) {
          done.complete(response.body().string().length() + response.code());
        } catch (IOException e) {
          done.completeExceptionally(e);
        }
      }
    });
    return done.get();
  }
}
