package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.vendor.support.Copies;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One interaction (or call) of the analytics details report. Bot-only sessions carry no {@code
 * conversationId}. Times are local to the query's time zone, without an offset. The free-form
 * parts are kept as JSON.
 *
 * @param conversationId the conversation ID ({@code c-...}), null for bot-only sessions
 * @param sessionId the session ID
 * @param channel the channel, e.g. {@code Voice}
 * @param direction {@code Inbound} or {@code Outbound} (Kore sends {@code Direction})
 * @param isVoicemail {@code YES} or {@code NO}
 * @param finalStatus the final status, e.g. {@code CLOSED} or {@code BotResolved}
 * @param smartStatus the status as the dashboards show it
 * @param reason the reason
 * @param disconnectingEvent what ended the interaction
 * @param botId the app (stream) ID
 * @param userId the customer's user ID
 * @param orgId the organization ID
 * @param channelSpecificUserId the customer's ID on the channel
 * @param sessionStartTime when the session started
 * @param sessionEndTime when the session ended
 * @param dispositions the disposition codes
 * @param userleveltags user-level tags
 * @param sessionleveltags session-level tags
 * @param destinations the queues and agents the interaction went to, as sent
 * @param customerinfo the customer, as sent (with {@code selectedFields} {@code customerinfo})
 * @param campaigninfo the campaign, as sent (with {@code selectedFields} {@code campaigninfo})
 * @param metaInfo channel metadata, as sent
 */
public record InteractionRecord(String conversationId, String sessionId, String channel,
    @JsonProperty("Direction") @JsonAlias("direction") String direction, String isVoicemail, String finalStatus,
    String smartStatus, String reason, String disconnectingEvent, String botId, String userId, String orgId,
    String channelSpecificUserId, LocalDateTime sessionStartTime, LocalDateTime sessionEndTime,
    List<String> dispositions, List<SessionTag> userleveltags, List<SessionTag> sessionleveltags,
    JsonNode destinations, JsonNode customerinfo, JsonNode campaigninfo, JsonNode metaInfo) {

  /** Copies the lists, so a record is immutable. */
  public InteractionRecord {
    dispositions = Copies.listOrNull(dispositions);
    userleveltags = Copies.listOrNull(userleveltags);
    sessionleveltags = Copies.listOrNull(sessionleveltags);
  }
}
