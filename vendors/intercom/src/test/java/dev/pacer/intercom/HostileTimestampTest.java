package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.pacer.RetryConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile timestamps in a typed call's answer fail fast and cheaply: a tiny exponent and a
 * 1,000,000-digit value each end in a Jackson error promptly, the calling thread allocating at
 * most 16 MB.
 */
final class HostileTimestampTest {
  private static final long BUDGET = 16L * 1024 * 1024;

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The exception of reading a contact whose {@code created_at} is {@code rawValue}, and its cost. */
  private <T extends Throwable> T readContact(Class<T> expected, String rawValue) {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{\"type\":\"contact\",\"id\":\"c-1\",\"created_at\":" + rawValue + "}").build());
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    try (IntercomClient client = IntercomClient.builder().accessToken("tok_hostile").baseUrl(server.url("/"))
        .retry(RetryConfig.disabled()).build()) {
      return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        long before = threads.getCurrentThreadAllocatedBytes();
        T e = assertThrows(expected, () -> client.execute(client.contacts().get("c-1")));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated <= BUDGET, "allocated " + allocated + " bytes");
        return e;
      });
    }
  }

  @Test
  void aTinyExponentInAStringFailsFast() {
    readContact(JsonMappingException.class, "\"1e-100000000\"");
  }

  @Test
  void aTinyExponentAsANumberFailsFast() {
    readContact(JsonMappingException.class, "1e-100000000");
  }

  @Test
  void aMillionDigitStringFailsFast() {
    readContact(JsonMappingException.class, "\"" + "9".repeat(1_000_000) + "\"");
  }

  @Test
  void aMillionDigitNumberFailsFastInTheParser() {
    // Jackson's own number-length limit (1,000 characters) stops it before the deserializer runs.
    readContact(JsonProcessingException.class, "9".repeat(1_000_000));
  }
}
