package dev.pacer.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pacer.Pacer;
import dev.pacer.esputnik.EsputnikClient;
import dev.pacer.esputnik.EsputnikPolicy;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "Sharing limits across processes (Redis)" example, compiled and run. */
final class ReadmeExampleTest {
  @RegisterExtension static final EmbeddedRedis redis = new EmbeddedRedis();

  @Test
  void theReadmeWiringSharesThePacersAndTheTypedClientsBucketsThroughRedis() throws Exception {
    String redisUri = redis.uri();
    byte[] sharedSecret = "from your secret store, 32 bytes".getBytes(StandardCharsets.UTF_8);
    String apiKey = "test-api-key";
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.esputnik()).start()) {
      // --- README: sharing limits across processes (begin) ---
      RedisBucketStore store = RedisBucketStore.create(redisUri,
          RedisStoreOptions.builder()
              .credentialHashKey(sharedSecret)            // the same secret in every process
              .build());
      Pacer pacer = store.applyTo(Pacer.builder(EsputnikPolicy.POLICY)).build();
      // --- README: sharing limits across processes (end) ---
      EsputnikClient esputnik = EsputnikClient.builder().apiKey(apiKey).pacer(store::applyTo)
          .baseUrl(sandbox.baseUrl())
          .build();
      try (store; esputnik) {
        assertEquals(200, esputnik.contacts().get(7).execute().code());
        assertFalse(redis.admin().keys("pacer:{pacer}:*").isEmpty(), "the typed client's bucket is in Redis");
        assertSame(EsputnikPolicy.POLICY, pacer.policy());
      }
    }
  }
}
