package dev.pacer.koreccai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.vendor.support.ErrorBodyParser;
import dev.pacer.vendor.support.VendorJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Kore.ai CCAI error answer. Kore documents no error format for CCAI; the platform's usual
 * body is {@code {"errors":[{"msg":"...","code":...}]}}, the campaign APIs answer {@code
 * {"status":"failure","message":"..."}}, and some errors are plain text. This keeps the status,
 * every {@code errors[]} entry, and the first message found in any of those shapes.
 *
 * @param status the HTTP status
 * @param message the vendor's message, one line
 * @param errors the {@code errors[]} entries; empty for other shapes
 */
public record KoreCcaiError(int status, String message, List<Detail> errors) {
  /** The fixed message of Kore's rate-limit page, sent when an account exceeds 60 requests a minute. */
  public static final String RATE_LIMIT_MESSAGE =
      "You've exceeded the per-minute rate limit. Please wait for sometime before retrying.";

  /** Reads Kore error bodies; hand it to {@code VendorCalls}. Stateless and thread-safe. */
  public static final ErrorBodyParser<KoreCcaiError> PARSER = new Parser();

  /** Copies the list. */
  public KoreCcaiError {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * One entry of {@code errors[]}.
   *
   * @param msg the message
   * @param code the code as sent (a number or a string), or null
   */
  public record Detail(String msg, String code) {}

  /**
   * True when this is Kore's per-minute limit: HTTP 429, or any status whose message is the rate
   * limit page's ("exceeded the per-minute rate limit").
   */
  public boolean isRateLimited() {
    if (status == 429) return true;
    if (mentionsRateLimit(message)) return true;
    for (Detail d : errors) if (mentionsRateLimit(d.msg())) return true;
    return false;
  }

  private static boolean mentionsRateLimit(String s) {
    return s != null && s.toLowerCase(Locale.ROOT).contains("exceeded the per-minute rate limit");
  }

  private static final class Parser implements ErrorBodyParser<KoreCcaiError> {
    private static final ObjectMapper MAPPER = VendorJson.newMapper();

    @Override
    public KoreCcaiError parse(int status, String body) {
      if (body == null) return null;
      String text = body.trim();
      if (text.isEmpty() || text.startsWith("<")) return null; // nothing, or an HTML error page
      JsonNode node = VendorJson.errorJson(MAPPER, text);
      if (node != null && node.isTextual()) return of(status, node.asText(), List.of());
      if (node != null && node.isObject()) return fromObject(status, node);
      return of(status, text, List.of());
    }

    private static KoreCcaiError fromObject(int status, JsonNode node) {
      List<Detail> details = new ArrayList<>();
      JsonNode errors = node.get("errors");
      if (errors != null && errors.isArray()) {
        for (JsonNode e : errors) {
          String msg = text(e.has("msg") ? e.get("msg") : e.get("message"));
          if (e.isTextual()) msg = e.asText();
          details.add(new Detail(msg, text(e.get("code"))));
        }
      }
      String message = null;
      for (Detail d : details) {
        if (d.msg() != null && !d.msg().isBlank()) {
          message = d.msg();
          break;
        }
      }
      if (message == null) {
        for (String field : new String[] {"message", "msg", "error", "errorMessage"}) {
          String v = text(node.get(field));
          if (v != null && !v.isBlank()) {
            message = v;
            break;
          }
        }
      }
      if (message == null && details.isEmpty()) return null;
      return of(status, message == null ? "" : message, details);
    }

    private static String text(JsonNode v) {
      return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    @Override
    public String message(KoreCcaiError error) {
      return error.message().isEmpty() ? null : error.message();
    }

    private static KoreCcaiError of(int status, String message, List<Detail> details) {
      String oneLine = message.replaceAll("\\s+", " ").trim();
      if (oneLine.isEmpty() && details.isEmpty()) return null;
      return new KoreCcaiError(status, oneLine, details);
    }
  }
}
