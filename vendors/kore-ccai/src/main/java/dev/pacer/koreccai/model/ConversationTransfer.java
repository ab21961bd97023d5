package dev.pacer.koreccai.model;

import java.util.Objects;

/**
 * The body of "Transfer Conversation to a Specific Agent or Queue": the bot session to hand over,
 * the target (an agent's {@code aId}, or a queue with {@code transferredType} {@code QUEUE}) and
 * the URL Kore posts the outcome to. Build it with {@link #toAgent} or {@link #toQueue}.
 *
 * @param callbackUrl where Kore posts whether the transfer succeeded
 * @param orgId the organization ID ({@code o-...})
 * @param botSessionId the bot session to transfer
 * @param aId the target agent ID, for a transfer to an agent
 * @param transferredType {@code QUEUE} for a transfer to a queue, else null
 * @param queueId the target queue ID, for a transfer to a queue
 */
public record ConversationTransfer(String callbackUrl, String orgId, String botSessionId, String aId,
    String transferredType, String queueId) {
  /** Requires the callback URL, organization and session. */
  public ConversationTransfer {
    Objects.requireNonNull(callbackUrl, "callbackUrl == null");
    Objects.requireNonNull(orgId, "orgId == null");
    Objects.requireNonNull(botSessionId, "botSessionId == null");
  }

  /** A transfer of {@code botSessionId} to agent {@code aId}. */
  public static ConversationTransfer toAgent(String callbackUrl, String orgId, String botSessionId, String aId) {
    return new ConversationTransfer(callbackUrl, orgId, botSessionId, Objects.requireNonNull(aId, "aId == null"),
        null, null);
  }

  /** A transfer of {@code botSessionId} to queue {@code queueId}. */
  public static ConversationTransfer toQueue(String callbackUrl, String orgId, String botSessionId, String queueId) {
    return new ConversationTransfer(callbackUrl, orgId, botSessionId, null, "QUEUE",
        Objects.requireNonNull(queueId, "queueId == null"));
  }
}
