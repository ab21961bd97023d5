package dev.pacer.nylas;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.nylas.internal.NylasJson;
import dev.pacer.vendor.support.ErrorBodyParser;

/**
 * Reads Nylas' error body into a {@link NylasError}. Used by {@link NylasClient}; pass
 * {@link #INSTANCE} to {@link dev.pacer.vendor.support.VendorCalls} when calling the service
 * interfaces through your own code. Stateless and thread-safe.
 */
public final class NylasErrorParser implements ErrorBodyParser<NylasError> {
  /** The one instance. */
  public static final NylasErrorParser INSTANCE = new NylasErrorParser();

  private NylasErrorParser() {}

  /** The error in {@code body}, or null when the body is not Nylas' JSON error object. Never throws. */
  @Override
  public NylasError parse(int status, String body) {
    if (body == null || body.isBlank()) return null;
    try {
      JsonNode node = NylasJson.MAPPER.readTree(body);
      if (node == null || !node.isObject()) return null;
      JsonNode message = node.get("message");
      JsonNode type = node.get("type");
      if ((message == null || !message.isValueNode()) && (type == null || !type.isValueNode())) return null;
      return new NylasError(
          message != null && message.isValueNode() ? message.asText() : null,
          type != null && type.isValueNode() ? type.asText() : null,
          status);
    } catch (Exception e) {
      return null;
    }
  }

  /** The error's message, for exception messages. */
  @Override
  public String message(NylasError error) {
    if (error == null) return null;
    return error.type() == null ? error.message() : error.message() + " (" + error.type() + ")";
  }

  @Override
  public String toString() {
    return "NylasErrorParser";
  }
}
