package dev.pacer.nylas.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import dev.pacer.vendor.support.VendorJson;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One Nylas (API v2) webhook notification, read from a body whose signature {@link
 * NylasWebhookVerifier} has checked: a batch of deltas, each naming a changed object by ID. v2
 * notifications carry IDs and a few attributes, not whole objects; fetching the object afterwards
 * is an API call and counts toward the rate limits. Immutable.
 *
 * @param deltas the changes, in Nylas's order; never null
 */
public record NylasNotification(List<WebhookDelta> deltas) {
  /** Copies the list. */
  public NylasNotification {
    deltas = Copies.listOrEmpty(deltas);
  }

  /**
   * One change a notification reports.
   *
   * @param date when it happened (Unix seconds on the wire)
   * @param object the object type: {@code message}, {@code thread}, {@code contact}, {@code
   *     event}, {@code calendar}, {@code account}, {@code job}, ...
   * @param type the trigger, such as {@code message.created}, {@code message.opened} or {@code
   *     account.connected}
   * @param objectData the changed object's identity and attributes
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record WebhookDelta(Instant date, String object, String type, ObjectData objectData) {}

  /**
   * The changed object as a delta names it. Nylas documents the identity fields; {@code
   * attributes} (for messages, {@code thread_id} and {@code received_date}, say) and {@code
   * metadata} (for tracking triggers such as {@code message.opened}) vary by trigger and stay raw
   * JSON; {@link #attributesAs} binds the attributes to a model.
   *
   * @param object the object type
   * @param id the object's ID
   * @param accountId the account it belongs to
   * @param namespaceId the namespace it belongs to (the same as the account ID in v2)
   * @param attributes the trigger's attributes, or null
   * @param metadata tracking data for tracking triggers, or null
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ObjectData(String object, String id, String accountId, String namespaceId, JsonNode attributes,
      JsonNode metadata) {
    private static final ObjectMapper MAPPER = VendorJson.newMapper();

    /**
     * The attributes bound to {@code type} (a model of {@code dev.pacer.nylas.model}, say, whose
     * other fields stay null); null when there are none.
     *
     * @throws IllegalArgumentException when the attributes do not fit {@code type}
     */
    public <T> T attributesAs(Class<T> type) {
      Objects.requireNonNull(type, "type == null");
      if (attributes == null || attributes.isNull() || attributes.isMissingNode()) return null;
      try {
        return MAPPER.treeToValue(attributes, type);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(object + " " + id + " attributes do not fit " + type.getSimpleName()
            + ": " + e.getOriginalMessage(), e);
      }
    }
  }
}
