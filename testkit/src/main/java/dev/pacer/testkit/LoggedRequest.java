package dev.pacer.testkit;

import dev.pacer.testkit.internal.LogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.Headers;

/**
 * One request a {@link VendorSandbox} handled, as {@link SandboxStats#requests()} reports it.
 * Credentials never appear: every header whose name suggests a credential
 * ({@code Authorization}, {@code auth}, {@code Cookie}, anything with {@code token},
 * {@code key}, {@code secret}, ...) has its value replaced by {@code redacted:<hash>} (the first
 * 12 hex digits of its SHA-256), and the query string, which may carry keys, is dropped.
 * Immutable.
 */
public final class LoggedRequest {
  private final LogEntry entry;

  LoggedRequest(LogEntry entry) {
    this.entry = entry;
  }

  /** The request method, such as {@code GET}. */
  public String method() {
    return entry.method();
  }

  /** The encoded path, without the query, such as {@code /api/v1/contacts}. */
  public String path() {
    return entry.path();
  }

  /** The request headers with credential values hashed. */
  public Headers headers() {
    return entry.headers();
  }

  /** The status the sandbox answered, or 0 when it dropped the connection. */
  public int status() {
    return entry.status();
  }

  /** The sandbox clock (offset included) when the request was handled. */
  public Instant serverTime() {
    return Instant.ofEpochMilli(entry.serverMillis());
  }

  /** The buckets the request was counted in; empty when it was rejected or failed. */
  public List<String> buckets() {
    return entry.buckets();
  }

  /** The bucket that rejected the request with a 429, if one did. */
  public Optional<String> rejectedBy() {
    return Optional.ofNullable(entry.rejectedBy());
  }

  /** The fault injected into this request, if any. */
  public Optional<FaultKind> fault() {
    return Optional.ofNullable(entry.fault());
  }

  @Override
  public String toString() {
    return method() + " " + path() + " -> " + status() + " at " + serverTime()
        + rejectedBy().map(b -> " rejected by " + b).orElse("")
        + fault().map(f -> " fault " + f).orElse("");
  }
}
