package dev.pacer.esputnik;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.vendor.support.ErrorBodyParser;
import dev.pacer.vendor.support.VendorJson;

/**
 * An eSputnik error answer. eSputnik documents no error body format: its errors arrive as plain
 * text, a JSON string, or a small JSON object with a message; this keeps the status and the
 * message found in any of them.
 *
 * @param status the HTTP status
 * @param message the vendor's message, one line
 */
public record EsputnikError(int status, String message) {

  /** Reads eSputnik error bodies; hand it to {@code VendorCalls}. Stateless and thread-safe. */
  public static final ErrorBodyParser<EsputnikError> PARSER = new Parser();

  private static final class Parser implements ErrorBodyParser<EsputnikError> {
    private static final ObjectMapper MAPPER = VendorJson.newMapper();

    @Override
    public EsputnikError parse(int status, String body) {
      if (body == null) return null;
      String text = body.trim();
      if (text.isEmpty() || text.startsWith("<")) return null; // nothing, or an HTML error page
      JsonNode node = VendorJson.errorJson(MAPPER, text);
      if (node != null && node.isTextual()) return of(status, node.asText());
      if (node != null && node.isObject()) {
        for (String field : new String[] {"message", "errorMessage", "error", "description"}) {
          JsonNode v = node.get(field);
          if (v != null && v.isTextual() && !v.asText().isBlank()) return of(status, v.asText());
        }
        return null;
      }
      return of(status, text);
    }

    @Override
    public String message(EsputnikError error) {
      return error.message();
    }

    private static EsputnikError of(int status, String message) {
      String oneLine = message.replaceAll("\\s+", " ").trim();
      return oneLine.isEmpty() ? null : new EsputnikError(status, oneLine);
    }
  }
}
