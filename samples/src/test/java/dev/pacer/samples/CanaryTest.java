package dev.pacer.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.PacerDiagnostics;
import dev.pacer.RetryConfig;
import dev.pacer.ServerRetryTooLongException;
import dev.pacer.WaitTooLongException;
import dev.pacer.contextio.ContextIoClient;
import dev.pacer.esputnik.EsputnikClient;
import dev.pacer.event.MicrometerPacerListener;
import dev.pacer.event.PacerListener;
import dev.pacer.intercom.IntercomClient;
import dev.pacer.koreccai.KoreCcaiClient;
import dev.pacer.koreccai.KoreCcaiPolicy;
import dev.pacer.policy.Rate;
import dev.pacer.nylas.NylasAccount;
import dev.pacer.nylas.NylasClient;
import dev.pacer.vendor.support.ApiException;
import dev.pacer.vendor.support.VendorClient;
import dev.pacer.vendor.support.VendorClientBuilder;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One canary credential per vendor, in that vendor's own auth (eSputnik Basic, Intercom bearer,
 * Nylas bearer, Kore.ai JWT signed with the canary secret plus the canary {@code accountId},
 * Context.IO OAuth 1), through 200, 401, 403, 404, 429, 500, 503, a malformed body, a dropped
 * connection, {@link ServerRetryTooLongException} and {@link WaitTooLongException}, with every
 * SLF4J logger at TRACE. The canary (raw, URL-encoded, Base64, Base64 of {@code user:canary}),
 * and every credential header value the server received (the signed JWT, the OAuth header), occur
 * nowhere: not in the captured logs, the exceptions (messages, {@code toString()}, causes,
 * suppressed), the listener's events, the Micrometer meters' names and tags, nor the
 * {@code toString()} of anything the user can reach (client, request, returned models,
 * {@code Pacer}, diagnostics and the bucket keys they report, the policy).
 */
final class CanaryTest {
  static {
    // Effective when this class is the first to touch SLF4J; LogCapture lowers the levels otherwise.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "trace");
  }

  /** Header names that carry a vendor credential on the wire. */
  private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "auth", "accountid");

  /** One vendor: how to build its client with the canary, a simple GET, and a 200 body for it. */
  enum Vendor {
    ESPUTNIK("{\"id\":42}"),
    INTERCOM("{\"type\":\"contact\",\"id\":\"c-1\"}"),
    NYLAS("{\"id\":\"acc-1\",\"object\":\"account\"}"),
    KORE_CCAI("{\"_id\":\"a-1\"}"),
    CONTEXT_IO("{\"id\":\"u-1\"}");

    final String okBody;

    Vendor(String okBody) {
      this.okBody = okBody;
    }

    String canary(String kind) {
      return "CANARY-" + name() + "-" + kind + "-9f3Kq";
    }

    /** The canary secrets this vendor's client is built with. */
    List<String> secrets() {
      switch (this) {
        case ESPUTNIK: return List.of(canary("apikey"));
        case INTERCOM: return List.of(canary("token"));
        case NYLAS: return List.of(canary("secret"), canary("token"));
        case KORE_CCAI: return List.of(canary("secret"), canary("account"));
        default: return List.of(canary("ckey"), canary("csecret"), canary("token"), canary("tsecret"));
      }
    }

    /**
     * Canaries allowed on the application-visible request: Kore.ai's {@code accountId}, which
     * {@code KoreAuth} adds there on purpose (Pacer keys Kore's per-account limit by it, hashed;
     * Kore also puts it in many paths, so the design does not treat it as a secret). It is still
     * checked everywhere else: logs, events, meters, exceptions and every other {@code toString()}.
     */
    Set<String> onTheRequestByDesign() {
      return this == KORE_CCAI ? Set.of(canary("account")) : Set.of();
    }

    <B extends VendorClientBuilder<B>> B common(B b, HttpUrl base, PacerListener listener) {
      return b.baseUrl(base).listener(listener).maxWait(Duration.ofMillis(200)).readTimeout(Duration.ofSeconds(2))
          .retry(RetryConfig.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2))
              .maxRetryAfter(Duration.ofSeconds(2)).build());
    }

    /** The client, and what a user reaches from it for one call: the call itself and extra objects. */
    Built build(MockWebServer server, PacerListener listener) {
      switch (this) {
        case ESPUTNIK: {
          EsputnikClient c = common(EsputnikClient.builder().apiKey(canary("apikey")), server.url("/"), listener).build();
          return new Built(c, () -> c.contacts().get(42L), List.of());
        }
        case INTERCOM: {
          IntercomClient c = common(IntercomClient.builder().accessToken(canary("token")), server.url("/"), listener).build();
          return new Built(c, () -> c.contacts().get("c-1"), List.of());
        }
        case NYLAS: {
          NylasClient c = common(NylasClient.builder().clientId("client-id-1").clientSecret(canary("secret")),
              server.url("/"), listener).build();
          NylasAccount account = c.account(canary("token"));
          return new Built(c, () -> account.account().get(), List.of(account, c.application()));
        }
        case KORE_CCAI: {
          KoreCcaiClient c = common(KoreCcaiClient.builder().clientId("cs-client-1").clientSecret(canary("secret"))
              .accountId(canary("account")), server.url("/"), listener)
              .policy(KoreCcaiPolicy.withRate(Rate.perSecond(1_000))).build(); // the per-minute default would refuse step 2
          return new Built(c, () -> c.agents().get("stream-1", "a-1"), List.of());
        }
        default: {
          ContextIoClient c = common(ContextIoClient.builder().consumerKey(canary("ckey")).consumerSecret(canary("csecret"))
              .accessToken(canary("token"), canary("tsecret")), server.url("/lite/"), listener).build();
          return new Built(c, () -> c.users().get("u-1"), List.of());
        }
      }
    }
  }

  /** A built client, its call, and other objects the user holds. */
  record Built(VendorClient client, Supplier<retrofit2.Call<?>> call, List<Object> reachable) {
  }

  /**
   * One step: the answers the server gives, one per transmission, the last repeated for any
   * further one (OkHttp's own connection retry adds one), and what the call must end in.
   */
  private record Step(String name, List<MockResponse> answers, Function<Object, String> check) {
  }

  private static MockResponse status(int code, String... header) {
    MockResponse.Builder b = new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body("{\"error\":\"status " + code + "\"}");
    for (int i = 0; i + 1 < header.length; i += 2) b.addHeader(header[i], header[i + 1]);
    return b.build();
  }

  private static Function<Object, String> apiStatus(int code) {
    return o -> o instanceof ApiException && ((ApiException) o).status() == code ? null : "expected ApiException " + code + ", got " + o;
  }

  private static Function<Object, String> instance(Class<?> type) {
    return o -> type.isInstance(o) ? null : "expected " + type.getSimpleName() + ", got " + o;
  }

  private static List<Step> steps(Vendor vendor) {
    MockResponse drop = new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    return List.of(
        new Step("200", List.of(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
            .body(vendor.okBody).build()), o -> o instanceof Throwable ? "expected a model, got " + o : null),
        new Step("401", List.of(status(401)), apiStatus(401)),
        new Step("403", List.of(status(403)), apiStatus(403)),
        new Step("404", List.of(status(404)), apiStatus(404)),
        new Step("429", List.of(status(429, "Retry-After", "0"), status(429, "Retry-After", "0")), apiStatus(429)),
        new Step("500", List.of(status(500), status(500)), apiStatus(500)),
        new Step("503", List.of(status(503), status(503)), apiStatus(503)),
        new Step("malformed body", List.of(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
            .body("{\"id\": [unclosed").build()), instance(IOException.class)),
        new Step("dropped connection", List.of(drop, drop), instance(IOException.class)),
        new Step("server retry too long", List.of(status(429, "Retry-After", "3600")), instance(ServerRetryTooLongException.class)),
        // The 429 above paused the bucket for maxPause (= maxRetryAfter, 2 s) > maxWait (200 ms).
        new Step("wait too long", List.of(), instance(WaitTooLongException.class)));
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void theCanaryCredentialAppearsNowhereAUserOrAnOperatorCanLook(Vendor vendor) throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    PacerListener listener = recording(events, new MicrometerPacerListener(registry));
    List<String> seen = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    Set<String> received = new LinkedHashSet<>();
    String logs;
    try (MockWebServer server = new MockWebServer(); LogCapture capture = new LogCapture()) {
      List<MockResponse> script = new CopyOnWriteArrayList<>();
      server.setDispatcher(new mockwebserver3.Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return script.size() > 1 ? script.remove(0) : script.isEmpty() ? status(418) : script.get(0);
        }
      });
      server.start();
      Built built = vendor.build(server, listener);
      try (VendorClient client = built.client()) {
        for (Step step : steps(vendor)) {
          script.clear();
          script.addAll(step.answers());
          retrofit2.Call<?> call = built.call().get();
          Object outcome;
          try {
            outcome = client.execute(call);
          } catch (IOException | RuntimeException e) {
            outcome = e;
          }
          String problem = step.check().apply(outcome);
          assertEquals(null, problem, vendor + ", step " + step.name());
          seen.add(outcome instanceof Throwable ? everything((Throwable) outcome) : String.valueOf(outcome));
          seen.add(call.toString());
          requests.add(call.request().toString());
          PacerDiagnostics diagnostics = client.pacer().diagnostics();
          seen.add(diagnostics.bucketKeys(call.request()) + " " + diagnostics.concurrencyKeys(call.request())
              + " " + diagnostics.endpoint(call.request()));
        }
        seen.add(client.toString());
        seen.add(client.pacer().toString());
        seen.add(client.pacer().diagnostics().toString());
        seen.add(client.policy().toString());
        seen.add(client.pacer().retryConfig().toString());
        for (Object o : built.reachable()) seen.add(o.toString());
      }
      while (server.getRequestCount() > 0) {
        RecordedRequest r = server.takeRequest(100, TimeUnit.MILLISECONDS);
        if (r == null) break;
        for (String name : r.getHeaders().names()) {
          if (CREDENTIAL_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) received.addAll(r.getHeaders().values(name));
        }
      }
      logs = capture.text();
    }
    assertFalse(received.isEmpty(), "the server saw the credential headers (else the test checks nothing)");
    assertFalse(logs.isBlank(), "TRACE logging captured something");
    assertFalse(events.isEmpty(), "the listener heard events");
    for (Meter m : registry.getMeters()) seen.add(m.getId().getName() + " " + m.getId().getTags());
    assertFalse(registry.getMeters().isEmpty(), "meters were registered");

    Set<String> canaries = new LinkedHashSet<>();
    for (String secret : vendor.secrets()) {
      canaries.add(secret);
      canaries.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      canaries.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
      canaries.add(Base64.getEncoder().encodeToString(("pacer:" + secret).getBytes(StandardCharsets.UTF_8)));
    }
    for (String value : received) {
      canaries.add(value);
      // The credential inside a header: a bearer token, a Basic pair, a JWT, an OAuth header's parts.
      for (String part : value.split("[ ,\"]+")) if (part.length() >= 16) canaries.add(part);
    }
    Map<String, String> places = Map.of("logs", logs, "events", String.join("\n", events), "exceptions, toString, meters",
        String.join("\n", seen), "application-visible requests", String.join("\n", requests));
    for (Map.Entry<String, String> place : places.entrySet()) {
      for (String canary : canaries) {
        if (place.getKey().startsWith("application") && vendor.onTheRequestByDesign().contains(canary)) continue;
        int at = place.getValue().indexOf(canary);
        assertTrue(at < 0, vendor + ": the credential '" + canary + "' is in the " + place.getKey() + ": ..."
            + place.getValue().substring(Math.max(0, at - 200), Math.min(place.getValue().length(), at + 60)));
      }
    }
    assertTrue(canaries.size() >= 4);
  }

  /** Everything an exception shows: toString and messages of it, its causes and their suppressed ones. */
  private static String everything(Throwable t) {
    StringBuilder b = new StringBuilder();
    Set<Throwable> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>(List.of(t));
    while (!todo.isEmpty() && done.size() < 64) {
      Throwable e = todo.remove(todo.size() - 1);
      if (!done.add(e)) continue;
      b.append(e).append('\n').append(e.getMessage()).append('\n').append(e.getLocalizedMessage()).append('\n');
      if (e instanceof ApiException) b.append(((ApiException) e).errorBody()).append('\n');
      if (e.getCause() != null) todo.add(e.getCause());
      todo.addAll(List.of(e.getSuppressed()));
    }
    return b.toString();
  }

  /**
   * A listener that records every event, with all its arguments, as a line, and passes it on to
   * {@code meters}: one proxy over every method of {@link PacerListener}, so no event is missed.
   */
  private static PacerListener recording(List<String> events, PacerListener meters) {
    return (PacerListener) java.lang.reflect.Proxy.newProxyInstance(PacerListener.class.getClassLoader(),
        new Class<?>[] {PacerListener.class}, (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("equals") ? proxy == args[0]
                : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : "recording listener";
          }
          events.add(method.getName() + " " + java.util.Arrays.toString(args));
          return method.invoke(meters, args);
        });
  }

  /**
   * Captures what slf4j-simple (samples' binding) prints to {@code System.err}, with every logger
   * at TRACE. When SLF4J started before this class, the default level and the level of every
   * logger made so far are lowered for the capture and restored after (slf4j-simple has no API).
   */
  private static final class LogCapture implements AutoCloseable {
    private static final int TRACE = 0; // SimpleLogger.LOG_LEVEL_TRACE

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream originalErr = System.err;
    private final Map<Object, Integer> restore = new java.util.IdentityHashMap<>();
    private Object config;
    private int configLevel;

    LogCapture() throws ReflectiveOperationException {
      Logger probe = LoggerFactory.getLogger("dev.pacer");
      if (!probe.isTraceEnabled()) {
        Field configField = probe.getClass().getDeclaredField("CONFIG_PARAMS");
        configField.setAccessible(true);
        config = configField.get(null);
        Field defaultLevel = config.getClass().getDeclaredField("defaultLogLevel");
        defaultLevel.setAccessible(true);
        configLevel = defaultLevel.getInt(config);
        defaultLevel.setInt(config, TRACE);
        Object factory = LoggerFactory.getILoggerFactory();
        Field map = factory.getClass().getDeclaredField("loggerMap");
        map.setAccessible(true);
        Field level = probe.getClass().getDeclaredField("currentLogLevel");
        level.setAccessible(true);
        for (Object logger : ((Map<?, ?>) map.get(factory)).values()) {
          restore.put(logger, level.getInt(logger));
          level.setInt(logger, TRACE);
        }
      }
      assertTrue(probe.isTraceEnabled(), "cannot turn on TRACE logging: " + probe.getClass());
      System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8)); // its writes are synchronized
    }

    String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws ReflectiveOperationException {
      System.setErr(originalErr);
      if (config != null) {
        Field defaultLevel = config.getClass().getDeclaredField("defaultLogLevel");
        defaultLevel.setAccessible(true);
        defaultLevel.setInt(config, configLevel);
        for (Map.Entry<Object, Integer> e : restore.entrySet()) {
          Field level = e.getKey().getClass().getDeclaredField("currentLogLevel");
          level.setAccessible(true);
          level.setInt(e.getKey(), e.getValue());
        }
      }
    }
  }
}
