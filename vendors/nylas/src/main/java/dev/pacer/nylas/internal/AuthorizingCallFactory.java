package dev.pacer.nylas.internal;

import java.util.Objects;
import okhttp3.Call;
import okhttp3.Request;

/**
 * Sets the {@code Authorization} header of every request before handing it to the client's
 * shared call factory, so one Pacer (and one connection pool) serves many credentials while
 * Pacer's per-credential rules still see each request's own header. Never shows the credential.
 * Not part of the API.
 */
public final class AuthorizingCallFactory implements Call.Factory {
  private final Call.Factory delegate;
  private final String authorization;

  public AuthorizingCallFactory(Call.Factory delegate, String authorization) {
    this.delegate = Objects.requireNonNull(delegate, "delegate == null");
    this.authorization = Objects.requireNonNull(authorization, "authorization == null");
  }

  @Override
  public Call newCall(Request request) {
    return delegate.newCall(request.newBuilder().header("Authorization", authorization).build());
  }

  /** Rejects a credential that cannot travel in a header; the message names the position, never the value. */
  public static void checkCredential(String what, String value) {
    Objects.requireNonNull(value, what + " == null");
    if (value.isBlank()) throw new IllegalArgumentException(what + " is blank");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException(what + " has an illegal character at index " + i);
      }
    }
  }

  @Override
  public String toString() {
    return "AuthorizingCallFactory{Authorization: <redacted>}";
  }
}
