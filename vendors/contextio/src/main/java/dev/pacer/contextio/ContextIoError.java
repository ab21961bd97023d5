package dev.pacer.contextio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.vendor.support.ApiException;
import dev.pacer.vendor.support.ErrorBodyParser;
import dev.pacer.vendor.support.VendorJson;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Context.IO error answer, read from either of its two formats: {@code {"type": "error",
 * "value": "<message>"}}, or, for account and IMAP failures, {@code {"success": false,
 * "feedback_code": "...", "connectionLog": "..."}}. A plain-text body is kept as the message. The
 * IMAP connection log is left out (it may quote the mail server's dialogue); the raw body stays in
 * {@link ApiException#errorBody()}.
 *
 * <pre>{@code
 * try {
 *   client.execute(client.users().create(NewUser.builder("ann@example.com").build()));
 * } catch (ApiException e) {
 *   ContextIoError error = e.error(ContextIoError.class);
 *   if (error != null && error.kind() == ContextIoError.Kind.USER_LIMIT_REACHED) { ... }
 * }
 * }</pre>
 *
 * @param status the HTTP status
 * @param kind what went wrong, as far as the answer tells
 * @param message the vendor's message, one line (for the second format, the feedback code)
 * @param feedbackCode the {@code feedback_code} of an account or IMAP failure, or null
 */
public record ContextIoError(int status, Kind kind, String message, String feedbackCode) {

  /** What a Context.IO error means. */
  public enum Kind {
    /** 429: a rate limit was exceeded (Pacer paused the bucket and retried before giving up). */
    RATE_LIMITED,
    /**
     * The application is at its initial limit of 100 users and Context.IO refused another; it is
     * lifted once Context.IO has reviewed the application's privacy policy, not by waiting.
     */
    USER_LIMIT_REACHED,
    /** An account or IMAP operation failed with a {@code feedback_code} ({@code success: false}). */
    FEEDBACK,
    /** Any other error. */
    ERROR
  }

  /** Reads Context.IO error bodies. Stateless and thread-safe. */
  public static final ErrorBodyParser<ContextIoError> PARSER = new Parser();

  /** Messages that speak of the number of users an application may have, not of a rate. */
  private static final Pattern USER_LIMIT = Pattern.compile(
      "(?i)(\\buser limit\\b|\\blimit of \\d+ users\\b|\\b\\d+[- ]users? limit\\b|\\bmaximum (number of )?users\\b"
          + "|\\btoo many users\\b|\\busers? limit (has been |was )?reached\\b)");

  /** Validates the record. */
  public ContextIoError {
    Objects.requireNonNull(kind, "kind == null");
  }

  /** The Context.IO error carried by {@code e}, or null when its body was not in a Context.IO format. */
  public static ContextIoError of(ApiException e) {
    Objects.requireNonNull(e, "e == null");
    return e.error(ContextIoError.class);
  }

  private static final class Parser implements ErrorBodyParser<ContextIoError> {
    private static final ObjectMapper MAPPER = VendorJson.newMapper();

    @Override
    public ContextIoError parse(int status, String body) {
      if (body == null) return null;
      String text = body.trim();
      if (text.isEmpty() || text.startsWith("<")) return status == 429 ? of(status, "", null) : null;
      if (text.startsWith("{")) {
        try {
          JsonNode node = MAPPER.readTree(text);
          if (node != null && node.isObject()) {
            String value = textOf(node.get("value"));
            if (value == null) value = textOf(node.get("message"));
            String feedback = textOf(node.get("feedback_code"));
            if (value == null && feedback == null) return status == 429 ? of(status, "", null) : null;
            return of(status, value != null ? value : feedback, feedback);
          }
        } catch (IOException | RuntimeException e) {
          // not JSON after all: keep it as text
        }
      }
      return of(status, text, null);
    }

    @Override
    public String message(ContextIoError error) {
      return error.message().isEmpty() ? null : error.message();
    }

    private static String textOf(JsonNode v) {
      return v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static ContextIoError of(int status, String message, String feedback) {
      String oneLine = message.replaceAll("\\s+", " ").trim();
      Kind kind;
      if (USER_LIMIT.matcher(oneLine).find()) {
        kind = Kind.USER_LIMIT_REACHED;
      } else if (status == 429) {
        kind = Kind.RATE_LIMITED;
      } else if (feedback != null) {
        kind = Kind.FEEDBACK;
      } else {
        kind = Kind.ERROR;
      }
      return new ContextIoError(status, kind, oneLine, feedback);
    }
  }
}
