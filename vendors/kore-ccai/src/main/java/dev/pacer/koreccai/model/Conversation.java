package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * A conversation, as "List of Conversations" returns it. The free-form parts ({@code userInfo},
 * {@code dispositions}, {@code transferDetails}) are kept as JSON.
 *
 * @param id the conversation ID ({@code c-...}, sent as {@code _id})
 * @param conversationId the channel's conversation ID
 * @param botSessionId the bot session ID
 * @param botId the app (stream) ID
 * @param userId the customer's user ID
 * @param orgId the organization ID
 * @param accountId the account ID
 * @param source the channel, e.g. {@code audiocodes}
 * @param status the status
 * @param language the language
 * @param phoneNumber the customer's phone number, for calls
 * @param waitTime how long the customer waited, in milliseconds
 * @param priority the priority
 * @param keyIntentName the intent that led to the transfer
 * @param participants the agents who took part
 * @param queues the queues the conversation passed through
 * @param notes agents' notes
 * @param startSessionTime when the bot session started
 * @param startTime when the conversation reached the contact center
 * @param endTime when it ended
 * @param acceptedAt when an agent accepted it
 * @param createdAt when the record was created
 * @param updatedAt when the record was last updated
 * @param userInfo the customer, as sent
 * @param dispositions the dispositions, as sent
 * @param transferDetails the transfers, as sent
 */
public record Conversation(@JsonAlias("_id") String id, String conversationId, String botSessionId, String botId,
    String userId, String orgId, String accountId, String source, String status, String language,
    String phoneNumber, Long waitTime, Integer priority, String keyIntentName,
    List<ConversationParticipant> participants, List<ConversationQueue> queues, List<ConversationNote> notes,
    Instant startSessionTime, Instant startTime, Instant endTime, Instant acceptedAt, Instant createdAt,
    Instant updatedAt, JsonNode userInfo, JsonNode dispositions, JsonNode transferDetails) {

  /** Copies the lists, so a conversation is immutable. */
  public Conversation {
    participants = Copies.listOrNull(participants);
    queues = Copies.listOrNull(queues);
    notes = Copies.listOrNull(notes);
  }
}
