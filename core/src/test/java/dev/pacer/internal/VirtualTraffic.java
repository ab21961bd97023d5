package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pacer.store.Ticket;
import dev.pacer.time.ManualClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A discrete-event simulation of callers, one engine and a server, on virtual time: each caller
 * reserves, waits for its go time, confirms, "sends" (the server decides at arrival, one way
 * later), and reads the answer back into the engine a round trip after sending, then starts its
 * next call at once. Bounded in events. For tests of what the engine learns from answers.
 */
final class VirtualTraffic {
  private static final long MS = 1_000_000L;
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private VirtualTraffic() {}

  /** A server's answer: a status and header name-value pairs (a {@code Date} is added). */
  record Answer(int code, String... headers) {}

  /** The server: decides a call arriving at {@code serverMillis} (its own clock). */
  interface Server {
    Answer arrive(long serverMillis);
  }

  /** One call the server saw: when it arrived (our clock, ms from the start) and its status. */
  record Arrival(long atMillis, int code) {}

  /** What a run saw. */
  record Result(List<Arrival> arrivals, long elapsedMillis) {
    int refused() {
      return (int) arrivals.stream().filter(a -> a.code() == 429).count();
    }
  }

  /**
   * Runs {@code calls} calls by {@code callers} callers and returns what the server saw.
   *
   * @param skewMillis how far the server's clock is ahead of ours
   * @param jitterMillis the most a one-way trip varies (uniform, seeded)
   */
  static Result run(Engine engine, ManualClock clock, Request request, int callers, int calls, long oneWayMillis,
      long jitterMillis, long skewMillis, long seed, Server server) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    Charge charge = engine.classify(request);
    // Events: time (ns), kind (0 start a call, 1 go time reached, 2 answer back), caller, order.
    PriorityQueue<long[]> events = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[3], b[3]));
    Ticket[] tickets = new Ticket[callers];
    Answer[] answers = new Answer[callers];
    long[] answeredAtServer = new long[callers];
    long order = 0;
    long start = clock.nanoTime();
    for (int c = 0; c < callers; c++) {
      tickets[c] = new Ticket();
      events.add(new long[] {start, 0, c, order++});
    }
    List<Arrival> arrivals = new ArrayList<>();
    int started = 0;
    int completed = 0;
    for (int steps = 0; completed < calls && steps < 50 * calls + 10_000; steps++) {
      long[] e = events.poll();
      if (e == null) break;
      if (e[0] > clock.nanoTime()) clock.advanceNanos(e[0] - clock.nanoTime());
      int c = (int) e[2];
      if (e[1] == 0) {
        if (started >= calls) continue;
        started++;
        engine.reserve(charge, tickets[c]);
        events.add(new long[] {tickets[c].goAtNanos(), 1, c, order++});
      } else if (e[1] == 1) {
        if (!engine.confirm(charge, tickets[c])) {
          engine.cancel(tickets[c]);
          engine.reserve(charge, tickets[c]);
          events.add(new long[] {tickets[c].goAtNanos(), 1, c, order++});
          continue;
        }
        long there = oneWayMillis + (jitterMillis == 0 ? 0 : random.nextLong(jitterMillis + 1));
        long back = oneWayMillis + (jitterMillis == 0 ? 0 : random.nextLong(jitterMillis + 1));
        long serverMillis = clock.wallMillis() + there + skewMillis;
        answers[c] = server.arrive(serverMillis);
        answeredAtServer[c] = serverMillis;
        arrivals.add(new Arrival((clock.nanoTime() - start) / MS + there, answers[c].code()));
        events.add(new long[] {clock.nanoTime() + (there + back) * MS, 2, c, order++});
      } else {
        Answer a = answers[c];
        Response.Builder b = new Response.Builder().request(request).protocol(Protocol.HTTP_1_1)
            .code(a.code()).message(a.code() == 429 ? "Too Many Requests" : "OK")
            .header("Date", HTTP_DATE.format(Instant.ofEpochMilli(answeredAtServer[c])));
        for (int i = 0; i < a.headers().length; i += 2) b.header(a.headers()[i], a.headers()[i + 1]);
        engine.onResponse(charge, tickets[c], b.build());
        if (a.code() == 429) {
          started--; // refused: the caller's next call tries it again
        } else {
          completed++;
        }
        events.add(new long[] {clock.nanoTime(), 0, c, order++});
      }
    }
    assertEquals(calls, completed, "every call completed");
    return new Result(arrivals, (clock.nanoTime() - start) / MS);
  }
}
