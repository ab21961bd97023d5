package dev.pacer.nylas;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.vendor.support.ApiException;
import java.util.Locale;

/**
 * The body Nylas sends with every error: {@code {"message": "...", "type": "invalid_request_error"}}.
 * Reach it from a failed call through {@link #from(Throwable)}:
 *
 * <pre>{@code
 * try {
 *   Account me = nylas.execute(account.account().get());
 * } catch (ApiException e) {
 *   NylasError error = NylasError.from(e);
 *   if (error != null && error.limit() == NylasLimit.CONCURRENT_QUERY) { ... }
 * }
 * }</pre>
 *
 * @param message the human-readable message
 * @param type the error type, e.g. {@code invalid_request_error}, {@code api_error}, {@code not_found_error}
 * @param status the HTTP status the error came with (not part of the body)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NylasError(@JsonProperty("message") String message, @JsonProperty("type") String type, int status) {

  /** The Nylas error carried by {@code failure} (an {@link ApiException} or one caused by it), or null. */
  public static NylasError from(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApiException) {
        Object error = ((ApiException) t).error();
        return error instanceof NylasError ? (NylasError) error : null;
      }
      if (t.getCause() == t) break;
    }
    return null;
  }

  /** True for {@code 429 Too Many Requests}. */
  public boolean isRateLimited() {
    return status == 429;
  }

  /** Which limit a 429 says was hit; {@link NylasLimit#NONE} for other errors. */
  public NylasLimit limit() {
    if (status != 429) return NylasLimit.NONE;
    String m = message == null ? "" : message.trim().toLowerCase(Locale.ROOT);
    if (m.startsWith("too many requests from this application")) return NylasLimit.APPLICATION;
    if (m.startsWith("too many concurrent streaming requests")) return NylasLimit.CONCURRENT_STREAMING;
    if (m.startsWith("too many concurrent query requests")) return NylasLimit.CONCURRENT_QUERY;
    if (m.equals("too many requests") || m.equals("too many requests.")) return NylasLimit.ACCOUNT;
    return NylasLimit.OTHER;
  }
}
