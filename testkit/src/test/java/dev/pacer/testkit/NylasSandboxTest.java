package dev.pacer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class NylasSandboxTest {
  private static final String TOKEN = "nylas-access-token-abc";
  private final Http http = new Http();

  @AfterEach
  void closeClient() {
    http.close();
  }

  private static String account(String token) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      hex.append(String.format("%02x", digest[i]));
    }
    return "account:" + hex;
  }

  private Response openStream(VendorSandbox sandbox) throws IOException {
    Request request = new Request.Builder().url(sandbox.url("/delta/streaming?cursor=c0"))
        .header("Authorization", "Bearer " + TOKEN).build();
    return http.client.newCall(request).execute();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("timed out waiting until " + what);
      }
      Thread.sleep(10);
    }
  }

  @Test
  void streamingCapHoldsWhileStreamsStayOpenAndFreesOnDisconnect() throws Exception {
    String bucket = account(TOKEN) + "|concurrent /delta/streaming";
    List<Response> open = new ArrayList<>();
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.nylas())
        .streamHold(Duration.ofMinutes(1)).start()) {
      for (int i = 0; i < 10; i++) {
        Response response = openStream(sandbox);
        open.add(response);
        assertEquals(200, response.code());
        String firstDelta = response.body().source().readUtf8LineStrict();
        assertTrue(firstDelta.startsWith("{\"cursor\":"), firstDelta);
      }
      try (Response rejected = openStream(sandbox)) {
        assertEquals(429, rejected.code());
        assertEquals("10", rejected.header("X-RateLimit-Limit"));
        assertEquals("{\"message\":\"Too many concurrent streaming requests\","
            + "\"type\":\"invalid_request_error\"}", rejected.body().string());
      }
      assertEquals(10, sandbox.stats().inFlight(bucket));

      open.remove(0).close(); // The client disconnects mid-stream.
      await(() -> sandbox.stats().inFlight(bucket) == 9, "the sandbox notices the disconnect");
      try (Response again = openStream(sandbox)) {
        assertEquals(200, again.code());
      }
      SandboxStats stats = sandbox.stats();
      assertEquals(10, stats.peakConcurrency(bucket));
      assertEquals(1, stats.count429(bucket));
      assertFalse(stats.buckets().toString().contains(TOKEN));
    } finally {
      open.forEach(Response::close);
    }
  }

  @Test
  void longPollHoldsItsSlotUntilTheBodyCompletes() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.nylas())
        .streamHold(Duration.ofMillis(300)).start()) {
      Http.Answer answer = http.get(sandbox.url("/delta/longpoll?cursor=c7&timeout=60"),
          "Authorization", "Bearer " + TOKEN);
      assertEquals(200, answer.code());
      assertTrue(answer.body().startsWith(" "), "keep-alive whitespace precedes the JSON");
      assertTrue(answer.body().trim().startsWith("{\"cursor_start\":\"c7\""), answer.body());
      String bucket = account(TOKEN) + "|concurrent /delta/longpoll";
      await(() -> sandbox.stats().inFlight(bucket) == 0, "the long-poll slot is released");
      assertEquals(1, sandbox.stats().peakConcurrency(bucket));
    }
  }

  @Test
  void queryCapHoldsThroughLatency() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.nylas())
        .latency(Duration.ofMillis(1500)).start()) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Http.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String path = i % 2 == 0 ? "/messages" : "/threads";
        Callable<Http.Answer> call = () -> {
          go.await();
          return http.get(sandbox.url(path), "Authorization", "Bearer " + TOKEN);
        };
        answers.add(threads.submit(call));
      }
      go.countDown();
      int ok = 0;
      int rejected = 0;
      for (Future<Http.Answer> answer : answers) {
        Http.Answer a = answer.get();
        if (a.code() == 200) {
          ok++;
          assertTrue(a.body().startsWith("[{\"id\":"), a.body());
        } else {
          rejected++;
          assertEquals(429, a.code());
          assertTrue(a.body().contains("Too many concurrent query requests"), a.body());
        }
      }
      assertEquals(5, ok);
      assertEquals(3, rejected);
      assertEquals(5, sandbox.stats()
          .peakConcurrency(account(TOKEN) + "|concurrent /messages,/threads,/contacts"));
    } finally {
      threads.shutdownNow();
    }
  }
}
