package dev.pacer.samples;

import dev.pacer.esputnik.EsputnikClient;
import dev.pacer.esputnik.model.EventV2Param;
import dev.pacer.esputnik.model.EventsMigrationResults;
import dev.pacer.esputnik.model.PastEventV2;
import dev.pacer.esputnik.model.PastEventsV2;
import dev.pacer.testkit.VendorProfile;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * An eSputnik event backfill: importing a history of past events (orders placed last year, say)
 * in batches through {@code POST /api/v2/past_events}, which eSputnik allows 100 times per
 * second. Every batch is enqueued at once with {@link EsputnikClient#async}; Pacer releases them
 * on a timer at the allowed pace, so no thread waits and no batch draws a 429.
 *
 * <p>Runs offline against an eSputnik sandbox started here: 30,000 events in 300 batches, about
 * three seconds. With {@code ESPUTNIK_API_KEY} set, the events go to
 * {@code https://esputnik.com/api/} and <b>are imported into that account</b> (past events start
 * no workflows); use a test account, and pass a smaller event count as the first argument.
 */
public final class EsputnikBackfill {
  static final int DEFAULT_EVENTS = 30_000;
  static final int BATCH = 100;

  /** What the sample saw: events and batches sent, batches the server accepted. */
  record Outcome(int events, int batches, int acceptedBatches, long server429s) {}

  /** Runs the sample; the first argument, if any, is the number of events. */
  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_EVENTS;
    run(System.getenv(), System.out, events);
  }

  static Outcome run(Map<String, String> env, PrintStream out, int events) throws Exception {
    if (events < 1) throw new IllegalArgumentException("events < 1: " + events);
    // OkHttp runs at most 5 async calls per host at once by default; a backfill wants more in flight.
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(32);
    OkHttpClient http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    try (Target target = Target.of(env, "ESPUTNIK_API_KEY", VendorProfile.esputnik(), EsputnikClient.DEFAULT_BASE_URL);
        EsputnikClient esputnik = EsputnikClient.builder()
            .apiKey(target.credential())
            .baseUrl(target.baseUrl())
            .okHttpClient(http)
            .build()) {
      long start = System.nanoTime();
      List<CompletableFuture<EventsMigrationResults>> batches = new ArrayList<>();
      for (int first = 0; first < events; first += BATCH) {
        List<PastEventV2> batch = new ArrayList<>();
        for (int i = first; i < Math.min(events, first + BATCH); i++) batch.add(orderPlaced(i));
        batches.add(esputnik.async(esputnik.events().pastEventsV2(new PastEventsV2(batch))));
      }
      out.printf("Enqueued %d past events in %d batches for %s; no thread waits while Pacer holds them.%n",
          events, batches.size(), target.describe());

      int accepted = 0;
      for (CompletableFuture<EventsMigrationResults> batch : batches) {
        try {
          batch.join();
          accepted++;
        } catch (RuntimeException e) {
          out.println("A batch failed: " + e.getCause());
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf("%d of %d batches accepted in %.1f s; eSputnik allows 100 batches per second.%n",
          accepted, batches.size(), seconds);
      out.println(target.describe429s());
      return new Outcome(events, batches.size(), accepted, target.server429s());
    } finally {
      dispatcher.executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Event {@code i} of the history: an order placed on a day of 2025. */
  private static PastEventV2 orderPlaced(int i) {
    String occurred = LocalDate.of(2025, 1, 1).plusDays(i % 365).toString();
    return new PastEventV2("orderPlaced", "order-" + i,
        List.of(EventV2Param.of("email", "customer" + (i % 500) + "@example.com"), EventV2Param.of("total", 10 + i % 90)),
        occurred);
  }

  private EsputnikBackfill() {}
}
