package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * One of the latest sessions "Get Intent Real-Time Data" returns (Kore returns the last 25 that
 * completed the flow). Kore's sample writes times as text; they are kept as sent.
 *
 * @param intent the intents recognised
 * @param ani the caller (ANI): a phone number or the user's ID
 * @param dni the number or address called (DNI)
 * @param channel the channel, e.g. {@code rtm} or {@code audiocodes}
 * @param startTime when the session started, as sent
 * @param endTime when it ended, as sent
 * @param status e.g. {@code completed} or {@code Dropoff}
 * @param timeHandled how long it was handled, as sent, e.g. {@code 13m: 8s}
 * @param deflectedTo the channel it was deflected to, or null
 * @param userId the user ID
 * @param sessionId the session ID
 */
public record IntentSession(List<String> intent, @JsonProperty("ANI") String ani, @JsonProperty("DNI") String dni,
    String channel, String startTime, String endTime, String status, String timeHandled, String deflectedTo,
    String userId, String sessionId) {
  /** Copies the list, so a session is immutable. */
  public IntentSession {
    intent = Copies.listOrNull(intent);
  }
}
