package dev.pacer.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.PacedCallFactory;
import dev.pacer.Pacer;
import dev.pacer.ServerRetryTooLongException;
import dev.pacer.WaitTooLongException;
import dev.pacer.esputnik.EsputnikClient;
import dev.pacer.esputnik.EsputnikPolicy;
import dev.pacer.event.MicrometerPacerListener;
import dev.pacer.intercom.IntercomClient;
import dev.pacer.intercom.model.Contact;
import dev.pacer.store.BucketStore;
import dev.pacer.testkit.SandboxExtension;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.time.ManualClock;
import dev.pacer.vendor.support.ApiException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's examples beyond the quick start, compiled and run. {@link ReadmeTest} checks that
 * every Java block of the README appears in a source file, so keep the marked parts in step
 * with it.
 */
final class ReadmeExamplesTest {
  // --- README: the sandbox in your own tests (begin) ---
  @RegisterExtension
  final SandboxExtension intercomSandbox = SandboxExtension.of(VendorProfile.intercom());

  @Test
  void exportReadsEveryContactWithoutA429() throws IOException {
    try (IntercomClient intercom = IntercomClient.builder()
        .accessToken("test-token")
        .baseUrl(intercomSandbox.baseUrl())
        .build()) {
      List<Contact> contacts = new ArrayList<>();
      intercom.allContacts(2).forEach(contacts::add);

      assertEquals(5, contacts.size());                       // the sandbox's canned workspace
      assertEquals(0, intercomSandbox.stats().count429());
      assertTrue(intercomSandbox.stats().maxAdmittedInAnyWindow("app") <= 166);
    }
  }
  // --- README: the sandbox in your own tests (end) ---

  @Test
  void bucketsLiveInTheStoreYouChooseAndKeysHoldOnlyKeyedHashes() {
    dev.pacer.policy.RateLimitPolicy policy = dev.pacer.policy.RateLimitPolicy.builder("readme")
        .rule(dev.pacer.policy.Rule.builder("per-key").otherwise().shared()
            .scope(dev.pacer.policy.Scope.credential("Authorization"))
            .rate(dev.pacer.policy.Rate.perSecond(10)).build())
        .build();
    byte[] secretBytes = "a secret all processes share".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // --- README: where buckets live (begin) ---
    Pacer pacer = Pacer.builder(policy)
        .maxBuckets(500_000)                        // the default in-memory store's bound
        .build();
    Pacer shared = Pacer.builder(policy)
        .store(BucketStore.inMemory(100_000))       // or any BucketStore implementation
        .credentialHashKey(secretBytes)             // same key in every process that shares a store
        .build();
    // --- README: where buckets live (end) ---
    Request request = new Request.Builder().url("https://api.example.com/x").header("Authorization", "Bearer s3cret-token").build();
    List<String> keys = shared.diagnostics().bucketKeys(request);
    assertEquals(1, keys.size());
    assertTrue(keys.get(0).startsWith("per-key|cred:") && !keys.get(0).contains("s3cret"), keys.toString());
    Pacer sameKey = Pacer.builder(policy).store(BucketStore.inMemory(10)).credentialHashKey(secretBytes).build();
    assertEquals(keys, sameKey.diagnostics().bucketKeys(request), "one hash key, one bucket key in every process");
    assertTrue(!keys.equals(pacer.diagnostics().bucketKeys(request)), "a random key per Pacer otherwise");
  }

  // --- README: exceptions (begin) ---
  static String explain(EsputnikClient esputnik, long contactId) {
    try {
      return "found contact " + esputnik.execute(esputnik.contacts().get(contactId)).id();
    } catch (WaitTooLongException e) {        // not sent: the limit would hold it longer than maxWait
      return "rule " + e.rule() + " could send it in " + e.retryAfter().toMillis() + " ms";
    } catch (ServerRetryTooLongException e) { // the server asked for a longer wait than allowed
      return "the server answered " + e.status() + " and asked to wait " + e.retryAfter().toSeconds() + " s";
    } catch (ApiException e) {                // the vendor's answer, not 2xx, after any retries
      return "eSputnik answered " + e.status() + ": " + e.getMessage();
    } catch (IOException e) {                 // the network failed (and was retried where safe)
      return "network failure: " + e;
    }
  }
  // --- README: exceptions (end) ---

  @Test
  void eachExceptionSaysWhatHappened() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().body("{\"id\":42}").build());
      server.enqueue(new MockResponse.Builder().code(404).body("Contact not found").build());
      server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
      server.start();
      // Time stands still, so the shared 200/s bucket admits its burst of 3 and then nothing.
      try (EsputnikClient esputnik = EsputnikClient.builder()
          .apiKey("test-key")
          .baseUrl(server.url("/api/"))
          .clock(new ManualClock())
          .maxWait(Duration.ZERO)
          .build()) {
        assertEquals("found contact 42", explain(esputnik, 42));
        assertEquals("eSputnik answered 404: GET /api/v1/contact/{id}: HTTP 404 Contact not found", explain(esputnik, 7));
        assertEquals("the server answered 429 and asked to wait 3600 s", explain(esputnik, 7));
        String refused = explain(esputnik, 7);
        assertTrue(refused.matches("rule default could send it in \\d+ ms"), refused);
        assertEquals(3, server.getRequestCount(), "the refused call was never sent");
      }
    }
  }

  @RegisterExtension
  final SandboxExtension esputnikSandbox = SandboxExtension.of(VendorProfile.esputnik());

  @Test
  @Timeout(60)
  void asyncCallsWaitOnPacersTimerAndKeepToTheLimit() throws Exception {
    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      requests.add(new Request.Builder().url(esputnikSandbox.baseUrl().resolve("v2/contacts/messages")).build());
    }
    Queue<Integer> codes = new ConcurrentLinkedQueue<>();
    CountDownLatch done = new CountDownLatch(requests.size());
    Callback callback = new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        done.countDown();
      }

      @Override
      public void onResponse(Call call, Response response) {
        try (response) {
          codes.add(response.code());
        }
        done.countDown();
      }
    };
    // --- README: async (begin) ---
    Pacer pacer = Pacer.builder(EsputnikPolicy.POLICY).build();
    try (PacedCallFactory calls = pacer.callFactory(new OkHttpClient())) {  // close it to stop the timer
      for (Request request : requests) {
        calls.newCall(request).enqueue(callback);  // waits for its permit on a timer, not on a thread
      }
      done.await();                                // closing would fail the calls still waiting
    }
    // --- README: async (end) ---
    assertEquals(25, codes.size());
    for (int code : codes) assertEquals(200, code);
    assertEquals(0, esputnikSandbox.stats().count429());
    assertTrue(esputnikSandbox.stats().maxAdmittedInAnyWindow("GET /api/v2/contacts/messages") <= 10);
  }

  @Test
  void metricsCountWaitsPerRule() throws Exception {
    // --- README: metrics (begin) ---
    MeterRegistry registry = new SimpleMeterRegistry();
    Pacer pacer = Pacer.builder(EsputnikPolicy.POLICY)
        .listener(new MicrometerPacerListener(registry, Tags.of("api", "esputnik")))
        .build();
    // --- README: metrics (end) ---
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    Request request = new Request.Builder().url(esputnikSandbox.baseUrl().resolve("v2/contacts/messages")).build();
    for (int i = 0; i < 4; i++) {
      try (Response response = client.newCall(request).execute()) {
        assertEquals(200, response.code());
      }
    }
    long waits = registry.get(MicrometerPacerListener.WAITS).tag("rule", "message-history").tag("api", "esputnik")
        .timer().count();
    assertTrue(waits >= 3, "at 10/s, the calls after the first wait: " + waits);
  }
}
