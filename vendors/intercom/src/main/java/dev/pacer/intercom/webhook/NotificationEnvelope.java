package dev.pacer.intercom.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;

/** The notification as it is on the wire, before {@code data.item} is bound. Not part of the API. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record NotificationEnvelope(String type, String id, String topic, String appId, @UnixSeconds Instant createdAt,
    Data data) {

  /** The {@code data} object: its type and the item the notification is about. */
  record Data(String type, JsonNode item) {}
}
