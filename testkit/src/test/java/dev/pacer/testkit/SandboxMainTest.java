package dev.pacer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class SandboxMainTest {
  @Test
  void printsTheBaseUrlAndServesTheVendor() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (VendorSandbox sandbox = SandboxMain.start(new String[] {"esputnik", "--skew-s", "-30"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        Http http = new Http()) {
      assertEquals(sandbox.baseUrl() + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
      assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("/api/" + System.lineSeparator()));
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("eSputnik"));
      assertEquals(Duration.ofSeconds(-30), sandbox.clockOffset());
      Instant date = http.get(sandbox.url("/api/v1/contacts")).headers().getInstant("Date");
      long behind = Duration.between(date, Instant.now()).getSeconds();
      assertTrue(behind >= 25 && behind <= 40, "Date is " + behind + " s behind");
    }
  }

  @Test
  void parsesPortAndSkew() {
    VendorSandbox.Builder builder = SandboxMain.parse(new String[] {"Nylas", "--port", "0", "--skew-s", "7"});
    try (VendorSandbox sandbox = builder.start()) {
      assertEquals("nylas", sandbox.profile().name());
      assertEquals(Duration.ofSeconds(7), sandbox.clockOffset());
      assertTrue(sandbox.port() > 0);
    }
  }

  @Test
  void rejectsBadArgumentsWithAClearMessage() {
    assertEquals("missing vendor",
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.parse(new String[0])).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SandboxMain.parse(new String[] {"acme"})).getMessage().startsWith("unknown vendor: acme"));
    assertEquals("unknown option: --verbose", assertThrows(IllegalArgumentException.class,
        () -> SandboxMain.parse(new String[] {"intercom", "--verbose"})).getMessage());
    assertEquals("missing value for --port", assertThrows(IllegalArgumentException.class,
        () -> SandboxMain.parse(new String[] {"intercom", "--port"})).getMessage());
    assertEquals("not a number for --skew-s: x", assertThrows(IllegalArgumentException.class,
        () -> SandboxMain.parse(new String[] {"intercom", "--skew-s", "x"})).getMessage());
    assertEquals("port not in [0, 65535]: 70000", assertThrows(IllegalArgumentException.class,
        () -> SandboxMain.parse(new String[] {"intercom", "--port", "70000"})).getMessage());
    assertTrue(SandboxMain.usage().contains("context-io"));
  }
}
