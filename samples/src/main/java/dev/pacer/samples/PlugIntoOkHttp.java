package dev.pacer.samples;

import dev.pacer.Pacer;
import dev.pacer.esputnik.EsputnikClient;
import dev.pacer.esputnik.EsputnikPolicy;
import dev.pacer.testkit.VendorProfile;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Plugging Pacer into an {@link OkHttpClient} you already have. {@link Pacer#install} adds its
 * interceptors to a {@code newBuilder()} copy, so your timeouts, interceptors and connection
 * pool stay as they are, and every call through the copy keeps to the policy's limits.
 *
 * <p>Sends 150 contact searches from 8 threads; eSputnik allows 50 per second for that method,
 * so they take about three seconds and none draws a 429.
 *
 * <p>Runs offline against an eSputnik sandbox started here. With {@code ESPUTNIK_API_KEY} set
 * (Settings → API in eSputnik), the same read-only searches (one contact each) go to
 * {@code https://esputnik.com/api/}.
 */
public final class PlugIntoOkHttp {
  static final int CALLS = 150;
  static final int THREADS = 8;
  static final String SEARCH = "GET /api/v1/contacts";

  /** What the sample saw. */
  record Outcome(int calls, int ok, long server429s, int busiestSecond) {}

  /** Runs the sample: offline unless the environment holds the credential named above. */
  public static void main(String[] args) throws Exception {
    run(System.getenv(), System.out);
  }

  static Outcome run(Map<String, String> env, PrintStream out) throws Exception {
    try (Target target = Target.of(env, "ESPUTNIK_API_KEY", VendorProfile.esputnik(), EsputnikClient.DEFAULT_BASE_URL)) {
      String apiKey = target.credential();

      // The client your application already has: its own timeout and auth interceptor.
      String authorization = Credentials.basic("pacer", apiKey);
      OkHttpClient existing = new OkHttpClient.Builder()
          .callTimeout(Duration.ofSeconds(30))
          .addInterceptor(chain -> chain.proceed(
              chain.request().newBuilder().header("Authorization", authorization).build()))
          .build();

      // One line: a copy of it that keeps eSputnik's published limits.
      Pacer pacer = Pacer.builder(EsputnikPolicy.POLICY).build();
      OkHttpClient paced = pacer.install(existing.newBuilder()).build();

      Request search = new Request.Builder().url(target.baseUrl().resolve("v1/contacts?maxrows=1")).build();
      long start = System.nanoTime();
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        statuses.add(threads.submit(() -> status(paced, search)));
      }
      int ok = 0;
      for (Future<Integer> status : statuses) {
        if (status.get() == 200) ok++;
      }
      threads.shutdown();
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      int busiest = target.offline() ? target.stats().maxAdmittedInAnyWindow(SEARCH) : -1;
      out.printf("Sent %d contact searches (%s) from %d threads to %s.%n", CALLS, SEARCH, THREADS, target.describe());
      out.printf("%d answered 200 in %.1f s; eSputnik allows 50 of these per second.%n", ok, took.toMillis() / 1000.0);
      if (busiest >= 0) out.printf("Busiest second at the server: %d searches.%n", busiest);
      out.println(target.describe429s());
      paced.connectionPool().evictAll();
      return new Outcome(CALLS, ok, target.server429s(), busiest);
    }
  }

  private static int status(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      return response.code();
    }
  }

  private PlugIntoOkHttp() {}
}
