package dev.pacer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class SandboxExtensionTest {
  @RegisterExtension
  final SandboxExtension sandbox = SandboxExtension.of(VendorProfile.koreCcai());

  private void sendOneRequest() throws IOException {
    try (Http http = new Http()) {
      assertEquals(200, http.get(sandbox.baseUrl().resolve("agentassist/api/v1/public/st/queues"),
          "accountId", "a1").code());
    }
  }

  @Test
  void eachTestGetsAFreshSandbox() throws IOException {
    sendOneRequest();
    assertEquals(1, sandbox.stats().requestCount());
  }

  @Test
  void anotherTestStartsFromZeroToo() throws IOException {
    sendOneRequest();
    assertEquals(1, sandbox.stats().requestCount());
    assertEquals("kore-ccai", sandbox.sandbox().profile().name());
  }

  @Test
  void anExtensionOutsideATestHasNoSandbox() {
    SandboxExtension idle = SandboxExtension.of(VendorProfile.nylas());
    assertThrows(IllegalStateException.class, idle::sandbox);
  }
}
