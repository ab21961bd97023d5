package dev.pacer.samples;

import dev.pacer.testkit.AcceleratedClock;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import dev.pacer.time.PacerClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Where a sample sends its calls: the vendor's real API when the vendor's credential is in the
 * environment, else a {@link VendorSandbox} started here (no network, no credentials). Close it
 * to stop the sandbox.
 */
final class Target implements AutoCloseable {
  /** The credential the samples send to a sandbox; the sandbox accepts any. */
  static final String SANDBOX_CREDENTIAL = "sandbox-credential";

  private final String vendor;
  private final HttpUrl baseUrl;
  private final String credential;
  private final VendorSandbox sandbox;
  private final PacerClock clock;

  private Target(String vendor, HttpUrl baseUrl, String credential, VendorSandbox sandbox, PacerClock clock) {
    this.vendor = vendor;
    this.baseUrl = baseUrl;
    this.credential = credential;
    this.sandbox = sandbox;
    this.clock = clock;
  }

  /**
   * The real API at {@code realBaseUrl} when {@code env} holds a non-blank {@code variable},
   * else a sandbox playing {@code profile}.
   */
  static Target of(Map<String, String> env, String variable, VendorProfile profile, HttpUrl realBaseUrl) {
    return of(env, variable, profile, realBaseUrl, 1);
  }

  /**
   * Like {@link #of(Map, String, VendorProfile, HttpUrl)}, but a sandbox runs on a clock
   * {@code speedUp} times as fast as the system's, which the sample's client must share ({@link
   * #clock()}): limits counted per minute then pass in seconds. The real API keeps real time.
   */
  static Target of(Map<String, String> env, String variable, VendorProfile profile, HttpUrl realBaseUrl,
      int speedUp) {
    String credential = env.get(variable);
    if (credential != null && !credential.isBlank()) {
      return new Target(profile.toString(), realBaseUrl, credential.trim(), null, PacerClock.system());
    }
    // An accelerated clock starts at a whole minute, so the run begins with a fresh window of
    // the sandbox: the first calls of a cold JVM, slow to arrive, cannot slip into the next one.
    PacerClock clock = speedUp == 1 ? PacerClock.system() : AcceleratedClock.of(PacerClock.system(), speedUp,
        Instant.ofEpochMilli(PacerClock.system().wallMillis()).truncatedTo(ChronoUnit.MINUTES));
    VendorSandbox sandbox = VendorSandbox.builder(profile).clock(clock).start();
    return new Target(profile.toString(), sandbox.baseUrl(), SANDBOX_CREDENTIAL, sandbox, clock);
  }

  /** The base URL to give the client. */
  HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The credential to send: the environment's, or a made-up one for the sandbox. */
  String credential() {
    return credential;
  }

  /** The clock the client must pace by: the sandbox's (maybe accelerated) clock, or the system's. */
  PacerClock clock() {
    return clock;
  }

  /** How many times as fast as real time the target's clock runs (1 for the real API). */
  int speedUp() {
    return clock instanceof AcceleratedClock accelerated ? accelerated.factor() : 1;
  }

  /** {@code realTime} on the target's clock: that many times longer when it is accelerated. */
  java.time.Duration onClock(java.time.Duration realTime) {
    return realTime.multipliedBy(speedUp());
  }

  /** True when calls go to a sandbox on this machine. */
  boolean offline() {
    return sandbox != null;
  }

  /** What the sandbox counted; only when {@link #offline()}. */
  SandboxStats stats() {
    if (sandbox == null) throw new IllegalStateException("no sandbox: calls went to " + baseUrl);
    return sandbox.stats();
  }

  /** The 429s the server answered, or -1 when the server is the real API (which does not say). */
  long server429s() {
    return sandbox == null ? -1 : sandbox.stats().count429();
  }

  /** "the eSputnik sandbox at http://127.0.0.1:1234/api/" or "the eSputnik API at https://...". */
  String describe() {
    return (sandbox != null ? "the " + vendor + " sandbox at " : "the " + vendor + " API at ") + baseUrl;
  }

  /** A line on the server's 429s, for the sample's summary. */
  String describe429s() {
    return sandbox == null
        ? "(The real API keeps its own counts; the numbers above are what the app saw.)"
        : "The sandbox answered 429 Too Many Requests " + sandbox.stats().count429() + " times.";
  }

  @Override
  public void close() {
    if (sandbox != null) sandbox.close();
  }
}
