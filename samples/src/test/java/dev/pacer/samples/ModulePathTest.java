package dev.pacer.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Pacer's jars are JPMS modules. The tests of every module run on the class path, so this test
 * resolves the published modules on a real module path (their own jars or class folders and
 * their dependencies', found from one class of each), checks what each exports, and makes one
 * typed call through a module layer: Retrofit's proxy and Jackson's record binding must work
 * through the module descriptors as a modular application would use them.
 */
final class ModulePathTest {
  private static final Map<String, Set<String>> EXPORTS = Map.of(
      "dev.pacer.core", Set.of("dev.pacer", "dev.pacer.event", "dev.pacer.policy", "dev.pacer.store", "dev.pacer.time"),
      "dev.pacer.testkit", Set.of("dev.pacer.testkit"),
      "dev.pacer.redis", Set.of("dev.pacer.redis"),
      "dev.pacer.vendor.support", Set.of("dev.pacer.vendor.support"),
      "dev.pacer.esputnik", Set.of("dev.pacer.esputnik", "dev.pacer.esputnik.model"),
      "dev.pacer.intercom", Set.of("dev.pacer.intercom", "dev.pacer.intercom.model", "dev.pacer.intercom.webhook"),
      "dev.pacer.nylas", Set.of("dev.pacer.nylas", "dev.pacer.nylas.model", "dev.pacer.nylas.webhook"),
      "dev.pacer.koreccai", Set.of("dev.pacer.koreccai", "dev.pacer.koreccai.model"),
      "dev.pacer.contextio", Set.of("dev.pacer.contextio", "dev.pacer.contextio.model"));

  /** One class from each module the Pacer modules need, to find its jar (or class folder). */
  private static final String[] ANCHORS = {
    "dev.pacer.Pacer", "dev.pacer.testkit.VendorSandbox", "dev.pacer.vendor.support.VendorJson",
    "dev.pacer.redis.RedisBucketStore", "io.lettuce.core.RedisClient",
    "dev.pacer.esputnik.EsputnikClient", "dev.pacer.intercom.IntercomClient",
    "dev.pacer.nylas.NylasClient", "dev.pacer.koreccai.KoreCcaiClient",
    "dev.pacer.contextio.ContextIoClient",
    "okhttp3.OkHttpClient", "okio.Buffer", "kotlin.Unit", "mockwebserver3.MockWebServer",
    "retrofit2.Retrofit", "retrofit2.converter.jackson.JacksonConverterFactory",
    "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonFactory",
    "com.fasterxml.jackson.annotation.JsonProperty",
    "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
    "io.github.resilience4j.core.IntervalFunction", "io.github.resilience4j.circuitbreaker.CircuitBreaker",
    "org.slf4j.Logger",
    "org.junit.jupiter.api.Test", "org.opentest4j.AssertionFailedError",
    "org.junit.platform.commons.util.Preconditions", "org.apiguardian.api.API",
  };

  @Test
  void everyPacerModuleResolvesOnTheModulePathAndExportsOnlyItsApi() throws Exception {
    Configuration modules = resolve();
    Map<String, Set<String>> exported = new TreeMap<>();
    for (String name : EXPORTS.keySet()) {
      ModuleDescriptor descriptor = modules.findModule(name).orElseThrow().reference().descriptor();
      assertTrue(!descriptor.isAutomatic(), name + " must ship a module-info, not an automatic name");
      exported.put(name, descriptor.exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toCollection(TreeSet::new)));
    }
    assertEquals(new TreeMap<>(EXPORTS.entrySet().stream().collect(Collectors.toMap(
        Map.Entry::getKey, e -> new TreeSet<>(e.getValue())))), exported);
  }

  @Test
  void aTypedClientCallsAndBindsItsRecordThroughTheModuleLayer() throws Exception {
    ModuleLayer layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(resolve(), ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("dev.pacer.esputnik");
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder()
          .addHeader("Content-Type", "application/json")
          .body("{\"userEmail\":\"ops@example.com\",\"organisationName\":\"Acme\"}")
          .build());
      server.start();
      Class<?> clientType = loader.loadClass("dev.pacer.esputnik.EsputnikClient");
      Object builder = clientType.getMethod("builder").invoke(null);
      Class<?> builderType = builder.getClass();
      builderType.getMethod("apiKey", String.class).invoke(builder, "module-key");
      builderType.getMethod("baseUrl", String.class).invoke(builder, server.url("/api/").toString());
      Object client = builderType.getMethod("build").invoke(builder);
      try {
        Object account = clientType.getMethod("account").invoke(client);
        Method info = loader.loadClass("dev.pacer.esputnik.AccountApi").getMethod("info");
        Object call = info.invoke(account);
        Object response = loader.loadClass("retrofit2.Call").getMethod("execute").invoke(call);
        Object body = loader.loadClass("retrofit2.Response").getMethod("body").invoke(response);

        assertEquals("dev.pacer.esputnik", body.getClass().getModule().getName());
        assertEquals("Acme", body.getClass().getMethod("organisationName").invoke(body));
        RecordedRequest request = server.takeRequest();
        assertEquals("/api/v1/account/info", request.getUrl().encodedPath());
      } finally {
        ((AutoCloseable) client).close();
      }
    }
  }

  private static Configuration resolve() throws ClassNotFoundException, URISyntaxException {
    Set<Path> paths = new LinkedHashSet<>();
    for (String anchor : ANCHORS) {
      Class<?> type = Class.forName(anchor, false, ModulePathTest.class.getClassLoader());
      paths.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
    return ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), EXPORTS.keySet());
  }
}
