package dev.pacer.testkit;

import dev.pacer.testkit.internal.ContextIoModel;
import dev.pacer.testkit.internal.EsputnikModel;
import dev.pacer.testkit.internal.IntercomModel;
import dev.pacer.testkit.internal.KoreCcaiModel;
import dev.pacer.testkit.internal.NylasModel;
import dev.pacer.testkit.internal.VendorModel;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Which vendor a {@link VendorSandbox} plays, with the limits of that vendor's own rate-limit
 * page. The bucket names each profile uses in {@link SandboxStats} are stable:
 *
 * <table>
 *   <caption>Buckets per vendor</caption>
 *   <tr><th>profile</th><th>buckets</th></tr>
 *   <tr><td>{@link #esputnik()}</td><td>one per listed method, named by method and path
 *     template ({@code "GET /api/v1/contacts"}: 50/s, {@code "POST /api/v1/event"}: 350/s, ...);
 *     {@code "default"}: 200/s shared by every other request; {@code "hour|<endpoint>"}: 500/h
 *     for get email message and the message searches</td></tr>
 *   <tr><td>{@link #intercom()}</td><td>{@code "app"}: 166 per 10-second window</td></tr>
 *   <tr><td>{@link #nylas()}</td><td>{@code "app|GET /messages"}: 500/s per endpoint;
 *     {@code "account:<tokenHash>|GET /messages"}: 50/s per endpoint per access token;
 *     {@code "account:<tokenHash>|concurrent /delta/streaming"} and
 *     {@code "...|concurrent /delta/longpoll"}: 10 in flight;
 *     {@code "...|concurrent /messages,/threads,/contacts"}: 5 in flight;
 *     {@code "app|GET /a/{client_id}/ip_addresses"}: 10/h</td></tr>
 *   <tr><td>{@link #koreCcai()}</td><td>{@code "account:<accountId>"}: 60/min</td></tr>
 *   <tr><td>{@link #contextIo()}</td><td>{@code "developer:<keyHash>"}: 5000/h;
 *     {@code "user:<id>|imap"}: 240/min for the IMAP calls (message and folder endpoints)</td></tr>
 * </table>
 *
 * <p>{@code <tokenHash>} and {@code <keyHash>} are the first 12 hex digits of the SHA-256 of
 * the credential: no credential ever appears in a bucket name. Every profile also honours
 * {@link VendorSandbox.Builder#undeclaredLimit}, bucket {@code "undeclared"}.
 *
 * <p>Immutable and thread-safe.
 */
public final class VendorProfile {
  private static final List<String> NAMES =
      List.of("esputnik", "intercom", "nylas", "kore-ccai", "context-io");

  private final String name;
  private final String basePath;
  private final String description;
  private final Supplier<VendorModel> model;

  private VendorProfile(
      String name, String basePath, String description, Supplier<VendorModel> model) {
    this.name = name;
    this.basePath = basePath;
    this.description = description;
    this.model = model;
  }

  /**
   * eSputnik (Yespo): per-method limits per second for the ten listed methods, 200/s shared by
   * all others, 500/h for get email message and message searches; plain-text 429s without
   * hint headers. Base path {@code /api/}.
   */
  public static VendorProfile esputnik() {
    return new VendorProfile("esputnik", "/api/", "eSputnik", EsputnikModel::new);
  }

  /**
   * Intercom with its declared 166 requests per 10-second window per app, and
   * {@code X-RateLimit-*} headers on every response.
   */
  public static VendorProfile intercom() {
    return intercom(IntercomModel.DECLARED_PERMITS);
  }

  /**
   * Intercom enforcing {@code permitsPer10Seconds} instead of the declared 166, for testing how
   * a client adapts when the real limit differs from the declared one.
   */
  public static VendorProfile intercom(int permitsPer10Seconds) {
    if (permitsPer10Seconds < 1) {
      throw new IllegalArgumentException("permitsPer10Seconds < 1: " + permitsPer10Seconds);
    }
    return new VendorProfile("intercom", "/",
        "Intercom (" + permitsPer10Seconds + " per 10 s)",
        () -> new IntercomModel(permitsPer10Seconds));
  }

  /**
   * Nylas API v2: per-endpoint limits per application and per account, per-account concurrency
   * caps held for the life of streamed and long-poll responses, and the IP-addresses hourly
   * limit.
   */
  public static VendorProfile nylas() {
    return new VendorProfile("nylas", "/", "Nylas v2", NylasModel::new);
  }

  /** Kore.ai Contact Center AI: 60 requests per minute per account. */
  public static VendorProfile koreCcai() {
    return new VendorProfile("kore-ccai", "/", "Kore.ai Contact Center AI", KoreCcaiModel::new);
  }

  /**
   * Context.IO Lite: 5000 calls per hour per developer key, 240 IMAP calls per minute per user.
   * Base path {@code /lite/}.
   */
  public static VendorProfile contextIo() {
    return new VendorProfile("context-io", "/lite/", "Context.IO Lite", ContextIoModel::new);
  }

  /**
   * Context.IO Lite for a developer key whose overall limit Context.IO raised (or lowered) to
   * {@code developerCallsPerHour}; the 240 IMAP calls per minute per user stay. The client's
   * counterpart is {@code ContextIoPolicy.withDeveloperRate(Rate.perHour(developerCallsPerHour))}.
   */
  public static VendorProfile contextIo(int developerCallsPerHour) {
    if (developerCallsPerHour < 1) {
      throw new IllegalArgumentException("developerCallsPerHour < 1: " + developerCallsPerHour);
    }
    return new VendorProfile("context-io", "/lite/",
        "Context.IO Lite (" + developerCallsPerHour + " per hour)",
        () -> new ContextIoModel(developerCallsPerHour));
  }

  /** The profile named {@code name} (as {@link #name()} spells it), for the command line. */
  static VendorProfile forName(String name) {
    Objects.requireNonNull(name, "name == null");
    switch (name.toLowerCase(Locale.ROOT)) {
      case "esputnik":
        return esputnik();
      case "intercom":
        return intercom();
      case "nylas":
        return nylas();
      case "kore-ccai":
      case "koreccai":
        return koreCcai();
      case "context-io":
      case "contextio":
        return contextIo();
      default:
        throw new IllegalArgumentException("unknown vendor: " + name + "; expected one of " + NAMES);
    }
  }

  /** The names {@link #forName} accepts. */
  static List<String> names() {
    return NAMES;
  }

  /** The vendor's short name: esputnik, intercom, nylas, kore-ccai or context-io. */
  public String name() {
    return name;
  }

  /**
   * The path the vendor's documented base URL ends with ({@code /api/} for eSputnik,
   * {@code /lite/} for Context.IO, {@code /} otherwise); {@link VendorSandbox#baseUrl()} ends
   * with it too.
   */
  public String basePath() {
    return basePath;
  }

  VendorModel newModel() {
    return model.get();
  }

  @Override
  public String toString() {
    return description;
  }
}
