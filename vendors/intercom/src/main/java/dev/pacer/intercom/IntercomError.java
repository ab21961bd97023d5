package dev.pacer.intercom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * Intercom's error body, {@code {"type": "error.list", "request_id": ..., "errors": [{"code":
 * ..., "message": ..., "field": ...}]}}. {@link dev.pacer.vendor.support.ApiException#error()}
 * holds one when a call fails; read it with {@code e.error(IntercomError.class)}.
 *
 * @param type the object type, {@code error.list}
 * @param requestId Intercom's id of the failed request (quote it to Intercom support), or null
 * @param errors what went wrong; empty when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntercomError(
    @JsonProperty("type") String type,
    @JsonProperty("request_id") String requestId,
    @JsonProperty("errors") List<Detail> errors) {

  /** The code Intercom uses when the rate limit is exceeded. */
  public static final String RATE_LIMIT_EXCEEDED = "rate_limit_exceeded";

  public IntercomError {
    errors = Copies.listOrEmpty(errors);
  }

  /** The first error's code, e.g. {@code not_found} or {@code rate_limit_exceeded}, or null. */
  public String code() {
    return errors.isEmpty() ? null : errors.get(0).code();
  }

  /** True when any error has code {@code code}. */
  public boolean hasCode(String code) {
    for (Detail d : errors) {
      if (d != null && code != null && code.equals(d.code())) return true;
    }
    return false;
  }

  /** True when Intercom refused the call for exceeding a rate limit. */
  public boolean isRateLimited() {
    return hasCode(RATE_LIMIT_EXCEEDED);
  }

  /**
   * One error.
   *
   * @param code a machine-readable code, e.g. {@code parameter_invalid}
   * @param message a human-readable message, or null
   * @param field the request field at fault, or null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Detail(
      @JsonProperty("code") String code,
      @JsonProperty("message") String message,
      @JsonProperty("field") String field) {}
}
