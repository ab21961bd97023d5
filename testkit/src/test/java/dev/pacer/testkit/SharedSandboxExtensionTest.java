package dev.pacer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SharedSandboxExtensionTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.of(
      VendorSandbox.builder(VendorProfile.intercom()).latency(java.time.Duration.ofMillis(1)));

  private static final AtomicInteger PORT = new AtomicInteger();

  private static void checkSameSandbox() throws IOException {
    PORT.compareAndSet(0, SANDBOX.sandbox().port());
    assertEquals(PORT.get(), SANDBOX.sandbox().port());
    try (Http http = new Http()) {
      assertEquals(200, http.get(SANDBOX.baseUrl().resolve("contacts")).code());
    }
  }

  @Test
  void aStaticExtensionSharesOneSandbox() throws IOException {
    checkSameSandbox();
  }

  @Test
  void acrossEveryTestOfTheClass() throws IOException {
    checkSameSandbox();
  }
}
