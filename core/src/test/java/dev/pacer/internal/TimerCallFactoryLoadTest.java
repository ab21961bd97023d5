package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pacer.Pacer;
import dev.pacer.RetryConfig;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.BooleanSupplier;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link TimerCallFactory} under load over real sockets: thousands of waiting calls park no
 * threads and hold up no other host, and every callback runs exactly once whatever happens to
 * the call.
 */
final class TimerCallFactoryLoadTest {
  private final List<AutoCloseable> resources = new ArrayList<>();

  @AfterEach
  void closeResources() throws Exception {
    for (int i = resources.size() - 1; i >= 0; i--) resources.get(i).close();
  }

  @Test
  void thousandsOfCallsWaitingOnASlowBucketParkNoThreadsAndHoldUpNoOtherHost() throws Exception {
    MockWebServer slowHost = server(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().body("slow").build();
      }
    });
    MockWebServer fastHost = server(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().body("fast").build();
      }
    });
    RateLimitPolicy policy = RateLimitPolicy.builder("slow-host")
        .rule(Rule.builder("slow").endpoint("GET /slow/{n}").rate(Rate.perSecond(10)).build())
        .build();
    Pacer pacer = Pacer.builder(policy).maxWait(Duration.ofMinutes(10)).build();
    OkHttpClient client = client(new OkHttpClient()); // the dispatcher at its defaults
    TimerCallFactory factory = (TimerCallFactory) pacer.callFactory(client);
    resources.add(factory);

    int slowCalls = 2_000;
    int fastCalls = 200;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int baseline = threads.getThreadCount();
    AtomicInteger peakThreads = new AtomicInteger(baseline);
    AtomicInteger slowDone = new AtomicInteger();
    AtomicInteger fastDone = new AtomicInteger();
    AtomicInteger fastDoneAtFiftiethSlow = new AtomicInteger(-1);
    AtomicInteger unexpected = new AtomicInteger();
    CountDownLatch fiftiethSlow = new CountDownLatch(1);
    CountDownLatch allDone = new CountDownLatch(slowCalls + fastCalls);
    AtomicIntegerArray invocations = new AtomicIntegerArray(slowCalls + fastCalls);

    for (int i = 0; i < slowCalls; i++) {
      int id = i;
      factory.newCall(new Request.Builder().url(slowHost.url("/slow/" + i)).build()).enqueue(new Callback() {
        @Override
        public void onResponse(Call call, Response response) {
          response.close();
          if (response.code() != 200) unexpected.incrementAndGet();
          if (slowDone.incrementAndGet() == 50) {
            fastDoneAtFiftiethSlow.set(fastDone.get());
            fiftiethSlow.countDown();
          }
          finish(id);
        }

        @Override
        public void onFailure(Call call, IOException e) {
          finish(id); // expected for the calls still waiting when the factory closes
        }

        private void finish(int id) {
          peakThreads.accumulateAndGet(threads.getThreadCount(), Math::max);
          invocations.incrementAndGet(id);
          allDone.countDown();
        }
      });
    }
    for (int i = 0; i < fastCalls; i++) {
      int id = slowCalls + i;
      factory.newCall(new Request.Builder().url(fastHost.url("/fast/" + i)).build()).enqueue(new Callback() {
        @Override
        public void onResponse(Call call, Response response) {
          response.close();
          if (response.code() == 200) {
            fastDone.incrementAndGet();
          } else {
            unexpected.incrementAndGet();
          }
          finish(id);
        }

        @Override
        public void onFailure(Call call, IOException e) {
          unexpected.incrementAndGet();
          finish(id);
        }

        private void finish(int id) {
          peakThreads.accumulateAndGet(threads.getThreadCount(), Math::max);
          invocations.incrementAndGet(id);
          allDone.countDown();
        }
      });
    }

    // 10 per second: the 50th slow call completes after about 5 s.
    assertTrue(fiftiethSlow.await(60, TimeUnit.SECONDS), "50 slow calls completed");
    assertEquals(fastCalls, fastDoneAtFiftiethSlow.get(), "every fast call completed before the 50th slow one");
    assertTrue(peakThreads.get() < baseline + 40,
        "live threads peaked at " + peakThreads.get() + " from a baseline of " + baseline);

    // Closing the factory fails the calls still waiting, promptly.
    factory.close();
    assertTrue(allDone.await(10, TimeUnit.SECONDS), () -> allDone.getCount() + " callbacks never ran");
    assertEquals(0, unexpected.get());
    for (int i = 0; i < invocations.length(); i++) assertEquals(1, invocations.get(i), "callbacks of call " + i);
    assertTrue(slowHost.getRequestCount() < 200, "requests to the slow host: " + slowHost.getRequestCount());
  }

  @Test
  void everyCallbackRunsExactlyOnceDespiteRandomCancelsFailuresAnd429s() throws Exception {
    int calls = 10_000;
    Random serverRandom = new Random(42);
    AtomicIntegerArray answers = new AtomicIntegerArray(6);
    MockWebServer server = server(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        double p;
        int delayMillis;
        synchronized (serverRandom) {
          p = serverRandom.nextDouble();
          delayMillis = 5 + serverRandom.nextInt(40);
        }
        if (p < 0.04) {
          answers.incrementAndGet(0);
          return tooManyRequests("0");
        } else if (p < 0.05) {
          answers.incrementAndGet(1);
          return tooManyRequests("0.02");
        } else if (p < 0.08) {
          answers.incrementAndGet(2);
          return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
        } else if (p < 0.10) {
          answers.incrementAndGet(3);
          return new MockResponse.Builder().code(500).body("oops").build();
        } else if (p < 0.15) {
          answers.incrementAndGet(4);
          return new MockResponse.Builder().body("slow").headersDelay(delayMillis, TimeUnit.MILLISECONDS).build();
        }
        answers.incrementAndGet(5);
        return new MockResponse.Builder().body("ok").build();
      }
    });
    RateLimitPolicy policy = RateLimitPolicy.builder("random")
        .rule(Rule.builder("items").endpoint("GET /items/{id}").rate(Rate.perSecond(4_000)).maxConcurrent(8).build())
        .build();
    RetryConfig retry = RetryConfig.builder()
        .maxAttempts(3)
        .initialBackoff(Duration.ofMillis(5))
        .maxBackoff(Duration.ofMillis(20))
        .maxRetryAfter(Duration.ofSeconds(1))
        .build();
    Pacer pacer = Pacer.builder(policy).retry(retry).maxWait(Duration.ofMinutes(1)).build();
    OkHttpClient client = client(new OkHttpClient());
    TimerCallFactory factory = (TimerCallFactory) pacer.callFactory(client);
    resources.add(factory);
    ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
    resources.add(canceller::shutdownNow);

    AtomicIntegerArray invocations = new AtomicIntegerArray(calls);
    AtomicInteger responses = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    CountDownLatch allDone = new CountDownLatch(calls);
    Random random = new Random(7);
    int immediateCancels = 0;
    for (int i = 0; i < calls; i++) {
      int id = i;
      Call call = factory.newCall(new Request.Builder().url(server.url("/items/" + i)).build());
      call.enqueue(new Callback() {
        @Override
        public void onResponse(Call call, Response response) {
          response.close();
          responses.incrementAndGet();
          if (invocations.incrementAndGet(id) == 1) allDone.countDown();
        }

        @Override
        public void onFailure(Call call, IOException e) {
          failures.incrementAndGet();
          if (invocations.incrementAndGet(id) == 1) allDone.countDown();
        }
      });
      int dice = random.nextInt(100);
      if (dice < 5) {
        call.cancel();
        immediateCancels++;
      } else if (dice < 15) {
        canceller.schedule(call::cancel, random.nextInt(60_000), TimeUnit.MICROSECONDS);
      }
    }

    assertTrue(allDone.await(90, TimeUnit.SECONDS), () -> allDone.getCount() + " callbacks never ran");
    awaitCondition(() -> client.dispatcher().runningCallsCount() == 0 && client.dispatcher().queuedCallsCount() == 0);
    awaitCondition(() -> pacer.diagnostics().permitsInFlight() == 0);
    factory.close();
    client.dispatcher().executorService().shutdown();
    assertTrue(client.dispatcher().executorService().awaitTermination(10, TimeUnit.SECONDS));

    for (int i = 0; i < calls; i++) assertEquals(1, invocations.get(i), "callbacks of call " + i);
    assertEquals(calls, responses.get() + failures.get());
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    // Every path was exercised.
    assertTrue(failures.get() >= immediateCancels, "failures " + failures + " for " + immediateCancels + " immediate cancels");
    for (int kind = 0; kind < answers.length(); kind++) {
      assertTrue(answers.get(kind) > 0, "answer kind " + kind + " never given: " + answers);
    }
  }

  private MockWebServer server(Dispatcher dispatcher) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(dispatcher);
    server.start();
    resources.add(server::close);
    return server;
  }

  private OkHttpClient client(OkHttpClient client) {
    resources.add(() -> {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    });
    return client;
  }

  private static MockResponse tooManyRequests(String retryAfter) {
    return new MockResponse.Builder().code(429).setHeader("Retry-After", retryAfter).body("slow down").build();
  }

  /**
   * Accepts connections with TCP_NODELAY: MockWebServer writes a response's head and body
   * separately, and Nagle's algorithm with delayed ACKs costs each exchange ~40 ms on loopback.
   */
  private static final class NoDelayServerSocketFactory extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }
  }

  private static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) fail("condition not met within 10 s");
      Thread.sleep(10);
    }
  }
}
