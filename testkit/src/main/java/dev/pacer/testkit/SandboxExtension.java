package dev.pacer.testkit;

import java.util.Objects;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that starts a {@link VendorSandbox} and closes it afterwards. Register it
 * with {@code @RegisterExtension}: on an instance field every test gets a fresh sandbox (fresh
 * windows and statistics); on a static field the test class shares one.
 *
 * <pre>{@code
 * @RegisterExtension
 * final SandboxExtension sandbox = SandboxExtension.of(VendorProfile.nylas());
 *
 * @Test void staysUnderTheAccountLimit() throws IOException {
 *   try (NylasClient client = NylasClient.builder().baseUrl(sandbox.baseUrl()).build()) {
 *     NylasAccount account = client.account("test-token");
 *     // ... a burst of account.messages().list(...) calls ...
 *   }
 *   assertEquals(0, sandbox.stats().count429());
 * }
 * }</pre>
 */
public final class SandboxExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final VendorSandbox.Builder builder;
  private volatile VendorSandbox sandbox;
  private volatile boolean perClass;

  private SandboxExtension(VendorSandbox.Builder builder) {
    this.builder = builder;
  }

  /** An extension starting a default sandbox for {@code profile}. */
  public static SandboxExtension of(VendorProfile profile) {
    return of(VendorSandbox.builder(profile));
  }

  /**
   * An extension starting sandboxes configured by {@code builder}; each start reads the
   * builder's settings at that moment.
   */
  public static SandboxExtension of(VendorSandbox.Builder builder) {
    return new SandboxExtension(Objects.requireNonNull(builder, "builder == null"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    sandbox = builder.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      sandbox = builder.start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  private void stop() {
    VendorSandbox current = sandbox;
    sandbox = null;
    if (current != null) {
      current.close();
    }
  }

  /**
   * The running sandbox.
   *
   * @throws IllegalStateException outside the tests this extension serves
   */
  public VendorSandbox sandbox() {
    VendorSandbox current = sandbox;
    if (current == null) {
      throw new IllegalStateException("no sandbox running: use it inside a test");
    }
    return current;
  }

  /** Shorthand for {@code sandbox().baseUrl()}. */
  public HttpUrl baseUrl() {
    return sandbox().baseUrl();
  }

  /** Shorthand for {@code sandbox().stats()}. */
  public SandboxStats stats() {
    return sandbox().stats();
  }
}
